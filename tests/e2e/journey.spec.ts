import { test, expect } from './test';
import { type Page } from '@playwright/test';
import { Library } from './pages';

test('a journey built from scratch is all there after a reload', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  const editor = await library.newJourney();

  await editor.title().fill('Sanne zoekt werk');
  await page.getByLabel('Doel').fill('Een baan en rust in huis');
  await editor.addAgency('Gemeente', 'Gemeente');
  await editor.addAgency('Schuldhulp', 'Schuldhulpverlening');
  await editor.addAgency('Werkcoach', 'Werk');

  await editor.addTouchpoint('Gemeente', { title: 'Aanmelding', emotion: 'Negatief', pain: 'Lange wachtrij' });
  await editor.addTouchpoint('Schuldhulp', { title: 'Intake', emotion: 'Heel negatief', quote: 'Ik werd niet gezien.' });
  await editor.addTouchpoint('Gemeente', { title: 'Brief met besluit', emotion: 'Neutraal' });
  await editor.addTouchpoint('Werkcoach', { title: 'Eerste gesprek', emotion: 'Positief' });
  await editor.addTouchpoint('Werkcoach', { title: 'Proefplaatsing', emotion: 'Heel positief' });

  await expect(editor.cards()).toHaveCount(5);
  await editor.waitSaved();
  await page.reload();

  await expect(editor.title()).toHaveValue('Sanne zoekt werk');
  await expect(page.getByLabel('Doel')).toHaveValue('Een baan en rust in huis');
  await expect(editor.cards()).toHaveCount(5);
  await expect(page.locator('.lane-title')).toHaveText(['Gemeente', 'Schuldhulp', 'Werkcoach']);
  await expect(editor.curve()).toHaveAttribute('aria-label', 'Emotiecurve. 1: -1, 2: -2, 3: 0, 4: +1, 5: +2');
  await expect(editor.card('Intake')).toContainText('Ik werd niet gezien.');
  await expect(editor.card('Aanmelding').locator('.mark-pain')).toHaveText('1 knelpunt');

  // The second touchpoint sits in the second lane and the second column.
  const intake = editor.card('Intake');
  await expect(intake).toHaveCSS('grid-column-start', '3');
  await expect(intake).toHaveCSS('grid-row-start', '4');

  await intake.click();
  await expect(editor.detail().getByLabel('Instantie', { exact: true })).toHaveValue(/.+/);
  await expect(editor.detail().getByLabel('Citaat')).toHaveValue('Ik werd niet gezien.');
});

test('an edit is kept when the page is reloaded right after it', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(0);
  await editor.waitSaved();
  await page.getByLabel('Uitkomst').fill('Werk gevonden, schulden geregeld');
  // No waiting for the debounced save: the page-hide flush must write it.
  await page.reload();
  await expect(page.getByLabel('Uitkomst')).toHaveValue('Werk gevonden, schulden geregeld');
});

test('every edit can be undone and redone, by button and by keyboard', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(3);
  const lanes = page.locator('.lane-title');
  await expect(lanes).toHaveCount(2);

  // Two edits: add the agency, then name it. Undo takes back the name, then the agency.
  await editor.addAgency('Huisarts');
  await expect(lanes).toHaveText(['Huisarts', 'Sociaal wijkteam', 'Huisarts']);
  const toolbar = page.locator('.topbar');
  await toolbar.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(lanes).toHaveText(['Huisarts', 'Sociaal wijkteam', 'Nieuwe instantie']);
  await toolbar.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(lanes).toHaveCount(2);
  await toolbar.getByRole('button', { name: 'Opnieuw' }).click();
  await expect(lanes).toHaveCount(3);

  // Keyboard: focus outside text fields, then Ctrl+Z and Ctrl+Shift+Z.
  await editor.cards().first().focus();
  await page.keyboard.press('Control+z');
  await expect(lanes).toHaveCount(2);
  await page.keyboard.press('Control+Shift+z');
  await expect(lanes).toHaveCount(3);
});

test('cards move in time and between lanes by keyboard', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(3);
  const welkom = editor.card('Welkom');
  await expect(welkom).toHaveCSS('grid-column-start', '3');
  await expect(welkom).toHaveCSS('grid-row-start', '4');

  await welkom.focus();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(welkom).toHaveCSS('grid-column-start', '2');
  await expect(welkom).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(welkom).toHaveCSS('grid-row-start', '3');
  await expect(editor.detail().getByLabel('Instantie', { exact: true })).toHaveValue('intake-huisarts');
});

/** Example 2 (five touchpoints) open, its kitchen-table talk selected, then `action` pressed. */
async function onKitchenTableTalk(page: Page, action: string) {
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(2);
  await expect(editor.cards()).toHaveCount(5);
  await editor.card('Keukentafelgesprek').click();
  await editor.detail().getByRole('button', { name: action }).click();
  return editor;
}

test('deleting a touchpoint can be undone from the notice', async ({ page }) => {
  const editor = await onKitchenTableTalk(page, 'Contactmoment verwijderen');
  await expect(editor.cards()).toHaveCount(4);
  await page.locator('.notice').getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(editor.cards()).toHaveCount(5);
  await expect(editor.card('Keukentafelgesprek')).toHaveCSS('grid-column-start', '3');
});

test('a duplicated touchpoint comes right after its original, is selected, one undo takes it away, and it survives a reload', async ({ page }) => {
  const editor = await onKitchenTableTalk(page, 'Dupliceren');
  await expect(editor.cards()).toHaveCount(6);
  const copy = editor.card('Keukentafelgesprek (kopie)');
  await expect(copy).toHaveCSS('grid-column-start', '4');
  await expect(editor.detail().getByLabel('Korte titel')).toHaveValue('Keukentafelgesprek (kopie)');
  await expect(copy).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(editor.cards()).toHaveCount(5);
  await page.keyboard.press('Control+Shift+z');
  await expect(editor.cards()).toHaveCount(6);
  await editor.waitSaved();
  await page.reload();
  await expect(editor.card('Keukentafelgesprek (kopie)')).toHaveCount(1);
  await expect(editor.card('Keukentafelgesprek (kopie)')).toHaveCSS('grid-column-start', '4');
});

test('clearing the title is refused in plain Dutch and the title stays', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(3);
  await editor.title().fill('');
  await expect(page.locator('.notice-error')).toHaveText(/Een reis heeft een titel nodig; de vorige titel blijft staan\./);
  await editor.title().blur();
  await expect(editor.title()).toHaveValue('Intake als welkom');
});

test('a card dragged onto another lane and column moves there, and undo takes it back', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(3);
  const welkom = editor.card('Welkom');
  await expect(welkom).toHaveCSS('grid-row-start', '4');
  await expect(welkom).toHaveCSS('grid-column-start', '3');
  // The first lane (Huisarts), in the third column: label 188 px, columns 208 px.
  await welkom.dragTo(page.locator('.lane-band').first(), { targetPosition: { x: 188 + 2 * 208 + 100, y: 30 } });
  await expect(welkom).toHaveCSS('grid-row-start', '3');
  await expect(welkom).toHaveCSS('grid-column-start', '4');
  // One drag is one step of undo.
  await page.locator('.topbar').getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(welkom).toHaveCSS('grid-row-start', '4');
  await expect(welkom).toHaveCSS('grid-column-start', '3');
});

test('dates are typed and shown day first in the chosen language, whatever the browser, a wrong one keeps the date, and waits read in their own unit', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(0);
  const card = editor.card('Aanmelden aan de balie');
  await card.click();
  const date = page.locator('aside.detail').getByLabel('Datum', { exact: true });
  await expect(date).toHaveValue('11-03-2024');
  // Waiting times in the client's own unit, with a real plural.
  await expect(card.locator('.mark-wait')).toHaveText('Wachttijd: 45 minuten');
  await expect(editor.card('Wachten op een reactie').locator('.mark-wait')).toHaveText('Wachttijd: 5 weken');
  await date.fill('7-3-2024');
  await date.press('Tab');
  await expect(date).toHaveValue('07-03-2024');
  await expect(card.locator('.card-date')).toHaveText('07-03-2024');
  // Typing the date and leaving the field is one change: one undo brings the old date back.
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(card.locator('.card-date')).toHaveText('11-03-2024');
  await page.getByRole('button', { name: 'Opnieuw' }).click();
  await expect(card.locator('.card-date')).toHaveText('07-03-2024');

  // Not a date: the field says how to write one, and the journey keeps its date.
  await date.fill('31-02-2024');
  await date.press('Tab');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('aside.detail')).toContainText('Geen datum: schrijf dag-maand-jaar');
  await expect(card.locator('.card-date')).toHaveText('07-03-2024');

  // ISO, as pasted from a spreadsheet, is understood; English shows day/month/year.
  await date.fill('2024-03-08');
  await date.press('Tab');
  await expect(date).toHaveAttribute('aria-invalid', 'false');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('aside.detail').getByLabel('Date', { exact: true })).toHaveValue('08/03/2024');
  await expect(card.locator('.card-date')).toHaveText('08/03/2024');
  await expect(editor.card('Wachten op een reactie').locator('.mark-wait')).toHaveText('Waiting time: 5 weeks');
});

test('the map is one tab stop; arrow keys walk its cards, each heard with its place, agency, emotion and title', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  await library.openExample(0);
  const total = await page.locator('.card').count();
  await expect(page.locator('.card[tabindex="0"]')).toHaveCount(1);
  await page.locator('.card[tabindex="0"]').focus();
  const focused = page.locator('.card:focus');
  await expect(focused).toHaveAccessibleName(new RegExp(`^Contactmoment 1 van ${total}, `));
  await page.keyboard.press('ArrowRight');
  await expect(focused).toHaveAccessibleName(new RegExp(`^Contactmoment 2 van ${total}, Gemeente, .*Beleving: Negatief.*Aanmelden aan de balie`));
  // The focused card is selected, and becomes the map's one tab stop.
  await expect(page.locator('.card[tabindex="0"]')).toHaveAccessibleName(/^Contactmoment 2 van/);
  await expect(page.locator('.card-selected')).toHaveCount(1);
  await expect(page.locator('.card[aria-pressed="true"]')).toHaveAccessibleName(/^Contactmoment 2 van/);
  await page.keyboard.press('ArrowLeft');
  await expect(focused).toHaveAccessibleName(/^Contactmoment 1 van/);
  // Down: the nearest card in time in the next lane that has cards.
  await page.keyboard.press('ArrowDown');
  await expect(focused).toHaveAccessibleName(/^Contactmoment 2 van \d+, Gemeente, /);
  await page.keyboard.press('ArrowUp');
  await expect(focused).toHaveAccessibleName(/^Contactmoment 1 van/);
  // Enter goes into the panel that edits the card; Escape comes back to the card.
  await page.keyboard.press('Enter');
  await expect(page.locator('aside.detail').getByLabel('Korte titel')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(focused).toHaveAccessibleName(/^Contactmoment 1 van/);
});

test('a map zooms out to fit, keeps steps and curve over their cards, and remembers the zoom per journey', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  await library.openExample(0);
  const level = page.locator('.map-zoom-level');
  await expect(level).toHaveText('100 %');
  await page.getByRole('button', { name: 'Passend' }).click();
  // The whole map is in view: nothing left to scroll.
  await expect.poll(() => page.locator('.map-wrap').evaluate((w) =>
    w.scrollWidth <= w.clientWidth + 1 && w.scrollHeight <= w.clientHeight + 1)).toBe(true);
  const fitted = parseInt(await level.innerText(), 10);
  expect(fitted).toBeLessThan(100);

  // At that zoom each step number and each point of the curve stays over its own card.
  const centre = async (box: Promise<{ x: number; width: number } | null>) => { const b = (await box)!; return b.x + b.width / 2; };
  // The curve's points and its dots (a subpath each, from its left edge) on the page: the
  // drawing's units scaled to the drawing's box.
  const curve = await page.locator('.map-curve svg.curve').evaluate((svg: SVGSVGElement) => {
    const box = svg.getBoundingClientRect();
    const x = (u: number) => box.left + u * (box.width / svg.viewBox.baseVal.width);
    const line = svg.querySelector('.curve-line') as SVGPolylineElement;
    const points = Array.from({ length: line.points.numberOfItems }, (_, i) => x(line.points.getItem(i).x));
    const dots = [...svg.querySelectorAll('path.curve-dot')]
      .flatMap((p) => p.getAttribute('d')!.split('M').slice(1).map((d) => x(Number(d.split(' ')[0]) + 7)))
      .sort((a, b) => a - b);
    return { points, dots };
  });
  expect(curve.dots.length).toBe(curve.points.length);
  for (const i of [0, 7]) {
    const card = await centre(page.locator('.card').nth(i).boundingBox());
    expect(Math.abs(await centre(page.locator('.map-steps > span').nth(i).boundingBox()) - card)).toBeLessThan(2);
    expect(Math.abs(curve.points[i] - card)).toBeLessThan(2);
    expect(Math.abs(curve.dots[i] - card)).toBeLessThan(2);
  }

  // + on the map zooms in a step (and not the whole page); 0 fits again.
  await page.locator('.card').first().focus();
  const shown = async () => parseInt(await level.innerText(), 10);
  await page.keyboard.press('+');
  await expect.poll(shown).toBeGreaterThan(fitted);
  const closer = await shown();
  await page.keyboard.press('Control+-');
  await expect.poll(shown).toBeLessThan(closer);
  expect(await page.evaluate(() => window.devicePixelRatio)).toBe(1);
  await page.keyboard.press('0');
  await expect(level).toHaveText(`${fitted} %`);

  // Remembered for this journey on this device; another journey opens at full size.
  await page.reload();
  await expect(level).toHaveText(`${fitted} %`);
  await page.getByRole('button', { name: /Bibliotheek/ }).click();
  await library.newJourney();
  await expect(level).toHaveText('100 %');
});

test('the overview strip shows which part of a long map is in view; a tap on it scrolls there', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  await library.openExample(0);
  const strip = page.locator('.map-overview');
  await expect(strip).toBeVisible();
  // A block per card: one path per lane, a subpath per card.
  const blocks = await strip.locator('path').evaluateAll((ps) => ps.flatMap((p) => p.getAttribute('d').split('M').slice(1).map((b) => Number(b.split(' ')[0]))));
  expect(blocks.length).toBe(await page.locator('.card').count());
  // Placed as the cards are: the first column after the lane labels, the last at the far end.
  expect(Math.min(...blocks)).toBeGreaterThan(50);
  expect(Math.max(...blocks)).toBeGreaterThan(850);
  await expect(strip.locator('path')).toHaveCount(await page.locator('.lane-band').count());
  const wrap = page.locator('.map-wrap');
  expect(await wrap.evaluate((e) => e.scrollLeft)).toBe(0);
  const box = (await strip.boundingBox())!;
  await page.mouse.click(box.x + box.width - 3, box.y + box.height / 2);
  await expect.poll(() => wrap.evaluate((e) => e.scrollLeft + e.clientWidth >= e.scrollWidth - 2)).toBe(true);
  await expect.poll(async () => Number(await page.locator('.map-overview-frame').getAttribute('x'))).toBeGreaterThan(400);
  // Scrolling the map moves the frame back.
  await wrap.evaluate((e) => e.scrollTo({ left: 0 }));
  await expect.poll(async () => Number(await page.locator('.map-overview-frame').getAttribute('x'))).toBe(0);
  // A map that fits whole needs no strip.
  await page.getByRole('button', { name: 'Passend' }).click();
  await expect(strip).toBeHidden();
});

test('persona and goal fold away for a taller map, and stay folded after a reload', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  await library.openExample(0);
  const toggle = page.getByRole('button', { name: 'Persona en doel' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const persona = page.getByLabel('Persona (pseudoniem)');
  await expect(persona).toBeVisible();
  const before = (await page.locator('.map-wrap').boundingBox())!.height;
  await toggle.click();
  await expect(persona).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect((await page.locator('.map-wrap').boundingBox())!.height).toBeGreaterThan(before + 100);
  await page.reload();
  await expect(page.locator('.card').first()).toBeVisible();
  await expect(persona).toBeHidden();
  await page.getByRole('button', { name: 'Persona en doel' }).click();
  await expect(persona).toBeVisible();
});
