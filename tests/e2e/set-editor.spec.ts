import { test, expect } from './test';
import { Library } from './pages';

test('a facilitator edits the signifier set; answered questions are retired, not lost', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(0); // Jan: touchpoints with answers
  await page.getByRole('tab', { name: 'Duidingsvragen' }).click();
  const set = page.locator('.set-editor');
  await expect(set).toContainText('versie 1');

  const seen = set.locator('.question').filter({ has: page.locator('code', { hasText: /^seen$/ }) });
  const prompt = seen.getByLabel('Vraag (Nederlands)');
  await prompt.fill('Ik werd behandeld als…');
  await prompt.press('End');
  await page.keyboard.type(' mens');
  // One edit of an answered set: one new version, however many keystrokes.
  await expect(set).toContainText('versie 2');
  await expect(prompt).toHaveValue('Ik werd behandeld als… mens');

  await seen.getByRole('button', { name: 'Vraag weghalen' }).click();
  await expect(seen.getByRole('button', { name: 'Weer stellen' })).toBeVisible();
  await expect(seen).toContainText('de antwoorden blijven bewaard');

  await page.getByLabel('Soort vraag').selectOption({ label: 'Keuze' });
  await page.getByRole('button', { name: /Vraag toevoegen/ }).click();
  const added = set.locator('.question').last();
  await added.getByLabel('Vraag (Nederlands)').fill('Via welk kanaal?');
  await added.getByRole('button', { name: /Optie toevoegen/ }).click();
  await expect(added.locator('.option-row')).toHaveCount(3);
  await added.getByLabel('Optie 3 (Nederlands)').fill('WhatsApp');

  await editor.waitSaved();
  await page.reload();
  await page.getByRole('tab', { name: 'Kaart' }).click();
  await editor.card('Aanmelden aan de balie').click();
  const panel = editor.detail();
  await expect(panel.locator('.answer[data-question="seen"]')).toHaveCount(0);
  await expect(panel.getByRole('group', { name: 'Via welk kanaal?' })).toContainText('WhatsApp');

  // The retired question's answer is still stored: asking it again shows it.
  await page.getByRole('tab', { name: 'Duidingsvragen' }).click();
  await set.locator('.question').filter({ has: page.locator('code', { hasText: /^seen$/ }) }).getByRole('button', { name: 'Weer stellen' }).click();
  await page.getByRole('tab', { name: 'Kaart' }).click();
  await editor.card('Aanmelden aan de balie').click();
  await expect(panel.locator('.answer[data-question="seen"]').getByRole('slider', { name: 'Ik werd behandeld als… mens' })).toHaveValue('20');
});
