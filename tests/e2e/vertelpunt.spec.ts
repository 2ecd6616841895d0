import { test, expect } from './test';
import type { Page } from '@playwright/test';
import { Library } from './pages';
import { audit, watchCsp } from './audit';

test.use({ viewport: { width: 768, height: 1024 } });

test('client mode runs from welcome to thanks on a tablet, saving every answer', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(3);
  await page.getByRole('tab', { name: /Verhalen/ }).click();
  await page.getByRole('button', { name: 'Vertelpunt starten' }).click();

  const client = page.getByRole('dialog', { name: 'Vertelpunt' });
  await expect(client).toBeVisible();
  // Nothing else of the app shows: wherever one taps, it is client mode.
  for (const [x, y] of [[20, 20], [700, 30], [384, 900]]) {
    expect(await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('.client-mode') !== null, [x, y])).toBe(true);
  }
  await expect(client).toContainText('Stap 1 van 10');
  await expect(client.getByRole('heading')).toHaveText('Welkom, goed dat u er bent. Hoe is het voor u om hier te zijn?');

  const next = client.getByRole('button', { name: /Volgende/ });
  await next.click();
  await client.getByRole('textbox').fill('Ik kwam binnen en werd meteen welkom geheten.');
  await next.click();

  // Triad: tap the centre. Story questions are worded for a whole story.
  await expect(client.getByRole('slider', { name: 'In mijn verhaal ging het vooral om…' })).toBeVisible();
  const triad = client.locator('svg.triad-area');
  const box = (await triad.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height * 0.6);
  await expect(client.getByRole('slider')).toHaveAttribute('aria-valuetext', /\d+%/);
  await next.click();
  // Wait for each step: right after "next" the old question's slider may still be there.
  for (const step of [4, 5, 6]) {
    await expect(client).toContainText(`Stap ${step} van 10`);
    // A new screen moves focus to its heading a frame later (for screen readers); focusing
    // the slider before that frame lost the key press to the heading.
    await expect(client.locator('.client-step h2')).toBeFocused();
    await client.getByRole('slider').focus();
    await page.keyboard.press('End');
    await expect(client.getByRole('slider')).not.toHaveAttribute('aria-valuetext', 'Nog niet beantwoord');
    await next.click();
  }
  await client.locator('.emotion-option').getByText('Heel positief', { exact: true }).click();
  await next.click();
  await client.getByText('ik zelf').click();
  await next.click();
  await client.getByRole('textbox').fill('Niets, het was goed zo.');
  await next.click();
  await expect(client).toContainText('Stap 10 van 10');
  await expect(client.getByRole('heading')).toContainText('Dank u wel');

  // Going back keeps the answers.
  await client.getByRole('button', { name: /Vorige/ }).click();
  await expect(client.getByRole('textbox')).toHaveValue('Niets, het was goed zo.');
  await next.click();

  // Leaving asks first; cancelling stays in client mode.
  await page.keyboard.press('Escape');
  const confirm = page.getByRole('dialog', { name: 'Het vertelpunt verlaten?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Annuleren' }).click();
  await expect(client).toBeVisible();
  await client.getByRole('button', { name: 'Klaar' }).click();
  await page.getByRole('dialog', { name: 'Het vertelpunt verlaten?' }).getByRole('button', { name: 'Verlaten' }).click();
  await expect(client).toBeHidden();

  await editor.waitSaved();
  await page.reload();
  await page.getByRole('tab', { name: /Verhalen \(1\)/ }).click();
  await page.locator('.story-item').first().click();
  await expect(page.getByLabel('Het verhaal', { exact: true })).toHaveValue('Ik kwam binnen en werd meteen welkom geheten.');
  await expect(page.locator('.answer[data-question="seen"]').getByRole('slider')).toHaveValue('100');
  await expect(page.locator('.answer[data-question="initiative"]').getByRole('radio', { name: 'ik zelf' })).toBeChecked();
  await expect(page.locator('.answer[data-question="better"] textarea')).toHaveValue('Niets, het was goed zo.');
});

test('a quote is taken from a story by selecting it', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(0);
  await page.getByRole('tab', { name: /Verhalen/ }).click();
  await page.locator('.story-item').first().click();
  const wanted = 'Het duurde weken voor ik iets hoorde.';
  await selectInStory(page, wanted);
  await page.getByLabel('Contactmoment voor het citaat').selectOption({ label: 'Intake schuldhulp' });
  await page.getByRole('button', { name: /Geselecteerde tekst als citaat gebruiken/ }).click();
  await expect(page.locator('.notice')).toContainText('Intake schuldhulp');
  await expect(page.locator('.linked')).toContainText('Intake schuldhulp');

  await page.getByRole('tab', { name: 'Kaart' }).click();
  await expect(editor.card('Intake schuldhulp')).toContainText(wanted);
});

/** Selects `wanted` in the story's text field. */
async function selectInStory(page: Page, wanted: string) {
  await page.getByLabel('Het verhaal', { exact: true }).evaluate((el: HTMLTextAreaElement, wanted) => {
    const start = el.value.indexOf(wanted);
    el.focus();
    el.setSelectionRange(start, start + wanted.length);
  }, wanted);
}

test('an interview becomes a journey: marked passages keep their spans through edits and a reload', async ({ page }) => {
  await watchCsp(page);
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(0);
  await page.getByRole('tab', { name: /Verhalen/ }).click();
  await page.locator('.story-item').first().click();
  const text = page.getByLabel('Het verhaal', { exact: true });
  const told = await text.inputValue();
  const call = 'Na drie weken belde de gemeente terug over mijn aanvraag.';
  const relief = 'Toen was ik echt opgelucht.';
  await text.fill(`${told}\n\n${call} ${relief}\n\nDaarna werd alles rustiger.`);

  // A new touchpoint from a passage takes only its words; what else the text says is offered.
  await selectInStory(page, call);
  await page.getByRole('button', { name: 'Nieuw contactmoment uit selectie' }).click();
  await expect(page.locator('.notice').last()).toContainText('Contactmoment “Na drie weken belde de gemeente…” gemaakt uit de passage. Wat de tekst verder zegt, staat hieronder als suggestie.');
  const offers = page.locator('.quote-take + .offers');
  // The wait also gives a date: three weeks after the last dated step (02-06-2025).
  await expect(offers.locator('.offer-what')).toHaveText(['wachttijd 3 weken', 'datum 23-06-2025', 'kanaal Telefoon', 'instantie Gemeente']);
  await offers.getByRole('button', { name: 'Overnemen: kanaal Telefoon' }).click();
  await expect(page.locator('.notice').last()).toContainText('Overgenomen bij “Na drie weken belde de gemeente…”: kanaal Telefoon.');
  await offers.locator('.offer', { hasText: 'wachttijd 3 weken' }).getByRole('button', { name: 'Negeren' }).click();
  await offers.locator('.offer', { hasText: 'datum 23-06-2025' }).getByRole('button', { name: 'Negeren' }).click();
  await expect(offers.locator('.offer-what')).toHaveText(['instantie Gemeente']);
  // The feeling in the next sentence goes to the same step, read as its experience.
  await selectInStory(page, relief);
  await page.getByRole('button', { name: 'Als gevoel' }).click();
  await expect(page.locator('.notice').last()).toContainText('Beleving van “Na drie weken belde de gemeente…” is nu: Positief.');
  // A pain point of an existing touchpoint.
  await selectInStory(page, 'Het duurde weken voor ik iets hoorde.');
  await page.getByLabel('Contactmoment voor het citaat').selectOption({ label: 'Intake schuldhulp' });
  await page.getByRole('button', { name: 'Als knelpunt' }).click();
  await expect(page.locator('.notice').last()).toContainText('Passage toegevoegd aan “Intake schuldhulp”');
  const marked = page.locator('.marked-text');
  await expect(marked.locator('mark.mark-touchpoint')).toHaveText(/^Na drie weken belde de gemeente terug over mijn aanvraag\./);
  await expect(marked.locator('mark.mark-pain_point')).toHaveText(/^Het duurde weken voor ik iets hoorde\./);
  await expect(marked.locator('mark.mark-feeling')).toHaveText(/^Toen was ik echt opgelucht\./);
  await audit(page, 'interview with marks');

  // Typing before a mark moves it along with its words.
  await text.evaluate((el: HTMLTextAreaElement) => { el.focus(); el.setSelectionRange(0, 0); });
  await page.keyboard.type('Eerst dit. ');
  await expect(marked.locator('mark.mark-pain_point')).toHaveText(/^Het duurde weken voor ik iets hoorde\./);
  await editor.waitSaved();
  await page.reload();
  await page.getByRole('tab', { name: /Verhalen/ }).click();
  await page.locator('.story-item').first().click();
  await expect(marked.locator('mark.mark-pain_point')).toHaveText(/^Het duurde weken voor ik iets hoorde\./);
  await expect(marked.locator('mark.mark-touchpoint')).toHaveText(/^Na drie weken belde/);

  // The paragraphs not used yet, walked by keyboard into the text field's selection.
  await page.getByLabel('Alleen nog niet gebruikte alinea’s').check();
  await expect(page.locator('.unused-passage')).toHaveText(['Daarna werd alles rustiger.']);
  await page.getByRole('button', { name: 'Volgende niet gebruikte alinea' }).press('Enter');
  expect(await text.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe('Daarna werd alles rustiger.');

  // The touchpoint shows where it came from; removing it takes its mark, undo brings both.
  await page.getByRole('tab', { name: 'Kaart' }).click();
  await editor.card('Na drie weken belde de gemeente').click();
  await expect(editor.detail().locator('.from-story')).toContainText(call);
  await expect(editor.detail().locator('.from-story')).toContainText(`gevoel ${relief}`);
  // The panel offers what is still open; accepting moves the step to the agency's lane.
  await editor.detail().getByRole('button', { name: 'Overnemen: instantie Gemeente' }).click();
  await expect(editor.detail().getByLabel('Instantie', { exact: true })).toHaveValue('jan-gemeente');
  await expect(editor.detail().locator('.offers')).toHaveCount(0);
  await editor.detail().getByRole('button', { name: 'Contactmoment verwijderen' }).click();
  await page.getByRole('tab', { name: /Verhalen/ }).click();
  await page.locator('.story-item').first().click();
  await expect(marked.locator('mark.mark-touchpoint')).toHaveCount(0);
  await page.locator('.topbar').getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(marked.locator('mark.mark-touchpoint')).toHaveCount(1);
});

test('the assistant learns the team’s own words: a bad line is named, the words are kept on the device', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(0);
  await page.getByRole('tab', { name: /Verhalen/ }).click();
  await page.locator('.story-item').first().click();
  await page.getByText('Woorden van de assistent').click();
  const feelings = page.getByLabel('Gevoelswoorden', { exact: true });
  await feelings.fill('doodop = -1\nrazend = -5');
  await page.getByRole('button', { name: 'Woorden bewaren' }).click();
  await expect(page.locator('.own-words-problems')).toHaveText('Gevoelswoorden, regel 2: de betekenis van een gevoelswoord is een getal van -2 tot 2');
  await feelings.fill('doodop = -1\nrazend = -2');
  await page.getByRole('button', { name: 'Woorden bewaren' }).click();
  await expect(page.locator('.own-words-problems')).toHaveCount(0);
  await expect(page.locator('.notice').last()).toContainText('De assistent kent nu jullie woorden.');

  // After a reload the words are still known: a passage with one sets the experience.
  await page.reload();
  await page.getByRole('tab', { name: /Verhalen/ }).click();
  await page.locator('.story-item').first().click();
  const text = page.getByLabel('Het verhaal', { exact: true });
  const said = 'Ik was doodop van het wachten.';
  await text.fill(`${await text.inputValue()}\n\n${said}`);
  await selectInStory(page, said);
  await page.getByLabel('Contactmoment voor het citaat').selectOption({ label: 'Intake schuldhulp' });
  await page.getByRole('button', { name: 'Als gevoel' }).click();
  await expect(page.locator('.notice').last()).toContainText('Beleving van “Intake schuldhulp” is nu: Negatief.');
  await editor.waitSaved();
});

test('the team’s words saved in another tab meanwhile are kept, not overwritten', async ({ page, context }) => {
  const library = new Library(page);
  await library.open();
  await library.openExample(0);
  const url = page.url();
  const open = async (p: typeof page) => {
    await p.getByRole('tab', { name: /Verhalen/ }).click();
    await p.locator('.story-item').first().click();
    await p.getByText('Woorden van de assistent').click();
  };
  await open(page);
  const other = await context.newPage();
  await other.goto(url);
  await open(other);
  await other.getByLabel('Gevoelswoorden', { exact: true }).fill('doodop = -1');
  await other.getByRole('button', { name: 'Woorden bewaren' }).click();
  await expect(other.locator('.notice').last()).toContainText('De assistent kent nu jullie woorden.');
  // This tab started before that save: its save keeps the other's words beside its own.
  await page.getByLabel('Gevoelswoorden', { exact: true }).fill('razend = -2');
  await page.getByRole('button', { name: 'Woorden bewaren' }).click();
  await expect(page.locator('.notice').last()).toContainText('beide zijn samengevoegd en bewaard');
  await expect(page.getByLabel('Gevoelswoorden', { exact: true })).toHaveValue('doodop = -1\nrazend = -2');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('assist-words')!).feelings);
  expect(stored).toBe('doodop = -1\nrazend = -2');
});
