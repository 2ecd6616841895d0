import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { Library, exportJourney, fileInput } from './pages';

// Evaluated through the browser's debugging protocol: the page's Content Security Policy
// rightly refuses an injected <script> tag.
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

// axe-core (npm, run inside the page) on every screen: WCAG 2.1 A and AA rules, contrast
// included. Any violation fails with the rule, the element and axe's explanation.
// The same walk over every screen proves the Content Security Policy holds: no screen does
// anything the policy refuses (an inline script, a style or image from elsewhere).
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    // @ts-expect-error a test-only global
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      // @ts-expect-error a test-only global
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
});

async function audit(page: Page, what: string) {
  // @ts-expect-error a test-only global
  expect(await page.evaluate(() => window.__csp), `CSP violations on ${what}`).toEqual([]);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
  await page.evaluate(AXE);
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
  // Client mode (the vertelpunt), full screen on its own.
  await page.getByRole('tab', { name: /Verhalen/ }).click();
  await page.getByRole('button', { name: 'Vertelpunt starten' }).click();
  await expect(page.getByRole('dialog', { name: 'Vertelpunt' })).toBeVisible();
  await audit(page, 'client mode');
  // The panel that asks about journeys already in the library.
  await page.goto('/#/');
  const text = await exportJourney(page, 'Jan: van schulden naar werk');
  await fileInput(page).setInputFiles({ name: 'j.json', mimeType: 'application/json', buffer: Buffer.from(text.replace('"goal":"', '"goal":"Anders: ')) });
  await expect(page.getByRole('group', { name: /staan al in de bibliotheek/ })).toBeVisible();
  await audit(page, 'import choices');
  await page.goto('/#/privacy');
  await expect(page.getByRole('heading', { name: 'Privacy en gegevens' })).toBeVisible();
  await audit(page, 'privacy');
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
