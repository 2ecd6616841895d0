import { test, expect } from '@playwright/test';
import { Library } from './pages';

// A tablet held upright and on its side, with touch: the editor's controls all on screen.
for (const viewport of [{ width: 768, height: 1024 }, { width: 1024, height: 768 }]) {
  test.describe(`tablet ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, hasTouch: true });

    test('every editor control is on screen, the page never scrolls sideways, and a tap adds an agency', async ({ page }) => {
      const library = new Library(page);
      await library.open();
      await library.openExample(0);
      const controls = ['Ongedaan maken', 'Opnieuw', 'Instantie toevoegen', 'Kaart als SVG', 'Kaart als PNG', 'Reis exporteren', 'Presenteren'];
      for (const name of controls) {
        const box = await page.getByRole('button', { name, exact: false }).first().boundingBox();
        expect(box, name).not.toBeNull();
        expect(box!.x, name).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width, name).toBeLessThanOrEqual(viewport.width);
      }
      // The map may scroll inside its frame; the page itself may not.
      const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);

      const lanes = await page.locator('.lane-title').count();
      await page.getByRole('button', { name: 'Instantie toevoegen' }).tap();
      await expect(page.locator('.lane-title')).toHaveCount(lanes + 1);
    });
  });
}
