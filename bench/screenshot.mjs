// Screenshots of the main screens for a visual check: node bench/screenshot.mjs [outdir]
import { withApp } from './lib.mjs';

const out = process.argv[2] || 'bench/out';
await withApp(8282, async (page) => {
  await page.screenshot({ path: `${out}/library.png` });
  await page.getByRole('button', { name: 'Open als kopie' }).first().click();
  await page.locator('.card').first().waitFor();
  await page.locator('.card').nth(2).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/editor.png` });
});

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
});
