import { test, expect } from './test';
import { Library } from './pages';
import { audit, watchCsp } from './audit';

// The gekanteld verslag: the journey told from the client's side, made of the map's own
// words, reworded where the group wants, and always traceable to its source.

test('the gekanteld verslag tells the client’s words first, keeps a reworded sentence, flags a changed source and leads back to it', async ({ page }) => {
  await watchCsp(page);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(0);
  const openRetold = async () => {
    await page.getByRole('tab', { name: 'Rapport' }).click();
    await page.getByRole('button', { name: 'Gekanteld verslag' }).click();
    await expect(page.getByRole('button', { name: 'Gekanteld verslag' })).toHaveAttribute('aria-pressed', 'true');
  };
  await openRetold();
  const report = page.locator('article.retold');
  await expect(report.locator('.retold-subtitle')).toHaveText('De reis zoals Jan die beleefde, in eigen woorden');
  // Phases in their order; within every step the client's words, then what happened, then pain.
  await expect(report.locator('.retold-phase').first()).toBeVisible();
  const order = await report.locator('.retold-step').evaluateAll((steps) =>
    steps.map((s) => [...s.querySelectorAll('.retold-sentence')].map((x) =>
      x.classList.contains('retold-own') ? 0 : x.classList.contains('retold-happened') ? 1 : 2)));
  expect(order.length).toBeGreaterThan(3);
  for (const voices of order) expect(voices).toEqual([...voices].sort());
  expect(order.flat()).toContain(0);
  await audit(page, 'gekanteld verslag');

  // Reword the first of the client's sentences; it is kept with the journey.
  const first = report.locator('.retold-step').filter({ has: page.locator('.retold-own') }).first();
  const step = (await first.locator('h3').textContent())!;
  const source = (await first.locator('.retold-own blockquote').first().textContent())!.replace(/^“|”$/g, '');
  await page.getByLabel('Tekst aanpassen').check();
  const field = first.getByLabel(`Eigen woorden (${step})`).first();
  await expect(field).toHaveValue(source);
  await field.fill('Ik wist echt niet meer waar ik moest beginnen.');
  await editor.waitSaved();
  await page.reload();
  await openRetold();
  await expect(first.locator('.retold-own blockquote').first()).toHaveText('“Ik wist echt niet meer waar ik moest beginnen.”');
  await expect(first.getByRole('button', { name: 'Terug naar de bron' })).toBeVisible();

  // Its source changes on the map: the report points it out, with the new words.
  await first.getByRole('button', { name: `Bron: ${step}` }).first().click();
  await expect(page.getByRole('tab', { name: 'Kaart' })).toHaveAttribute('aria-selected', 'true');
  await expect(editor.detail().getByLabel('Korte titel', { exact: true })).toHaveValue(step);
  await editor.detail().getByLabel('Citaat', { exact: true }).fill('Ik wist niet waar ik moest beginnen, echt niet.');
  await openRetold();
  await expect(first.locator('.retold-changed')).toContainText('Nu staat er: “Ik wist niet waar ik moest beginnen, echt niet.”');

  // Copied as text: the title, the reworded sentence in quotation marks.
  await page.getByRole('button', { name: 'Kopiëren als tekst' }).click();
  await expect(page.locator('.notice').last()).toContainText('Het gekanteld verslag staat op het klembord.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Jan: van schulden naar werk');
  expect(copied).toContain('“Ik wist echt niet meer waar ik moest beginnen.”');

  // Printed: A4 portrait (595 × 842 points), not the map report's landscape.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45][.\d]* 84[12]/);

  // Back to the source's words: the edit goes, one undo brings it back.
  await page.emulateMedia({ media: 'screen' });
  await first.getByRole('button', { name: 'Terug naar de bron' }).click();
  await expect(first.locator('.retold-own blockquote').first()).toHaveText('“Ik wist niet waar ik moest beginnen, echt niet.”');
  await page.locator('.topbar').getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(first.locator('.retold-own blockquote').first()).toHaveText('“Ik wist echt niet meer waar ik moest beginnen.”');
});
