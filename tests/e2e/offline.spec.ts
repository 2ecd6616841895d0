import { test, expect } from '@playwright/test';
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
