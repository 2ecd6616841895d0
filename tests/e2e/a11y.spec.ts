import { test, expect } from './test';
import { Library, exportJourney, fileInput } from './pages';
import { audit, auditJourneyScreens, watchCsp } from './audit';

test.beforeEach(async ({ page }) => watchCsp(page));

test('library, editor, stories, signifiers and report pass axe', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  await auditJourneyScreens(page, '');
  // Client mode (the vertelpunt), full screen on its own.
  await page.getByRole('tab', { name: /Verhalen/ }).click();
  await page.getByRole('button', { name: 'Vertelpunt starten' }).click();
  await expect(page.getByRole('dialog', { name: 'Vertelpunt' })).toBeVisible();
  await audit(page, 'client mode');
  // The panel that asks about journeys already in the library.
  await page.goto('/#/');
  const text = await exportJourney(page, 'Jan: van schulden naar werk');
  await fileInput(page).setInputFiles({ name: 'j.json', mimeType: 'application/json', buffer: Buffer.from(text.replace('"goal":"', '"goal":"Anders: ')) });
  await expect(page.getByRole('group', { name: /staan al in de bibliotheek/ })).toBeVisible();
  await audit(page, 'import choices');
  await page.goto('/#/privacy');
  await expect(page.getByRole('heading', { name: 'Privacy en gegevens' })).toBeVisible();
  await audit(page, 'privacy');
});

test('patterns, workshop and projector pass axe', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  await library.openExample(0);
  await page.goto('/#/patronen');
  await expect(page.locator('.figure').first()).toBeVisible();
  await audit(page, 'patterns');
  await page.goto('/#/');
  await page.getByRole('button', { name: '+ Nieuwe workshop' }).click();
  const add = page.getByRole('textbox', { name: /Nieuwe groep/ });
  await add.fill('Rood');
  await add.press('Enter');
  await page.waitForTimeout(600);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Pakket Rood' }).click();
  await download;
  await expect(page.locator('.group-row')).toContainText('6 contactmomenten');
  await audit(page, 'workshop');
  await page.locator('.group-row').getByRole('button', { name: 'Presenteren' }).click();
  await page.keyboard.press('ArrowRight');
  await audit(page, 'projector');
});
