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
