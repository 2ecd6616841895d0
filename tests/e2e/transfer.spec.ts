import { test, expect } from './test';
import { type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { Library, fileInput, exportJourney, libreOffice, moreAction } from './pages';

test('a journey exported here and imported in a fresh browser profile is the same on screen', async ({ page, browser }) => {
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(0);
  await editor.waitSaved();
  const curve = await editor.curve().getAttribute('aria-label');
  await editor.backToLibrary();
  const text = await exportJourney(page, 'Jan: van schulden naar werk');
  expect(JSON.parse(text).format).toBe('klantreis/library');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const otherLibrary = new Library(other);
  await otherLibrary.open();
  await expect(otherLibrary.rows()).toHaveCount(0);
  await fileInput(other).setInputFiles({ name: 'jan.klantreis.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(other.locator('.notice')).toContainText('Import klaar: 1 nieuw, 0 vervangen');
  await expect(otherLibrary.rows()).toHaveCount(1);
  await otherLibrary.row('Jan: van schulden naar werk').getByRole('button', { name: 'Openen' }).click();
  await expect(other.locator('.card')).toHaveCount(8);
  await expect(other.locator('svg.curve')).toHaveAttribute('aria-label', curve!);
  await expect(other.locator('.card', { hasText: 'Het maatje komt langs' })).toContainText('Pas toen het maatje naast me zat');
  // Stories and answers came along.
  await expect(other.getByRole('tab', { name: 'Verhalen (1)' })).toBeVisible();
  await other.locator('.card', { hasText: 'Aanmelden aan de balie' }).click();
  await expect(other.locator('.answer[data-question="seen"]').getByRole('slider')).toHaveValue('20');
  // Phases and belevingsprincipes came along too (schema 5).
  await expect(other.locator('.map-phase')).toHaveText(['Oriëntatie', 'Aanvraag', 'Intake', 'Besluit', 'Uitvoering', 'Nazorg']);
  await expect(other.locator('aside.detail').getByRole('radiogroup', { name: 'Eenvoudig' }).getByLabel('geschonden')).toBeChecked();
  await expect(other.locator('.map-beat').nth(2)).toContainText('Stap 3: waargemaakt 0, geschonden 3');
  await fresh.close();
});

test('a file is read off the page by a worker, and on the page where the worker cannot be fetched', async ({ page, browser }) => {
  const library = new Library(page);
  await library.open();
  await library.openExample(0);
  await page.getByRole('button', { name: /Bibliotheek/ }).click();
  const text = await exportJourney(page, 'Jan: van schulden naar werk');
  for (const worker of ['used', 'blocked']) {
    const context = await browser.newContext();
    const other = await context.newPage();
    const fetched: string[] = [];
    other.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    if (worker === 'blocked') await other.route('**/reader_worker*', (route) => route.abort());
    const otherLibrary = new Library(other);
    await otherLibrary.open();
    // Not part of the first screen.
    expect(fetched.filter((p) => p.includes('reader_worker'))).toEqual([]);
    await fileInput(other).setInputFiles({ name: 'jan.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(other.locator('.notice')).toContainText('Import klaar: 1 nieuw, 0 vervangen');
    if (worker === 'used') expect(fetched).toContain('/reader_worker_bg.wasm');
    await otherLibrary.row('Jan: van schulden naar werk').getByRole('button', { name: 'Openen' }).click();
    await expect(other.locator('.card')).toHaveCount(8);
    await expect(other.getByRole('tab', { name: 'Verhalen (1)' })).toBeVisible();
    await context.close();
  }
});

test('a bad file leaves the library unchanged and says what is wrong and where', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  await library.openExample(3);
  await new Library(page).page.getByRole('button', { name: /Bibliotheek/ }).click();
  await expect(library.rows()).toHaveCount(1);

  const good = JSON.parse(await exportJourney(page, 'Intake als welkom'));
  good.journeys[0].id = 'een-ander-id';
  good.journeys[0].touchpoints[1].emotion = 7;
  await fileInput(page).setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  const alert = page.locator('.import-error');
  await expect(alert).toContainText('er is niets veranderd');
  await expect(alert).toContainText('journeys[0].touchpoints[1].emotion');
  await expect(alert).toContainText('7 ligt buiten -2 tot en met 2');

  await fileInput(page).setInputFiles({ name: 'plaatje.json', mimeType: 'application/json', buffer: Buffer.from('GIF89a') });
  await expect(alert).toContainText('geen geldig JSON-bestand');
  await page.reload();
  await expect(library.rows()).toHaveCount(1);
});

test('importing a journey that is already there: keep both or take the file, as chosen', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  await library.openExample(3);
  await page.getByRole('button', { name: /Bibliotheek/ }).click();
  const text = await exportJourney(page, 'Intake als welkom');
  const edited = JSON.parse(text);
  edited.journeys[0].goal = 'Aangepast elders';
  const buffer = Buffer.from(JSON.stringify(edited));

  await fileInput(page).setInputFiles({ name: 'a.json', mimeType: 'application/json', buffer });
  const conflicts = page.getByRole('group', { name: /staan al in de bibliotheek/ });
  await expect(conflicts).toContainText('Intake als welkom');
  await expect(conflicts).toContainText('is hier bewerkt');
  await conflicts.getByRole('radio', { name: 'Beide bewaren' }).check();
  await conflicts.getByRole('button', { name: 'Importeren' }).click();
  await expect(library.rows()).toHaveCount(2);
  await expect(library.row('Intake als welkom (import)')).toHaveCount(1);

  await fileInput(page).setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer });
  await conflicts.getByRole('radio', { name: 'Versie uit het bestand nemen' }).check();
  await conflicts.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.locator('.notice')).toContainText('0 nieuw, 1 vervangen');
  await expect(library.rows()).toHaveCount(2);
  await library.row('Intake als welkom').getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByLabel('Doel')).toHaveValue('Aangepast elders');
});

test('script in imported text shows as text everywhere', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  const library = new Library(page);
  await library.open();
  await library.openExample(3);
  await page.getByRole('button', { name: /Bibliotheek/ }).click();
  const file = JSON.parse(await exportJourney(page, 'Intake als welkom'));
  const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  file.journeys[0].id = 'evil';
  file.journeys[0].title = evil;
  file.journeys[0].touchpoints[0].title = evil;
  file.journeys[0].touchpoints[0].quote = evil;
  file.journeys[0].agencies[0].name = evil;
  await fileInput(page).setInputFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(library.row(evil)).toHaveCount(1);
  await library.row(evil).getByRole('button', { name: 'Openen' }).click();
  await expect(page.locator('.card').first()).toContainText(evil);
  await expect(page.locator('.lane-title').first()).toHaveText(evil);
  expect(await page.locator('.card img, .lane-title img').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('the touchpoints CSV opens in a real CSV reader with Dutch settings', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  await library.openExample(0);
  await page.getByRole('button', { name: /Bibliotheek/ }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV: contactmomenten' }).click();
  const file = await download;
  const path = (await file.path())!;
  const raw = readFileSync(path);
  expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark for Excel

  // Python's csv module, as a spreadsheet would read it: ';' separated, UTF-8 with BOM.
  const script = 'import csv,json,sys\nrows=list(csv.DictReader(open(sys.argv[1],encoding="utf-8-sig",newline=""),delimiter=";"))\nprint(json.dumps(rows))';
  const rows = JSON.parse(execFileSync('python3', ['-c', script, path]).toString());
  expect(rows).toHaveLength(8);
  const balie = rows.find((r: Record<string, string>) => r['titel'] === 'Aanmelden aan de balie');
  expect(balie['instantie']).toBe('Gemeente');
  expect(balie['beleving']).toBe('-1');
  expect(balie['In dit contact ging het vooral om… de regels en procedures']).toBe('0,7');
  expect(balie['Wie nam het initiatief?']).toBe('ik zelf');
  expect(rows[4]['citaat']).toBe('Pas toen het maatje naast me zat, kreeg ik weer lucht.');
});

test('the map as SVG is self-contained, shows every card and keeps markup as text', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(0);
  await editor.card('Intake schuldhulp').click();
  await editor.detail().getByLabel('Korte titel').fill('<script>x</script>');
  const download = page.waitForEvent('download');
  await moreAction(page, 'Kaart als SVG');
  const svg = readFileSync((await (await download).path())!, 'utf8');
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect((svg.match(/<g class="card">/g) || []).length).toBe(8);
  expect(svg).not.toContain('<script');
  expect(svg).toContain('&lt;script&gt;x&lt;/script&gt;');
  expect(svg).not.toMatch(/(href|src)=/); // nothing to fetch: readable without the app

  // A browser draws it as an image: it is well-formed and needs nothing else.
  const size = await page.evaluate(async (text) => {
    const img = new Image();
    img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(text);
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  }, svg);
  expect(size[0]).toBeGreaterThan(1000);
  expect(size[1]).toBeGreaterThan(500);
});

test('the map as PNG is drawn at twice the size of the SVG', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  await library.openExample(3);
  const svgDownload = page.waitForEvent('download');
  await moreAction(page, 'Kaart als SVG');
  const svg = readFileSync((await (await svgDownload).path())!, 'utf8');
  const [, w, h] = svg.match(/width="(\d+)" height="(\d+)"/)!.map(Number);

  const pngDownload = page.waitForEvent('download');
  await moreAction(page, 'Kaart als PNG');
  const png = readFileSync((await (await pngDownload).path())!);
  expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(2 * w);
  expect(png.readUInt32BE(20)).toBe(2 * h);
});

test('the printable report has the story, map, pain points, quotes with source and signifier summary', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  await library.openExample(0);
  await page.getByRole('tab', { name: 'Rapport' }).click();
  const report = page.locator('article.report');
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('Jan: van schulden naar werk');
  await expect(report.locator('.report-facts')).toContainText('Schuldsanering');
  await expect(report.locator('figure svg g.card')).toHaveCount(8);
  await expect(report.locator('.report-quotes li', { hasText: 'Het duurde weken' })).toContainText('Bron: Wachten op een reactie, Gemeente · Interview met Jan (Cliënt)');
  await expect(report.locator('tr', { hasText: 'Wachten op een reactie' }).first()).toContainText('Vijf weken zonder bericht');
  await expect(report.locator('tr', { hasText: 'Ik voelde me…' }).locator('td').nth(1)).toHaveText('3');
  await expect(report.locator('tr', { hasText: 'Ik voelde me…' })).toContainText('gemiddeld 40,0');
  // A triad's mean names its poles.
  await expect(report.locator('tr', { hasText: 'In dit contact ging het vooral om…' }).locator('td').last())
    .toHaveText(/^de regels en procedures: \d+%, mijn eigen situatie en wat ik nodig had: \d+%, de mensen die mij hielpen: \d+%$/);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Afdrukken of als PDF bewaren' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  expect(pdf.length).toBeGreaterThan(10_000);
});

test('text that looks like a formula stays text in the CSV and the XLSX, opened by LibreOffice', async ({ page }) => {
  const library = new Library(page);
  await library.withExample(0);
  const file = JSON.parse(await exportJourney(page, 'Jan: van schulden naar werk'));
  const formulas = ['=1+1', '@SUM(1+1)', '+1+1', '-1+1'];
  formulas.forEach((f, i) => { file.journeys[0].touchpoints[i].title = f; });
  file.journeys[0].id = 'formules';
  file.journeys[0].title = 'Formules';
  await fileInput(page).setInputFiles({ name: 'f.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(library.row('Formules')).toHaveCount(1);
  await library.row('Formules').getByRole('checkbox').check();
  for (const [button, kind] of [['CSV: contactmomenten', 'csv'], ['Excel (XLSX)', 'xlsx']] as const) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const rows = libreOffice((await (await download).path())!, kind);
    const titles = rows.map((r) => r['titel']);
    // Evaluated, '=1+1' would read 2 and '@SUM(1+1)' would read 2 as well.
    expect(titles).not.toContain('2');
    for (const f of formulas) expect(titles.some((t) => t.endsWith(f)), `${kind}: ${f} in ${titles}`).toBe(true);
    expect(rows.find((r) => r['titel'].endsWith('=1+1'))!['beleving']).toMatch(/^-?\d/);
  }
});

test('the XLSX workbook is written by a worker fetched on first use and opens in LibreOffice', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const library = new Library(page);
  await library.open();
  await library.openExample(0);
  await page.getByRole('button', { name: /Bibliotheek/ }).click();
  // The 190 KB workbook writer is not part of the first load.
  expect(fetched.filter((p) => p.includes('xlsx_worker'))).toEqual([]);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel (XLSX)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('klantreizen.xlsx');
  expect(fetched).toContain('/xlsx_worker_bg.wasm');
  const path = (await file.path())!;

  const rows = libreOffice(path, 'xlsx');
  expect(rows).toHaveLength(8);
  const balie = rows.find((r: Record<string, string>) => r['titel'] === 'Aanmelden aan de balie');
  expect(balie['instantie']).toBe('Gemeente');
  expect(balie['beleving']).toBe('-1');
  expect(balie['wachttijd (minuten)']).toBe('45');
  expect(balie['In dit contact ging het vooral om… de regels en procedures']).toBe('0.7');
  expect(balie['Wie nam het initiatief?']).toBe('ik zelf');
});
