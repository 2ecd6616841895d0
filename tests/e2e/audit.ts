import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { Library } from './pages';

// Evaluated through the browser's debugging protocol: the page's Content Security Policy
// rightly refuses an injected <script> tag.
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

// axe-core (npm, run inside the page) on every screen: WCAG 2.1 A and AA rules, contrast
// included. Any violation fails with the rule, the element and axe's explanation.
// The same walk over every screen proves the Content Security Policy holds: no screen does
// anything the policy refuses (an inline script, a style or image from elsewhere).
/** Collects Content Security Policy violations from the page's start on; `audit` reads them. */
export async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    // @ts-expect-error a test-only global
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      // @ts-expect-error a test-only global
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
}

/** axe-core's WCAG 2.1 A/AA rules (contrast included) and no CSP violation, on what is shown. */
export async function audit(page: Page, what: string) {
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


/** From the open library through an example's map (a touchpoint selected), stories,
 * signifiers and report, auditing each; `look` names the look checked. Ends on the report. */
export async function auditJourneyScreens(page: Page, look: string) {
  await audit(page, `${look}library`);
  const editor = await new Library(page).openExample(0);
  await editor.card('Aanmelden aan de balie').click();
  await audit(page, `${look}map with a touchpoint selected`);
  for (const tab of ['Verhalen', 'Duidingsvragen', 'Rapport']) {
    await page.getByRole('tab', { name: new RegExp(tab) }).click();
    await audit(page, `${look}${tab}`);
  }
}

/** The patterns page, once its first figure is drawn. */
export async function auditPatterns(page: Page, look: string) {
  await page.goto('/#/patronen');
  await expect(page.locator('.figure').first()).toBeVisible();
  await audit(page, `${look}patterns`);
}
