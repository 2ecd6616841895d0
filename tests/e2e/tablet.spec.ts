import { test, expect } from './test';
import { Library } from './pages';

// A tablet held upright and on its side, with touch: the editor's controls all on screen.
for (const viewport of [{ width: 768, height: 1024 }, { width: 1024, height: 768 }]) {
  test.describe(`tablet ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, hasTouch: true });

    test('every editor control is on screen, the page never scrolls sideways, and a tap adds an agency', async ({ page }) => {
      const library = new Library(page);
      await library.open();
      await library.openExample(0);
      // The less used actions fold behind "Meer".
      await expect(page.getByRole('button', { name: 'Kaart als SVG' })).toBeHidden();
      await page.getByRole('button', { name: 'Meer', exact: true }).tap();
      await expect(page.getByRole('button', { name: 'Meer', exact: true })).toHaveAttribute('aria-expanded', 'true');
      const controls = ['Ongedaan maken', 'Opnieuw', 'Instantie toevoegen', 'Kaart als SVG', 'Kaart als PNG', 'Reis exporteren', 'Gewenste reis maken', 'Presenteren'];
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

    test('the detail panel opens as a sheet below the card it edits, and closes again', async ({ page }) => {
      const library = new Library(page);
      await library.open();
      const editor = await library.openExample(0);
      await expect(editor.detail()).toBeHidden();
      const card = editor.cards().nth(1);
      await card.tap();
      await expect(editor.detail().getByLabel('Korte titel')).toBeVisible();
      const sheet = (await editor.detail().boundingBox())!;
      const box = (await card.boundingBox())!;
      expect(sheet.y + sheet.height).toBeCloseTo(viewport.height, 0);
      expect(box.y + box.height).toBeLessThanOrEqual(sheet.y);
      await editor.detail().getByLabel('Korte titel').fill('Tip van een buurvrouw');
      await editor.detail().getByRole('button', { name: 'Sluiten' }).tap();
      await expect(editor.detail()).toBeHidden();
      await expect(editor.card('Tip van een buurvrouw')).toBeVisible();
    });

    test('a selected card dragged with a finger moves to another lane and column; elsewhere a finger scrolls the map', async ({ page }) => {
      const library = new Library(page);
      await library.open();
      const editor = await library.openExample(3);
      const welkom = editor.card('Welkom');
      await welkom.tap();
      await expect(welkom).toHaveClass(/card-selected/);
      await expect(welkom).toHaveCSS('touch-action', 'none');
      await expect(editor.card('Doorverwijzing')).toHaveCSS('touch-action', 'auto');
      const from = (await welkom.boundingBox())!;
      const band = (await page.locator('.lane-band').first().boundingBox())!;
      // The first lane (Huisarts), third column: label 188 px, columns 208 px.
      const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
      const end = { x: band.x + 188 + 2 * 208 + 60, y: band.y + 30 };
      const cdp = await page.context().newCDPSession(page);
      const touch = (type: string, p: { x: number; y: number }) =>
        cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: p.x, y: p.y }] });
      await touch('touchStart', start);
      for (let i = 1; i <= 10; i++) {
        await touch('touchMove', { x: start.x + ((end.x - start.x) * i) / 10, y: start.y + ((end.y - start.y) * i) / 10 });
      }
      await touch('touchEnd', end);
      await expect(welkom).toHaveCSS('grid-row-start', '3');
      await expect(welkom).toHaveCSS('grid-column-start', '4');
      await expect(welkom).not.toHaveClass(/card-dragging/);
      // (A click: Chromium's touch emulation drops the next tap after a scripted touch drag.)
      await page.locator('.topbar').getByRole('button', { name: 'Ongedaan maken' }).click();
      await expect(welkom).toHaveCSS('grid-row-start', '4');
      await expect(welkom).toHaveCSS('grid-column-start', '3');
    });
  });
}
