import { test, expect } from './test';
import { type Page } from '@playwright/test';
import { Library } from './pages';

const answer = (page: Page, question: string) => page.locator(`aside.detail .answer[data-question="${question}"]`);

/** Everything the detail panel shows of the answers, to compare before and after a reload. */
async function answers(page: Page) {
  return {
    focus: await answer(page, 'focus').getByRole('slider').getAttribute('aria-valuetext'),
    seen: await answer(page, 'seen').getByRole('slider').inputValue(),
    grip: await answer(page, 'grip').getByRole('slider').inputValue(),
    stressNa: await answer(page, 'stress').getByRole('button', { name: /Niet van toepassing/ }).getAttribute('aria-pressed'),
    initiative: await answer(page, 'initiative').locator('input:checked').evaluate((i) => (i.parentElement as HTMLElement).innerText),
    better: await answer(page, 'better').locator('textarea').inputValue(),
    emotion: await page.locator('aside.detail .emotion-picker input:checked').evaluate((i) => (i.parentElement as HTMLElement).innerText),
  };
}

async function openWelkom(page: Page) {
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(3);
  await editor.card('Welkom').click();
  await expect(answer(page, 'focus')).toBeVisible();
  return editor;
}

test('the default signifiers answered with the mouse are stored exactly', async ({ page }) => {
  const editor = await openWelkom(page);

  // Triad: a click on the top corner is all "rules and procedures".
  const triad = answer(page, 'focus').locator('svg.triad-area');
  await triad.scrollIntoViewIfNeeded();
  const box = (await triad.boundingBox())!;
  const pad = 0.06, h = Math.sqrt(3) / 2;
  await page.mouse.click(box.x + box.width * (pad + 0.5) / (1 + 2 * pad), box.y + box.height * (pad + 0.01) / (h + 2 * pad));
  await expect(triad).toHaveAttribute('aria-valuetext', /de regels en procedures (9\d|100)%/);

  // Drag the dot to the bottom-right corner: all "the people who helped me".
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.6);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * (pad + 1) / (1 + 2 * pad), box.y + box.height * (pad + h) / (h + 2 * pad), { steps: 5 });
  await page.mouse.up();
  await expect(triad).toHaveAttribute('aria-valuetext', /de mensen die mij hielpen (9\d|100)%/);

  for (const [q, at] of [['seen', 0.2], ['grip', 0.8]] as const) {
    const slider = answer(page, q).getByRole('slider');
    await slider.scrollIntoViewIfNeeded();
    const b = (await slider.boundingBox())!;
    await page.mouse.click(b.x + b.width * at, b.y + b.height / 2);
  }
  await answer(page, 'stress').getByRole('button', { name: /Niet van toepassing/ }).click();
  await answer(page, 'initiative').getByText('de instantie').click();
  await answer(page, 'better').locator('textarea').fill('Een vaste contactpersoon');
  await page.locator('aside.detail .emotion-option').getByText('Positief', { exact: true }).click();

  const before = await answers(page);
  expect(Number(before.seen)).toBeLessThan(35);
  expect(Number(before.grip)).toBeGreaterThan(65);
  expect(before.stressNa).toBe('true');
  await expect(editor.card('Welkom')).toContainText('7/7 duiding');
  await editor.waitSaved();
  await page.reload();
  await editor.card('Welkom').click();
  expect(await answers(page)).toEqual(before);
});

test('the default signifiers can be answered with the keyboard only', async ({ page }) => {
  const editor = await openWelkom(page);

  const triad = answer(page, 'focus').getByRole('slider');
  await triad.focus();
  await page.keyboard.press('Home'); // the centre: a third each, read as 34 + 33 + 33 = 100
  await expect(triad).toHaveAttribute('aria-valuetext', /de regels en procedures 34%.*mijn eigen situatie en wat ik nodig had 33%.*de mensen die mij hielpen 33%/);
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowUp');
  await expect(triad).toHaveAttribute('aria-valuenow', /^(4\d|5\d)$/);

  const seen = answer(page, 'seen').getByRole('slider');
  await seen.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(seen).toHaveValue('53');
  await answer(page, 'grip').getByRole('slider').focus();
  await page.keyboard.press('End');
  await answer(page, 'stress').getByRole('button', { name: /Niet van toepassing/ }).focus();
  await page.keyboard.press('Enter');

  await answer(page, 'initiative').getByRole('radio').first().focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown'); // radio groups move the choice with arrows
  await expect(answer(page, 'initiative').getByRole('radio').nth(1)).toBeChecked();
  await answer(page, 'better').locator('textarea').focus();
  await page.keyboard.type('Eerst vragen hoe het gaat');

  // The emotion picker is a radio group too.
  await page.locator('aside.detail .emotion-picker input').nth(4).focus();
  await page.keyboard.press('Space');

  const before = await answers(page);
  expect(before.grip).toBe('100');
  expect(before.initiative).toBe('de instantie');
  await editor.waitSaved();
  await page.reload();
  await editor.card('Welkom').click();
  expect(await answers(page)).toEqual(before);
});

test('every answer widget has an accessible name', async ({ page }) => {
  await openWelkom(page);
  await expect(answer(page, 'focus').getByRole('slider', { name: 'In dit contact ging het vooral om…' })).toBeVisible();
  await expect(answer(page, 'seen').getByRole('slider', { name: 'Ik voelde me…' })).toBeVisible();
  await expect(answer(page, 'initiative').getByRole('group', { name: 'Wie nam het initiatief?' })).toBeVisible();
  await expect(answer(page, 'better').getByRole('textbox', { name: 'Wat had dit contact beter gemaakt?' })).toBeVisible();
  await expect(page.locator('aside.detail').getByRole('group', { name: 'Beleving', exact: true })).toBeVisible();
  for (const radio of await page.locator('aside.detail .answer input, aside.detail .emotion-picker input').all()) {
    const name = await radio.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.innerText.trim() ?? '');
    expect(name.length).toBeGreaterThan(0);
  }
});
