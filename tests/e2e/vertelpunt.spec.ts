import { test, expect } from './test';
import { Library } from './pages';

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
    await client.getByRole('slider').focus();
    await page.keyboard.press('End');
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
  const text = page.getByLabel('Het verhaal', { exact: true });
  const wanted = 'Het duurde weken voor ik iets hoorde.';
  await text.evaluate((el: HTMLTextAreaElement, wanted) => {
    const start = el.value.indexOf(wanted);
    el.focus();
    el.setSelectionRange(start, start + wanted.length);
  }, wanted);
  await page.getByLabel('Contactmoment voor het citaat').selectOption({ label: 'Intake schuldhulp' });
  await page.getByRole('button', { name: /Geselecteerde tekst als citaat gebruiken/ }).click();
  await expect(page.locator('.notice')).toContainText('Intake schuldhulp');
  await expect(page.locator('.linked')).toContainText('Intake schuldhulp');

  await page.getByRole('tab', { name: 'Kaart' }).click();
  await expect(editor.card('Intake schuldhulp')).toContainText(wanted);
});
