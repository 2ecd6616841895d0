import { test, expect } from './test';
import { Library, Editor, fileInput } from './pages';
import type { BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The example "Intake als welkom" open in two tabs of one browser. */
async function sameJourneyInTwoTabs(context: BrowserContext) {
  const a = await context.newPage();
  const library = new Library(a);
  await library.open();
  const editorA: Editor = await library.openExample(3);
  await editorA.waitSaved();
  const b = await context.newPage();
  await b.goto(a.url());
  await expect(b.getByLabel('Titel van de reis')).toHaveValue('Intake als welkom');
  return { a, b, library, editorA };
}

test('rename, duplicate and delete with undo in the library', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(1);
  await editor.waitSaved();
  await editor.backToLibrary();

  const original = 'X: zwanger en dakloos op je zeventiende';
  await expect(library.rows()).toHaveCount(1);
  await library.row(original).getByRole('button', { name: 'Naam wijzigen' }).click();
  await page.getByLabel('Titel', { exact: true }).fill('X in de systeemwereld');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(library.row('X in de systeemwereld')).toHaveCount(1);

  await library.row('X in de systeemwereld').getByRole('button', { name: 'Dupliceren' }).click();
  await expect(library.rows()).toHaveCount(2);
  await expect(library.row('X in de systeemwereld (kopie)')).toContainText('Contactmomenten: 6');

  await library.row('X in de systeemwereld (kopie)').getByRole('button', { name: 'Verwijderen' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('X in de systeemwereld (kopie)');
  await dialog.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(library.rows()).toHaveCount(1);

  await page.locator('.notice').getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(library.rows()).toHaveCount(2);

  // Cancelling the confirmation deletes nothing.
  await library.row('X in de systeemwereld').getByRole('button', { name: 'Verwijderen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Annuleren' }).click();
  await page.reload();
  await expect(library.rows()).toHaveCount(2);
});

test('the language switch is remembered', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { name: 'My journeys' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open as copy' }).first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'My journeys' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
  await expect(page.getByRole('heading', { name: 'Mijn klantreizen' })).toBeVisible();
});

test('the app requests nothing outside localhost', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
      foreign.push(r.url());
    }
  });
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(0);
  await editor.card('Het maatje komt langs').click();
  await editor.waitSaved();
  await page.reload();
  await expect(editor.cards()).toHaveCount(8);
  expect(foreign).toEqual([]);
});

test('the same journey in two tabs: the idle tab picks up the other tab’s edit', async ({ context }) => {
  const { a, b, library, editorA } = await sameJourneyInTwoTabs(context);
  const titleB = b.getByLabel('Titel van de reis');

  await editorA.title().fill('Intake als warm welkom');
  await editorA.waitSaved();
  await expect(titleB).toHaveValue('Intake als warm welkom');
  await expect(b.locator('.notice')).toContainText('ander tabblad');
});

test('a tab with unsaved edits is told of the other tab’s save and can load that version', async ({ context }) => {
  const { a, b, editorA } = await sameJourneyInTwoTabs(context);
  const titleB = b.getByLabel('Titel van de reis');
  // A saves while B has typed something of its own: B must not silently lose either.
  await editorA.title().fill('Intake, opgeslagen in tab A');
  await b.getByLabel('Doel').fill('Alleen in tab B getypt');
  const banner = b.locator('.banner-warning', { hasText: 'in een ander tabblad gewijzigd' });
  await expect(banner).toBeVisible();
  await expect(titleB).toHaveValue('Intake als welkom');
  await banner.getByRole('button', { name: 'Hun versie laden' }).click();
  await expect(titleB).toHaveValue('Intake, opgeslagen in tab A');
  await expect(b.getByLabel('Doel')).not.toHaveValue('Alleen in tab B getypt');
  await expect(banner).toHaveCount(0);
  await expect(b.locator('.save-status')).toHaveText('Opgeslagen');
});

test('a journey deleted in another tab is not lost in the tab that still has it open', async ({ context }) => {
  const { a, b, library, editorA } = await sameJourneyInTwoTabs(context);

  await editorA.backToLibrary();
  await library.row('Intake als welkom').getByRole('button', { name: 'Verwijderen' }).click();
  await a.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
  await expect(library.rows()).toHaveCount(0);

  await expect(b.getByRole('alert')).toContainText('in een ander tabblad verwijderd');
  await b.getByRole('button', { name: 'Mijn versie bewaren' }).click();
  await expect(b.locator('.save-status')).toHaveText('Opgeslagen');
  await expect(library.rows()).toHaveCount(1);
});

test('without IndexedDB (private window) the user is told and can still work', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined });
  });
  const library = new Library(page);
  await library.open();
  await expect(page.getByRole('alert')).toContainText('Deze browser staat opslaan niet toe');
  const editor = await library.openExample(0);
  await editor.title().fill('Alleen in dit tabblad');
  await editor.waitSaved();
  await editor.backToLibrary();
  await expect(library.row('Alleen in dit tabblad')).toHaveCount(1);
});

test('a large library shows its count, a page of rows at a time, and a search', async ({ page }) => {
  // 130 journeys: the 40 of the patterns fixture, three times over with other ids and titles.
  const base = JSON.parse(readFileSync('tests/e2e/fixtures/patterns.klantreis.json', 'utf8'));
  const journeys = Array.from({ length: 130 }, (_, n) => ({
    ...base.journeys[n % base.journeys.length],
    id: `big-${n}`,
    title: `Grote reis ${n + 1}`,
  }));
  const library = new Library(page);
  await library.open();
  await fileInput(page).setInputFiles({
    name: 'groot.klantreis.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...base, journeys })),
  });
  await expect(page.locator('.notice', { hasText: 'Import klaar: 130 nieuw' })).toBeVisible();
  await expect(page.locator('.journey-count')).toHaveText('130 klantreizen');
  await expect(page.locator('.journey-row')).toHaveCount(100);
  await page.getByRole('button', { name: 'Meer tonen (100 van 130 getoond)' }).click();
  await expect(page.locator('.journey-row')).toHaveCount(130);
  await expect(page.getByRole('button', { name: /Meer tonen/ })).toHaveCount(0);

  // Every word must occur: "12" finds 12, 112 and 120–129, not 1 or 13.
  await page.getByRole('searchbox', { name: 'Zoeken in titel, persona of workshop' }).fill('grote reis 12');
  await expect(page.locator('.journey-count')).toHaveText('130 klantreizen · 12 gevonden');
  await expect(page.locator('.journey-row')).toHaveCount(12);
  await expect(page.getByRole('button', { name: 'Grote reis 13', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Grote reis 112', exact: true })).toHaveCount(1);

  // After a reload the list is drawn from the stored fields alone, newest first, a page at a time.
  await page.reload();
  await expect(page.locator('.journey-count')).toHaveText('130 klantreizen');
  await expect(page.locator('.journey-row')).toHaveCount(100);
});
