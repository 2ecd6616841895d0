import { test, expect } from './test';
import { Library } from './pages';

test('after one online load the app and its data open with the network switched off', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const library = new Library(page);
  await library.open();
  // The service worker has cached the app once it is active.
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });

  const editor = await library.newJourney();
  await editor.title().fill('Offline reis');
  await editor.waitSaved();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Mijn klantreizen' }).or(editor.title())).toBeVisible();
  await page.goto('/#/');
  await expect(library.row('Offline reis')).toHaveCount(1);
  // A journey opens offline too, and edits are still saved (IndexedDB needs no network).
  await library.row('Offline reis').getByRole('button', { name: 'Openen' }).click();
  await expect(editor.title()).toHaveValue('Offline reis');
  await editor.title().fill('Offline bewerkt');
  await editor.waitSaved();
  await page.reload();
  await expect(editor.title()).toHaveValue('Offline bewerkt');
  // A part never opened online (fetched on first use) was cached ahead and opens offline too.
  await page.goto('/#/patronen');
  await expect(page.getByRole('heading', { name: 'Patronen' })).toBeVisible();
  await context.close();
});

test('a part of the app that cannot be fetched says so, the rest keeps working, and it loads once it can', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/split_patterns.wasm', (route) => route.abort());
  const library = new Library(page);
  await library.open();
  await page.goto('/#/patronen');
  await expect(page.getByRole('alert')).toContainText('Dit deel van Klantreis kon niet worden opgehaald');

  // No panic took the app down: the library and the editor still work.
  await page.goto('/#/');
  const editor = await library.newJourney();
  await editor.title().fill('Na een mislukte download');
  await editor.waitSaved();

  // The failure is not remembered: with the network back, the part loads.
  await page.unroute('**/split_patterns.wasm');
  await page.goto('/#/patronen');
  await expect(page.getByRole('heading', { name: 'Patronen' })).toBeVisible();
  expect(errors).toEqual([]);
  await context.close();
});

test('the app is installable: a manifest with icons', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  const manifest = await (await page.request.get(href!)).json();
  expect(manifest.start_url).toBe('./');
  expect(manifest.display).toBe('standalone');
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toContain('192x192');
  expect(sizes).toContain('512x512');
  for (const icon of manifest.icons) {
    expect((await page.request.get(icon.src)).ok()).toBe(true);
  }
});
