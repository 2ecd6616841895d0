import { test, expect } from './test';
import { type Page } from '@playwright/test';
import { Library, Editor, fileInput, exportJourney } from './pages';

// Nothing lost: the browser often holds the only copy of a client's story.

test('two tabs type at once and one closes: both versions are kept, and the user is told', async ({ context }) => {
  const a = await context.newPage();
  const library = new Library(a);
  await library.open();
  const editorA = await library.openExample(3);
  await editorA.waitSaved();
  const b = await context.newPage();
  await b.goto(a.url());
  const titleB = b.getByLabel('Titel van de reis');
  await expect(titleB).toHaveValue('Intake als welkom');

  // Both have unsaved edits; whichever saves second meets a revision it has not seen.
  await editorA.title().fill('Versie van tab A');
  await titleB.fill('Versie van tab B');
  const told = (p: Page) => p.locator('.banner-warning', { hasText: 'ander tabblad' }).waitFor().then(() => p);
  const loser = await Promise.race([told(a), told(b)]);
  const winner = loser === a ? b : a;
  const [lost, kept] = loser === a ? ['Versie van tab A', 'Versie van tab B'] : ['Versie van tab B', 'Versie van tab A'];
  await new Editor(winner).waitSaved();

  // Closing the tab with the unsaved version used to write it over the other tab's save.
  await loser.close({ runBeforeUnload: true });
  await winner.close();
  const c = await context.newPage();
  const later = new Library(c);
  await later.open();
  await expect(c.locator('.notice', { hasText: 'Beide zijn bewaard' })).toBeVisible();
  await expect(later.row(kept)).toHaveCount(1);
  await expect(later.rows().filter({ hasText: `Herstelde versie van ${lost}` })).toHaveCount(1);
  await expect(later.rows()).toHaveCount(2);
  // The notice opens the recovered version.
  await c.locator('.notice').getByRole('button', { name: 'Openen' }).click();
  await expect(new Editor(c).title()).toHaveValue(new RegExp(`^Herstelde versie van ${lost}`));
});

test('re-importing an older file asks before it replaces newer work, and a replace can be undone', async ({ page }) => {
  const library = new Library(page);
  const editor = await library.withExample(3);
  const file = Buffer.from(await exportJourney(page, 'Intake als welkom'));

  // Work done after the export.
  await library.row('Intake als welkom').getByRole('button', { name: 'Openen' }).click();
  await page.getByLabel('Doel').fill('Later hier bijgewerkt');
  await editor.waitSaved();
  await editor.backToLibrary();

  // The same file again: not silently back to the old version.
  await fileInput(page).setInputFiles({ name: 'intake.json', mimeType: 'application/json', buffer: file });
  const conflicts = page.getByRole('group', { name: /staan al in de bibliotheek/ });
  await expect(conflicts).toContainText('is nieuwer dan die in het bestand');
  await expect(conflicts.getByRole('radio', { name: 'Mijn versie bewaren' })).toBeChecked();
  await conflicts.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.locator('.notice')).toContainText('0 nieuw, 0 vervangen, 0 als kopie naast je eigen versie, 1 niet opgeslagen');
  await library.row('Intake als welkom').getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByLabel('Doel')).toHaveValue('Later hier bijgewerkt');
  await editor.backToLibrary();

  // Taking the file's version is a choice, and it can be undone.
  await fileInput(page).setInputFiles({ name: 'intake.json', mimeType: 'application/json', buffer: file });
  await conflicts.getByRole('radio', { name: 'Versie uit het bestand nemen' }).check();
  await conflicts.getByRole('button', { name: 'Importeren' }).click();
  const notice = page.locator('.notice', { hasText: '1 vervangen' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.locator('.notice', { hasText: 'Import ongedaan gemaakt' })).toBeVisible();
  await library.row('Intake als welkom').getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByLabel('Doel')).toHaveValue('Later hier bijgewerkt');
});

test('a workshop\'s settings are saved like any journey: on the stored revision, flushed on reload', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  await page.getByRole('button', { name: '+ Nieuwe workshop' }).click();
  const name = page.getByLabel('Naam van de workshop');
  await expect(name).toBeVisible();
  await name.fill('Bootcamp Noord');
  await page.getByLabel('Opdracht en interview').fill('Lees het interview');
  // Reloaded at once: the page-close save (and its rescued copy) keep the typing.
  await page.reload();
  await expect(page.getByLabel('Naam van de workshop')).toHaveValue('Bootcamp Noord');
  await expect(page.getByLabel('Opdracht en interview')).toHaveValue('Lees het interview');
  await expect(page.locator('.workshop .save-status')).toHaveText('Opgeslagen');
});

// Nobody in: markup typed into any text that reaches an SVG drawn with innerHTML (the report's
// map, the patterns' figures) stays text, and nothing runs.
const PAYLOAD = ' <img src=x onerror="window.__pwned=1"></svg><script>window.__pwned=2</script>';

function poison(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => poison(v));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  }
  // Names, titles, quotes, and every Dutch/English text: questions, options, poles, persona.
  if (typeof value === 'string' && ['name', 'title', 'quote', 'nl', 'en'].includes(key)) return value + PAYLOAD;
  return value;
}

test('markup in every text field stays text in the report and the patterns figures', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  const library = new Library(page);
  await library.withExample(0);
  const file = JSON.parse(await exportJourney(page, 'Jan: van schulden naar werk'));
  file.journeys[0] = poison(file.journeys[0]);
  file.journeys[0].id = 'vergiftigd';
  await fileInput(page).setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.locator('.notice')).toContainText('1 nieuw');

  await library.rows().filter({ hasText: PAYLOAD.trim().slice(0, 20) }).getByRole('button', { name: 'Openen' }).click();
  await page.getByRole('tab', { name: 'Rapport' }).click();
  const report = page.locator('.report');
  await expect(report.locator('svg').first()).toBeVisible();
  await expect(report.locator('svg').first()).toContainText('<img src=x onerror=');
  await page.goto('/#/patronen');
  await expect(page.locator('.figure svg').first()).toBeVisible();
  await expect(page.locator('body')).toContainText('</svg><script>window.__pwned=2</script>');
  // No element came out of the text, nothing ran, nothing was even tried.
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});

test('erase everything: after a confirmation naming what goes, the browser keeps nothing', async ({ page }) => {
  const library = new Library(page);
  await library.withExample(0);
  // A persona lives in a database of its own: that one goes too.
  await page.getByRole('button', { name: 'Nieuwe persona' }).click();
  await expect(page.locator('.save-status')).toHaveText('Opgeslagen');
  await page.getByRole('button', { name: /Bibliotheek/ }).click();
  await expect(page.locator('.persona-card')).toHaveCount(1);
  // The service worker and its cache exist before.
  await page.waitForFunction(async () => (await caches.keys()).length > 0);
  await page.getByRole('button', { name: 'Alles wissen op dit apparaat' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('1 klantreis met samen 8 contactmomenten');
  await dialog.getByRole('button', { name: 'Alles wissen' }).click();
  await expect(page.getByRole('heading', { name: 'Alles is gewist' })).toBeVisible();
  const left = await page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name),
    local: localStorage.length,
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  expect(left).toEqual({ databases: [], local: 0, caches: [], workers: 0 });
});

test('the library says how much is stored and offers a backup of everything', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  await expect(page.getByText('Nog geen reservekopie gemaakt.')).toBeVisible();
  await library.withExample(0);
  await expect(page.locator('.safekeeping')).toContainText(/In gebruik: \d+,\d MB van/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Reservekopie maken' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^klantreis-reservekopie-\d{4}-\d{2}-\d{2}\.klantreis\.json$/);
  await expect(page.getByText(/Laatste reservekopie:/)).toBeVisible();
  // Fifty stored changes without a backup bring the reminder back.
  await page.evaluate(() => localStorage.setItem('klantreis.backup.edits', '50'));
  await page.reload();
  await expect(page.locator('.backup-due')).toBeVisible();
});

test('control and text-reversing characters are taken out of typing and files, with a notice', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(3);
  await editor.title().fill('Intake\u202Egnp.exe\u0000');
  await expect(editor.title()).toHaveValue('Intakegnp.exe');
  await expect(page.locator('.notice', { hasText: '2 onzichtbare stuurtekens' })).toBeVisible();
  await editor.waitSaved();
  await page.reload();
  await expect(editor.title()).toHaveValue('Intakegnp.exe');
  await editor.backToLibrary();

  // A file with two bytes that are not UTF-8 and a text-reversing character in a title.
  const text = (await exportJourney(page, 'Intakegnp.exe'))
    .replace('"title":"Intakegnp.exe"', '"title":"Intake\\u202e2 X@@"')
    .replace(/"id":"[^"]+"/, '"id":"nieuw-id"');
  const bytes = Buffer.from(text);
  const at = bytes.indexOf('@@');
  bytes[at] = 0xff;
  bytes[at + 1] = 0xfe;
  await fileInput(page).setInputFiles({ name: 'raar.json', mimeType: 'application/json', buffer: bytes });
  await expect(page.locator('.notice', { hasText: 'Op 2 plaatsen stond iets onleesbaars' })).toBeVisible();
  await expect(page.locator('.notice', { hasText: '1 onzichtbaar stuurteken' })).toBeVisible();
  await expect(library.rows().filter({ hasText: 'Intake2 X' })).toHaveCount(1);
});

test('a full disk: a clear message, nothing half-stored, and storing works again when space is freed', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  // Chromium's own quota override, before this profile's first write (Chromium caches the
  // space it has checked, so an override after a write would not be felt).
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(page.url()).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  await page.getByRole('button', { name: 'Open als kopie' }).first().click();
  const full = page.getByRole('alert').filter({ hasText: 'De opslag van deze browser is vol' });
  await expect(full).toBeVisible();
  await expect(library.rows()).toHaveCount(0);

  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await full.getByRole('button', { name: 'Sluiten' }).click();
  const editor = await library.openExample(0);
  await editor.waitSaved();
  await page.reload();
  await expect(editor.cards()).toHaveCount(8);
});

/**
 * A journey stored with room for it and not for much more: Chromium's quota override, set
 * before this profile's first write (Chromium caches the space it has checked, so an override
 * after a write is not felt). Then about 60 KB of typing, well past the room left (the
 * journey itself takes 12 to 25 KB here). Returns how to give the room back.
 */
async function fillTheDisk(page: Page) {
  const library = new Library(page);
  await library.open();
  await page.waitForFunction(async () => (await caches.keys()).length > 0);
  await page.waitForTimeout(1000);
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(page.url()).origin;
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage!);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 40_000 });
  const editor = await library.openExample(3);
  await editor.waitSaved();
  for (const field of FIELDS) await page.getByLabel(field).fill(LONG);
  await expect(page.getByRole('alert').filter({ hasText: 'De opslag van deze browser is vol' })).toBeVisible();
  await expect(page.locator('.save-status')).toHaveText('Niet opgeslagen');
  for (const field of FIELDS) await expect(page.getByLabel(field)).toHaveValue(LONG);
  return { room: () => cdp.send('Storage.overrideQuotaForOrigin', { origin }) };
}
const FIELDS = ['Doel', 'Middel', 'Aanleiding'];
const LONG = 'Geschreven bij een volle schijf. '.repeat(600);

test('a full disk while editing: the edit stays, the user is told, and it is saved once there is room', async ({ page }) => {
  const { room } = await fillTheDisk(page);
  // Room again: the same edit is stored without typing anything more.
  await room();
  await expect(page.locator('.save-status')).toHaveText('Opgeslagen', { timeout: 10_000 });
  await expect(page.getByRole('alert').filter({ hasText: 'De opslag van deze browser is vol' })).toHaveCount(0);
  await page.reload();
  for (const field of FIELDS) await expect(page.getByLabel(field)).toHaveValue(LONG);
});

test('a full disk when the page closes: the edit waits in the rescue copy and comes back', async ({ page }) => {
  const { room } = await fillTheDisk(page);
  const rescued = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('klantreis.rescue.')).length);
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'De opslag van deze browser is vol' })).toBeVisible();
  expect(await rescued()).toBe(1);
  // Room again: the next start takes the copy back, and only then lets it go.
  await room();
  await page.reload();
  for (const field of FIELDS) await expect(page.getByLabel(field)).toHaveValue(LONG);
  expect(await rescued()).toBe(0);
});
