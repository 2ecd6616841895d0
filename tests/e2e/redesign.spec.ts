import { test, expect } from './test';
import { Library, fileInput, moreAction } from './pages';
import { audit, watchCsp } from './audit';
import { readFileSync } from 'node:fs';

// From the lived journey to a better one: the blueprint layers, ideas on opportunities in
// the priority matrix, and the schaduwreis (the procedure as designed beside the journey).

test('blueprint layers are filled in the panel, drawn under the lane with both lines, and kept', async ({ page }) => {
  await watchCsp(page);
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(1); // X: no blueprint yet
  const panel = editor.detail();
  await editor.card('Zes uur wachten').click();
  await panel.getByText('Blauwdruk', { exact: true }).click();
  await panel.getByLabel('Frontstage: wat de klant ziet').fill('Nummertje trekken aan de balie');
  await panel.getByLabel('Backstage: achter de schermen').fill('Zoeken naar een noodplek');
  await expect(page.locator('.bp-cell')).toHaveCount(0);

  const toggle = page.getByRole('button', { name: 'Blauwdruk', exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // One row of layers per lane, with the line of interaction and of visibility named.
  await expect(page.locator('.bp-label')).toHaveCount(3);
  await expect(page.locator('.bp-label').first()).toContainText('Interactielijn');
  await expect(page.locator('.bp-label').first()).toContainText('Zichtbaarheidslijn');
  const cell = page.locator('.bp-cell').filter({ hasText: 'Nummertje trekken' });
  await expect(cell).toHaveCount(1);
  // Under its own card: the same column, the row under the card's lane.
  const card = editor.card('Zes uur wachten');
  const column = await card.evaluate((el) => getComputedStyle(el).gridColumnStart);
  expect(await cell.evaluate((el) => getComputedStyle(el).gridColumnStart)).toBe(column);
  const cardRow = Number(await card.evaluate((el) => getComputedStyle(el).gridRowStart));
  expect(Number(await cell.evaluate((el) => getComputedStyle(el).gridRowStart))).toBe(cardRow + 1);
  await audit(page, 'blueprint view');

  await editor.waitSaved();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Blauwdruk', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.bp-cell').filter({ hasText: 'Zoeken naar een noodplek' })).toHaveCount(1);
  const download = page.waitForEvent('download');
  await moreAction(page, 'Kaart als SVG');
  const svg = readFileSync((await (await download).path())!, 'utf8');
  expect(svg).toContain('>Nummertje trekken aan de</text>');
  await page.getByRole('button', { name: 'Blauwdruk', exact: true }).click();
  await expect(page.locator('.bp-cell')).toHaveCount(0);
});

test('an idea starts at an opportunity, lands in the matrix by its scores, and reaches the report', async ({ page }) => {
  await watchCsp(page);
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(1);
  await editor.card('Zes uur wachten').click();
  await editor.detail()
    .getByRole('button', { name: 'Idee bij deze kans: Een rustige plek en een vaste contactpersoon' })
    .click();
  await expect(page.getByRole('tab', { name: 'Ideeën' })).toHaveAttribute('aria-selected', 'true');
  const idea = page.getByRole('group', { name: 'Idee' });
  await idea.getByLabel('Idee', { exact: true }).fill('Vaste consulent voor jongeren');
  await idea.getByLabel('Impact (1–5)').selectOption('5');
  await idea.getByLabel('Inspanning (1–5)').selectOption('1');
  await idea.getByLabel('Eigenaar').fill('Team jeugd');
  await expect(idea.getByLabel('Kans')).toHaveValue('Een rustige plek en een vaste contactpersoon');
  // The step it came from is its evidence; its pain points can be named too.
  await expect(idea.getByRole('checkbox', { name: '4. Zes uur wachten', exact: true })).toBeChecked();
  await expect(idea.getByRole('checkbox', { name: 'Zes uur wachten, zwanger', exact: true })).not.toBeChecked();
  await idea.getByRole('checkbox', { name: '5. Formulier onder stress', exact: true }).check();

  const matrix = page.locator('.matrix-table');
  // Impact 5 is the top row, effort 1 the first column: a quick win.
  const chip = matrix.locator('tbody tr').first().locator('td').first().getByRole('button');
  await expect(chip).toHaveAccessibleName('Vaste consulent voor jongeren (Impact 5, inspanning 1)');
  const row = page.locator('.ideas-table tbody tr').first();
  await expect(row).toContainText('Snel resultaat');
  await expect(row).toContainText('Zes uur wachten, Formulier onder stress');
  await audit(page, 'ideas and matrix');

  // Keyboard: the chip opens the idea; undo takes the last edit back.
  await idea.getByLabel('Inspanning (1–5)').selectOption('4');
  await expect(matrix.locator('tbody tr').first().locator('td').nth(3).getByRole('button')).toHaveCount(1);
  await page.getByRole('tab', { name: 'Ideeën' }).focus();
  await page.keyboard.press('Control+z');
  await expect(chip).toBeVisible();

  await editor.waitSaved();
  await page.reload();
  await page.getByRole('tab', { name: 'Rapport' }).click();
  const section = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Ideeën en prioriteiten' }) });
  await expect(section.locator('tbody tr')).toHaveCount(1);
  await expect(section).toContainText('Vaste consulent voor jongeren');
  await expect(section).toContainText('Team jeugd');

  // Removing the step takes it out of the idea's evidence, nothing else.
  await page.getByRole('tab', { name: 'Kaart' }).click();
  await editor.card('Formulier onder stress').click();
  await editor.detail().getByRole('button', { name: 'Contactmoment verwijderen' }).click();
  await page.getByRole('tab', { name: 'Ideeën' }).click();
  await expect(page.locator('.ideas-table tbody tr').first()).not.toContainText('Formulier onder stress');
  await expect(page.locator('.ideas-table tbody tr').first()).toContainText('Zes uur wachten');
});

test('a schaduwreis: the procedure made from the lived journey shows extra contacts, skipped steps and late waits', async ({ page }) => {
  await watchCsp(page);
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(1);
  await editor.waitSaved();
  await moreAction(page, 'Procedure maken (schaduwreis)');
  await expect(editor.title()).toHaveValue(/\(procedure\)$/);
  const banner = page.getByRole('region', { name: 'Procedure' });
  await expect(banner).toContainText('Procedure (schaduwreis) van “X: zwanger en dakloos');

  // The procedure: no accompanied visit, a promised wait of one hour, and an intake that
  // the client never had.
  const panel = editor.detail();
  await editor.card('Samen naar de gemeente').click();
  await panel.getByRole('button', { name: 'Contactmoment verwijderen' }).click();
  await editor.card('Zes uur wachten').click();
  await panel.getByLabel('Hoe lang').fill('1');
  await panel.getByLabel('Hoe lang').press('Tab');
  await page.getByRole('button', { name: 'Contactmoment toevoegen bij Gemeente' }).click();
  await panel.getByLabel('Korte titel').fill('Intake met een vaste consulent');
  await expect(editor.card('Intake met een vaste consulent')).toContainText('Niet gebeurd');
  await expect(editor.card('Zes uur wachten')).not.toContainText('Niet gebeurd');

  await banner.getByText('Procedure en geleefde reis vergeleken').click();
  await expect(banner.locator('.to-be-steps')).toContainText('Extra contacten, niet in de procedureSamen naar de gemeente');
  await expect(banner.locator('.to-be-steps')).toContainText('Stappen uit de procedure die niet gebeurdenIntake met een vaste consulent');
  const wait = banner.locator('.shadow-waits tbody tr', { hasText: 'Zes uur wachten' });
  await expect(wait).toContainText('1 uur');
  await expect(wait).toContainText('6 uur');
  await expect(wait).toHaveClass(/wait-overdue/);
  // Editing the procedure with the comparison open keeps it open and up to date.
  await panel.getByLabel('Korte titel').fill('Intake met een vaste consulent van het wijkteam');
  await expect(banner.locator('.to-be-steps')).toBeVisible();
  await expect(banner.locator('.to-be-steps')).toContainText('Intake met een vaste consulent van het wijkteam');
  await audit(page, 'schaduwreis');

  await editor.waitSaved();
  await page.getByRole('tab', { name: 'Rapport' }).click();
  const section = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Schaduwreis: procedure en werkelijkheid' }) });
  await expect(section).toContainText('Intake met een vaste consulent van het wijkteam');
  await expect(section.locator('.shadow-waits tbody tr')).toHaveCount(1);
});

test('ideas, blueprint layers and a procedure with its link travel in a backup into a fresh profile', async ({ page, browser }) => {
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(0); // Jan: two ideas, blueprint layers on two steps
  await editor.waitSaved();
  await moreAction(page, 'Procedure maken (schaduwreis)');
  await expect(editor.title()).toHaveValue(/\(procedure\)$/);
  await editor.card('Tip van een kennis').click();
  await editor.detail().getByRole('button', { name: 'Contactmoment verwijderen' }).click();
  await editor.waitSaved();
  await editor.backToLibrary();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Reservekopie maken' }).click();
  const text = readFileSync((await (await download).path())!, 'utf8');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const otherLibrary = new Library(other);
  await otherLibrary.open();
  await fileInput(other).setInputFiles({ name: 'reservekopie.klantreis.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(other.locator('.notice')).toContainText('Import klaar: 2 nieuw, 0 vervangen');
  // The procedure still finds the lived journey it was made from.
  await otherLibrary.row('Jan: van schulden naar werk (procedure)').getByRole('button', { name: 'Openen' }).click();
  const banner = other.getByRole('region', { name: 'Procedure' });
  await banner.getByText('Procedure en geleefde reis vergeleken').click();
  await expect(banner.locator('.to-be-steps')).toContainText('Extra contacten, niet in de procedureTip van een kennis');
  await other.getByRole('button', { name: /Bibliotheek/ }).click();
  await otherLibrary.row('Jan: van schulden naar werk').getByRole('button', { name: 'Openen' }).click();
  await other.getByRole('tab', { name: 'Ideeën' }).click();
  await expect(other.locator('.ideas-table tbody tr')).toHaveCount(2);
  await expect(other.locator('.ideas-table tbody tr').first()).toContainText('Bellen binnen een week');
  await expect(other.locator('.ideas-table tbody tr').first()).toContainText('Team schuldhulp');
  await other.getByRole('tab', { name: 'Kaart' }).click();
  await other.getByRole('button', { name: 'Blauwdruk', exact: true }).click();
  await expect(other.locator('.bp-cell').filter({ hasText: 'Baliemedewerker geeft het aanvraagformulier mee.' })).toHaveCount(1);
  await fresh.close();
});

test('the patterns page puts the ideas of the journeys in selection A in one matrix, each named by its journey', async ({ page }) => {
  const library = new Library(page);
  await library.withExample(0); // Jan: two ideas
  await library.withExample(1); // X: none
  await page.goto('/#/patronen');
  const section = page.locator('.selection-ideas');
  await expect(section.getByRole('heading', { name: 'Ideeën bij de reizen in selectie A' })).toBeVisible();
  await expect(section.locator('.idea-chip')).toHaveCount(2);
  await expect(section.locator('.idea-chip', { hasText: 'Jan: van schulden naar werk: Bellen binnen een week (Impact 5, inspanning 2)' })).toHaveCount(1);
  // A selection without Jan's journey has no ideas to show.
  await page.locator('.selection-form').first().getByLabel('Persona', { exact: true }).selectOption({ label: 'X' });
  await expect(section).toHaveCount(0);
});
