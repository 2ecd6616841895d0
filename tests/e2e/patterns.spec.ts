import { test, expect } from './test';
import { type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { Library, Editor } from './pages';

// 40 generated journeys (cargo run -p klantreis-core --example population -- 7 40 6 1) and
// SciPy's Mann-Whitney U of their touchpoint emotion, 2025 against 2026
// (scripts/stats-fixtures.py).
const FIXTURE = 'tests/e2e/fixtures/patterns.klantreis.json';
const expected = JSON.parse(readFileSync('tests/e2e/fixtures/patterns-expected.json', 'utf8'));
const library = JSON.parse(readFileSync(FIXTURE, 'utf8'));

async function openPatterns(page: Page) {
  await new Library(page).open();
  await page.locator('.import input[type=file]').setInputFiles(FIXTURE);
  await expect(page.locator('.journey-row')).toHaveCount(40);
  // The import notice sits over the page's lower left corner until dismissed.
  await page.locator('.notices').getByRole('button', { name: 'Sluiten' }).click();
  await page.getByRole('link', { name: 'Patronen zoeken' }).click();
  await expect(page.getByRole('heading', { name: 'Patronen' })).toBeVisible();
}

/** A number as the page shows it ("5,26e-6", "0,3996") read back. */
const read = (text: string) => Number(text.trim().replace(',', '.'));

test('two periods side by side show SciPy’s counts and p-value', async ({ page }) => {
  await openPatterns(page);
  const a = page.getByRole('group', { name: 'Selectie A' });
  await expect(a.getByText('280 contactmomenten en verhalen')).toBeVisible();
  await a.getByLabel('Van', { exact: true }).fill(expected.from_a);
  await a.getByLabel('Tot en met').fill(expected.to_a);
  await page.getByLabel('Vergelijk met een tweede selectie').check();
  const b = page.getByRole('group', { name: 'Selectie B' });
  await b.getByLabel('Van', { exact: true }).fill(expected.from_b);
  await b.getByLabel('Tot en met').fill(expected.to_b);

  const row = page.locator('.comparison tr', { has: page.getByRole('rowheader', { name: 'Beleving van het contact' }) });
  const cells = row.locator('td');
  await expect(cells.nth(0)).toHaveText(String(expected.n_a));
  await expect(cells.nth(1)).toHaveText(String(expected.n_b));
  await expect(cells.nth(2)).toHaveText('Mann-Whitney U');
  expect(read(await cells.nth(3).innerText())).toBe(expected.u);
  const p = read(await cells.nth(4).innerText());
  // Shown to three significant digits.
  expect(Math.abs(p - expected.p) / expected.p).toBeLessThan(0.01);
  // The Benjamini-Hochberg p beside it is never smaller.
  expect(read(await cells.nth(5).innerText())).toBeGreaterThanOrEqual(p);

  // The figures are shown for both selections.
  const emotion = page.locator('section.figure', { has: page.getByRole('heading', { name: 'Hoe voelde dit contact?' }) });
  await expect(emotion.locator('.figure-pane')).toHaveCount(2);
});

test('a triad point opens its touchpoint, and a zone lists its evidence by keyboard', async ({ page }) => {
  await openPatterns(page);
  const triad = page.locator('section.figure').first();
  await expect(triad.getByRole('heading')).toHaveText('In dit contact ging het vooral om…');

  // Evidence by keyboard: the zone table's first button, then Enter.
  await triad.getByText('Tabel', { exact: true }).click();
  const show = triad.getByRole('button', { name: /^Bekijk \d+$/ }).first();
  const n = Number((await show.innerText()).replace(/\D/g, ''));
  await show.focus();
  await page.keyboard.press('Enter');
  const panel = page.locator('aside.evidence');
  await expect(panel.getByRole('heading', { name: 'Achter dit cijfer' })).toBeFocused();
  await expect(panel.locator('li')).toHaveCount(Math.min(n, 200));

  // A cell of the heat table, clicked where its number is drawn, lists its touchpoints.
  await panel.getByRole('button', { name: 'Sluiten' }).click();
  const agencies = page.locator('section.figure', { has: page.getByRole('heading', { name: 'Beleving per instantie' }) });
  await agencies.locator('rect[data-row="0"]').first().click();
  await expect(panel.locator('.evidence-what')).toHaveText(/^Beleving per instantie: /);

  // One point: straight to its touchpoint in its journey.
  // Dispatched on the circle itself: points may overlap, and any one of them must lead to its own item.
  await triad.locator('circle[data-item]').nth(5).dispatchEvent('click');
  await expect(page).toHaveURL(/#\/reis\/[^/]+\/contact\/[^/]+$/);
  const [, journeyId, touchpointId] = decodeURIComponent(page.url()).match(/#\/reis\/([^/]+)\/contact\/([^/]+)$/)!;
  const journey = library.journeys.find((j: { id: string }) => j.id === journeyId);
  const touchpoint = journey.touchpoints.find((t: { id: string }) => t.id === touchpointId);
  const editor = new Editor(page);
  await expect(editor.title()).toHaveValue(journey.title);
  await expect(editor.detail().getByLabel('Korte titel')).toHaveValue(touchpoint.title);
});

test('a filter narrows every figure, and all pairs of questions are listed with adjusted p', async ({ page }) => {
  await openPatterns(page);
  const a = page.getByRole('group', { name: 'Selectie A' });
  await a.getByLabel('Bron').selectOption({ label: 'alleen verhalen' });
  await expect(a.getByText('40 contactmomenten en verhalen')).toBeVisible();
  await a.getByLabel('Bron').selectOption({ label: 'alleen contactmomenten' });
  await a.getByLabel('Leefwereld of systeemwereld').selectOption({ label: 'Systeemwereld' });
  const count = Number((await a.locator('.selection-count').innerText()).replace(/\D/g, ''));
  expect(count).toBeGreaterThan(100);
  expect(count).toBeLessThan(240);
  const initiative = page.locator('section.figure', { has: page.getByRole('heading', { name: 'Wie nam het initiatief?' }) });
  await expect(initiative.locator('.figure-summary')).toHaveText(`n = ${count} · n.v.t. 0`);
  // An answer as a condition: only the touchpoints where the client took the initiative.
  await a.getByLabel('Met dit antwoord').selectOption({ label: 'Wie nam het initiatief? ik zelf' });
  const own = Number((await a.locator('.selection-count').innerText()).replace(/\D/g, ''));
  expect(own).toBeGreaterThan(0);
  expect(own).toBeLessThan(count);
  await expect(initiative.locator('.figure-summary')).toHaveText(`n = ${own} · n.v.t. 0`);
  await initiative.getByText('Tabel', { exact: true }).click();
  await expect(initiative.locator('tbody tr').first().locator('td').first()).toHaveText(String(own));
  await a.getByLabel('Met dit antwoord').selectOption({ label: 'alle' });

  // A table goes to the clipboard as tab-separated text, ready to paste.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await initiative.getByRole('button', { name: 'Tabel kopiëren' }).click();
  const copiedNotice = page.locator('.notice', { hasText: 'Tabel gekopieerd' });
  await expect(copiedNotice).toBeVisible();
  await copiedNotice.getByRole('button', { name: 'Sluiten' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const lines = copied.trim().split(/\r?\n/);
  expect(lines[0]).toBe('antwoord\taantal\taandeel (%)');
  expect(lines).toHaveLength(5);
  expect(lines[1].startsWith('ik zelf\t')).toBe(true);

  // Two questions crossed: the triad's seven zones against the four answers of the choice.
  const cross = page.locator('section.figure', { has: page.getByRole('heading', { name: 'Kruistabel' }) });
  await expect(cross.getByLabel('Rijen')).toHaveValue(/\d+/);
  await expect(cross.locator('.figure-summary')).toContainText('chi-kwadraat');
  await cross.getByText('Tabel', { exact: true }).click();
  await expect(cross.locator('tbody tr')).toHaveCount(7);
  await expect(cross.locator('thead th')).toHaveCount(1 + 4 + 1);

  await page.getByRole('button', { name: 'Alle paren berekenen' }).click();
  const rows = page.locator('.pairs tbody tr');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(10);
  // p (BH) is never below the raw p; and there are numbers to compare, not only "–".
  let compared = 0;
  for (let i = 0; i < 5; i++) {
    const cells = rows.nth(i).locator('td');
    const [raw, adjusted] = [read(await cells.nth(4).innerText()), read(await cells.nth(5).innerText())];
    if (!Number.isNaN(raw) && !Number.isNaN(adjusted)) {
      expect(adjusted).toBeGreaterThanOrEqual(raw);
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(0);
});

/** How many journeys the patterns page keeps ready to pool (IndexedDB store `pooled`). */
const kept = (page: Page) => page.evaluate(async () => {
  const db = await new Promise<IDBDatabase>((ok, err) => {
    const r = indexedDB.open('klantreis');
    r.onsuccess = () => ok(r.result);
    r.onerror = () => err(r.error);
  });
  const n = await new Promise<number>((ok) => {
    const r = db.transaction('pooled').objectStore('pooled').count();
    r.onsuccess = () => ok(r.result);
  });
  db.close();
  return n;
});

test('what the page keeps ready draws what the journeys draw, and a journey edited since is read anew', async ({ page }) => {
  await openPatterns(page);
  const a = page.getByRole('group', { name: 'Selectie A' });
  await expect(a.getByText('280 contactmomenten en verhalen')).toBeVisible();
  const figures = page.locator('.figures');
  // The first figures are drawn a task before the others: read them once all are there.
  const all = async () => {
    await expect(figures.getByRole('heading', { name: 'Eén cliënt door de tijd' })).toBeVisible();
    return figures.textContent();
  };
  const drawn = await all();
  expect(drawn).toContain('Hoe voelde dit contact?');
  // The import kept every journey ready; the next visit draws from those.
  await expect.poll(() => kept(page)).toBe(40);
  await page.reload();
  await expect(a.getByText('280 contactmomenten en verhalen')).toBeVisible();
  expect(await all()).toBe(drawn);
  // And with nothing kept (as just after the upgrade), every journey is read itself: the same.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const r = indexedDB.open('klantreis');
      r.onsuccess = () => ok(r.result);
    });
    await new Promise((ok) => {
      const t = db.transaction('pooled', 'readwrite');
      t.objectStore('pooled').clear();
      t.oncomplete = ok;
    });
    db.close();
  });
  await page.reload();
  await expect(a.getByText('280 contactmomenten en verhalen')).toBeVisible();
  expect(await all()).toBe(drawn);
  await expect.poll(() => kept(page)).toBe(40);

  // A touchpoint added to one journey: its kept entry is stale and read anew from the journey.
  const library = new Library(page);
  await library.open();
  await library.row('Reis 1 van Jan').getByRole('button', { name: 'Reis 1 van Jan', exact: true }).click();
  const editor = new Editor(page);
  await editor.addTouchpoint('Gemeente', { title: 'Nog een gesprek', emotion: 'Heel positief' });
  await editor.waitSaved();
  await editor.backToLibrary();
  await page.getByRole('link', { name: 'Patronen zoeken' }).click();
  await expect(a.getByText('281 contactmomenten en verhalen')).toBeVisible();
});
