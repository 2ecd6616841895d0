// Screenshots of the main screens for a visual check: node bench/screenshot.mjs [outdir]
import { withApp } from './lib.mjs';

const out = process.argv[2] || 'bench/out';
// KLANTREIS_SCHEME=dark for the dark look.
const look = { colorScheme: process.env.KLANTREIS_SCHEME || 'light' };
await withApp(8282, async (page) => {
  await page.screenshot({ path: `${out}/library.png` });
  await page.getByRole('button', { name: 'Open als kopie' }).first().click();
  await page.locator('.card').first().waitFor();
  await page.locator('.card').nth(2).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/editor.png` });
}, look);

// The patterns page over the end-to-end data set, two periods side by side.
await withApp(8282, async (page) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.locator('.import input[type=file]').setInputFiles('tests/e2e/fixtures/patterns.klantreis.json');
  await page.locator('.journey-list li').nth(39).waitFor();
  await page.getByRole('link', { name: 'Patronen zoeken' }).click();
  await page.locator('.figure').first().waitFor();
  await page.screenshot({ path: `${out}/patterns.png` });
  const a = page.getByRole('group', { name: 'Selectie A' });
  await a.getByLabel('Van', { exact: true }).fill('2025-01-01');
  await a.getByLabel('Tot en met').fill('2025-12-31');
  await page.getByLabel('Vergelijk met een tweede selectie').check();
  const b = page.getByRole('group', { name: 'Selectie B' });
  await b.getByLabel('Van', { exact: true }).fill('2026-01-01');
  await b.getByLabel('Tot en met').fill('2026-12-31');
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/patterns-compare.png`, fullPage: true });
}, look);

// A workshop with three groups, and one group's journey on the projector.
await withApp(8282, async (page) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: '+ Nieuwe workshop' }).click();
  await page.getByLabel('Naam van de workshop').fill('Brainbootcamp Zaandam');
  const add = page.getByRole('textbox', { name: /Nieuwe groep/ });
  for (const g of ['Rood', 'Groen', 'Blauw']) { await add.fill(g); await add.press('Enter'); }
  await page.getByLabel('Opdracht en interview').fill('Lees het verslag van hulpverlener Y en bouw de reis van X na.');
  await page.waitForTimeout(800);
  for (const g of ['Rood', 'Groen', 'Blauw']) {
    const d = page.waitForEvent('download');
    await page.getByRole('button', { name: `Pakket ${g}` }).click();
    await d;
  }
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/workshop.png`, fullPage: true });
  await page.locator('.group-row', { hasText: 'Rood' }).getByRole('button', { name: 'Presenteren' }).click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/present.png` });
}, look);

// Keeping and erasing on the library, at laptop and tablet size; the privacy page.
await withApp(8282, async (page) => {
  await page.getByRole('button', { name: 'Open als kopie' }).first().click();
  await page.locator('.card').first().waitFor();
  await page.getByRole('button', { name: /Bibliotheek/ }).click();
  await page.locator('.safekeeping').scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/safekeeping.png` });
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.locator('.safekeeping').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/safekeeping-tablet.png` });
  await page.getByRole('button', { name: 'Alles wissen op dit apparaat' }).click();
  await page.screenshot({ path: `${out}/erase-dialog-tablet.png` });
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(page.url().replace(/#.*$/, '#/privacy'));
  await page.getByRole('heading', { name: 'Privacy en gegevens' }).waitFor();
  await page.screenshot({ path: `${out}/privacy.png` });
}, look);
