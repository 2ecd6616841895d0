import { test, expect } from './test';
import { type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { Library } from './pages';
import { auditJourneyScreens, auditPatterns, watchCsp } from './audit';

// Two real NL Design System themes from npm, dropped in as a host would: the package's CSS as
// theme.css beside index.html, its class on <html>. The app follows their colours, font and
// focus ring, and every screen still passes axe (contrast included) with each.
const THEMES = [
  { name: 'Voorbeeld', className: 'voorbeeld-theme', css: 'node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css' },
  { name: 'Utrecht', className: 'utrecht-theme', css: 'node_modules/@utrecht/design-tokens/dist/index.css' },
];

// The service worker would answer theme.css from its own fetch, past the route below.
test.use({ serviceWorkers: 'block' });

/** The colour `value` (any CSS colour or var()) computes to on this page, as rgb(). */
const computed = (page: Page, property: string, value: string) =>
  page.evaluate(([property, value]) => {
    const probe = document.createElement('div');
    probe.style.setProperty(property, value);
    document.body.append(probe);
    const result = getComputedStyle(probe).getPropertyValue(property);
    probe.remove();
    return result;
  }, [property, value]);

for (const theme of THEMES) {
  test(`the ${theme.name} theme restyles the app, and every screen passes axe with it`, async ({ page }) => {
    await watchCsp(page);
    const css = readFileSync(theme.css, 'utf8');
    await page.route('**/theme.css', (route) => route.fulfill({ body: css, contentType: 'text/css' }));
    // The page as the host edits it: the theme's class on <html>.
    await page.route(/\/(index\.html)?(#.*)?$/, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('<html lang="nl">', `<html lang="nl" class="${theme.className}">`);
      await route.fulfill({ response, body: html });
    });
    const library = new Library(page);
    await library.open();

    // Primary button, font and focus ring come from the theme, not from our fallbacks.
    const primary = page.getByRole('button', { name: '+ Nieuwe klantreis' });
    const themePrimary = await computed(page, 'background-color',
      'var(--basis-color-action-1-inverse-bg-default, var(--utrecht-button-primary-action-background-color))');
    expect(themePrimary).not.toBe('rgb(21, 66, 115)');
    await expect(primary).toHaveCSS('background-color', themePrimary);
    const themeFont = await computed(page, 'font-family',
      'var(--basis-text-font-family-default, var(--utrecht-document-font-family))');
    expect(themeFont).not.toContain('system-ui');
    await expect(page.locator('body')).toHaveCSS('font-family', themeFont);
    const themeFocus = await computed(page, 'outline-color', 'var(--basis-focus-outline-color, var(--utrecht-focus-outline-color))');
    await primary.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(primary).toHaveCSS('outline-color', themeFocus);

    await auditJourneyScreens(page, `${theme.name}: `);
    await auditPatterns(page, `${theme.name}: `);
  });
}

test('without a theme the app keeps its own look', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  await expect(page.getByRole('button', { name: '+ Nieuwe klantreis' })).toHaveCSS('background-color', 'rgb(21, 66, 115)');
  expect((await page.request.get('/theme.css')).ok()).toBe(true);
});

test.describe('on a device set to dark', () => {
  test.use({ colorScheme: 'dark' });

  test('the app is dark, and every screen passes axe', async ({ page }) => {
    await watchCsp(page);
    const library = new Library(page);
    await library.open();
    await expect(page.locator('body')).toHaveCSS('color', 'rgb(232, 235, 239)');
    await auditJourneyScreens(page, 'dark: ');
    // The report prints on white paper in dark text, whatever the screen shows.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('body')).toHaveCSS('color', 'rgb(27, 31, 36)');
    await page.emulateMedia({ media: 'screen' });
    await auditPatterns(page, 'dark: ');
  });
});
