import { test, expect } from './test';
import { Library } from './pages';

// Several cards chosen together, and touchpoints copied between journeys.

test('cards chosen with Shift move to another lane and are deleted as one step each', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(3);
  const [welkom, samen] = [editor.card('Welkom'), editor.card('Samen de vraag verkennen')];
  await welkom.click();
  await samen.click({ modifiers: ['Shift'] });
  await expect(page.locator('.card-chosen')).toHaveCount(2);
  await expect(page.locator('.chosen-count')).toHaveText('2 gekozen');
  await expect(welkom).toHaveAttribute('aria-pressed', 'true');

  await page.getByLabel('Verplaatsen naar').selectOption({ label: 'Huisarts' });
  await expect(welkom).toHaveCSS('grid-row-start', '3');
  await expect(samen).toHaveCSS('grid-row-start', '3');
  await page.keyboard.press('Control+z');
  await expect(welkom).toHaveCSS('grid-row-start', '4');
  await expect(samen).toHaveCSS('grid-row-start', '4');

  const before = await editor.cards().count();
  await samen.focus();
  await page.keyboard.press('Delete');
  await expect(editor.cards()).toHaveCount(before - 2);
  await expect(page.locator('.notice').filter({ hasText: '2 contactmomenten verwijderd.' })).toBeVisible();
  await page.locator('.notice').getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(editor.cards()).toHaveCount(before);
  await expect(welkom).toHaveCSS('grid-column-start', '3');

  // A plain click lets go of the others; Escape on the map does too.
  await samen.click({ modifiers: ['Control'] });
  await welkom.click({ modifiers: ['Control'] });
  await expect(page.locator('.card-chosen')).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(page.locator('.card-chosen')).toHaveCount(0);
});

test('a group moves a column with Alt + arrow, keeping its order, and stops at the edge', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(3);
  const [welkom, samen] = [editor.card('Welkom'), editor.card('Samen de vraag verkennen')];
  await welkom.focus();
  await page.keyboard.press('Shift+Space');
  await page.keyboard.press('ArrowRight');
  await expect(samen).toBeFocused();
  await page.keyboard.press('Shift+Space');
  await expect(page.locator('.card-chosen')).toHaveCount(2);
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(welkom).toHaveCSS('grid-column-start', '2');
  await expect(samen).toHaveCSS('grid-column-start', '3');
  await expect(editor.card('Doorverwijzing')).toHaveCSS('grid-column-start', '4');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(welkom).toHaveCSS('grid-column-start', '2');
  await expect(samen).toHaveCSS('grid-column-start', '3');
});

test('touchpoints copied by keyboard paste into another journey with their lane, and survive a reload', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const library = new Library(page);
  await library.withExample(2);
  await library.open();
  const intake = await library.openExample(3);
  await intake.card('Welkom').focus();
  await page.keyboard.press('Shift+Space');
  await page.keyboard.press('ArrowRight');
  await expect(intake.card('Samen de vraag verkennen')).toBeFocused();
  await page.keyboard.press('Shift+Space');
  await expect(page.locator('.card-chosen')).toHaveCount(2);
  await page.keyboard.press('Control+c');
  await expect(page.locator('.notice').filter({ hasText: '2 contactmomenten gekopieerd.' })).toBeVisible();
  // Other programs get rows under a header.
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const lines = text.trim().split(/\r?\n/);
  expect(lines).toHaveLength(3);
  expect(lines[0]).toContain('instantie');
  expect(lines[1]).toContain('Welkom');
  expect(lines[1]).toContain('Sociaal wijkteam');

  await intake.backToLibrary();
  await library.row('WMO: een scootmobiel aanvragen').getByRole('button', { name: 'WMO: een scootmobiel aanvragen', exact: true }).click();
  await expect(intake.card('Keukentafelgesprek')).toBeVisible();
  const cards = await intake.cards().count();
  const lanes = await page.locator('.lane-title').count();
  await intake.cards().first().click();
  await page.keyboard.press('Control+v');
  await expect(intake.cards()).toHaveCount(cards + 2);
  await expect(page.locator('.lane-title')).toHaveCount(lanes + 1);
  await expect(page.locator('.lane-title').last()).toHaveText('Sociaal wijkteam');
  // Right after the card that was selected, and chosen, ready to move together.
  await expect(intake.card('Welkom')).toHaveCSS('grid-column-start', '3');
  await expect(intake.card('Samen de vraag verkennen')).toHaveCSS('grid-column-start', '4');
  await expect(page.locator('.card-chosen')).toHaveCount(2);
  await expect(page.locator('.notice').filter({ hasText: '2 contactmomenten geplakt.' })).toBeVisible();
  await expect(page.locator('.notice').filter({ hasText: '1 instantie toegevoegd (deze reis had ze nog niet).' })).toBeVisible();

  // The Paste button pastes what this tab copied, without asking for the clipboard.
  await page.getByRole('button', { name: 'Plakken' }).click();
  await expect(intake.cards()).toHaveCount(cards + 4);
  await expect(page.locator('.lane-title')).toHaveCount(lanes + 1);

  await intake.waitSaved();
  await page.reload();
  await expect(intake.cards()).toHaveCount(cards + 4);
  await expect(intake.card('Welkom')).toHaveCount(2);
});

test('pasting text that is not from Klantreis says so and changes nothing', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(3);
  const cards = await editor.cards().count();
  await page.evaluate(() => navigator.clipboard.writeText('{"format":"klantreis/touchpoints","schema":1}'));
  await editor.card('Welkom').click();
  await page.keyboard.press('Control+v');
  await expect(page.locator('.notice-error').filter({ hasText: 'andere versie van Klantreis (schema 1)' })).toBeVisible();
  await page.evaluate(() => navigator.clipboard.writeText('Welkom bij de gemeente'));
  await editor.card('Welkom').focus();
  await page.keyboard.press('Control+v');
  await expect(page.locator('.notice-error').filter({ hasText: 'geen contactmomenten uit Klantreis' })).toBeVisible();
  await expect(editor.cards()).toHaveCount(cards);
});
