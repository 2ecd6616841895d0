import { test, expect, type Page } from '@playwright/test';
import { Library } from './pages';

// axe-core (npm, run inside the page) on every screen: WCAG 2.1 A and AA rules, contrast
// included. Any violation fails with the rule, the element and axe's explanation.
async function audit(page: Page, what: string) {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const violations = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations.map((v: { id: string; help: string; nodes: { target: string[]; failureSummary: string }[] }) =>
      `${v.id}: ${v.help}\n` + v.nodes.slice(0, 3).map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n'));
  });
  expect(violations, `${what}:\n${violations.join('\n')}`).toEqual([]);
}

test('library, editor, stories, signifiers and report pass axe', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  await audit(page, 'library');
  const editor = await library.openExample(0);
  await editor.card('Aanmelden aan de balie').click();
  await audit(page, 'map with a touchpoint selected');
  for (const tab of ['Verhalen', 'Duidingsvragen', 'Rapport']) {
    await page.getByRole('tab', { name: new RegExp(tab) }).click();
    await audit(page, tab);
  }
});

test('patterns, workshop and projector pass axe', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  await library.openExample(0);
  await page.goto('/#/patronen');
  await expect(page.locator('.figure').first()).toBeVisible();
  await audit(page, 'patterns');
  await page.goto('/#/');
  await page.getByRole('button', { name: '+ Nieuwe workshop' }).click();
  const add = page.getByRole('textbox', { name: /Nieuwe groep/ });
  await add.fill('Rood');
  await add.press('Enter');
  await page.waitForTimeout(600);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Pakket Rood' }).click();
  await download;
  await expect(page.locator('.group-row')).toContainText('6 contactmomenten');
  await audit(page, 'workshop');
  await page.locator('.group-row').getByRole('button', { name: 'Presenteren' }).click();
  await page.keyboard.press('ArrowRight');
  await audit(page, 'projector');
});
