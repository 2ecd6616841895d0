import { test, expect } from './test';
import { type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { Library, Editor, moreAction } from './pages';

const GROUPS = ['Rood', 'Groen', 'Blauw'];

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const pending = page.waitForEvent('download');
  await click();
  const file = await pending;
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

async function importFile(page: Page, name: string, text: string) {
  await page.locator('.import input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** One group at its own laptop: opens the package, adds a pain point and an idea, exports its journey. */
async function groupWorks(browser: Browser, pkg: { name: string; text: string }, group: string, pain: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new Library(page).open();
  await importFile(page, pkg.name, pkg.text);
  // The package opens straight into the group's journey, with the workshop and assignment.
  const editor = new Editor(page);
  await expect(editor.title()).toHaveValue(`Brainbootcamp Zaandam: ${group}`);
  await expect(page.locator('.workshop-banner')).toContainText(`Workshop Brainbootcamp Zaandam · ${group}`);
  await expect(page.locator('.workshop-assignment')).toHaveText('Lees het verslag van hulpverlener Y.');
  await editor.card('Zes uur wachten').click();
  const pains = editor.detail().getByRole('textbox', { name: /Nieuw knelpunt/ });
  await pains.fill(pain);
  await pains.press('Enter');
  await editor.detail().getByRole('button', { name: 'Idee bij deze kans: Een rustige plek en een vaste contactpersoon' }).click();
  await page.getByRole('group', { name: 'Idee' }).getByLabel('Idee', { exact: true }).fill(`Idee van ${group}`);
  await page.getByRole('tab', { name: 'Kaart' }).click();
  await editor.waitSaved();
  const file = await download(page, () => moreAction(page, 'Reis exporteren'));
  await context.close();
  return file;
}

test('a workshop from template to plenary: packages, three groups, merge, re-import without duplicates', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const library = new Library(page);
  await library.open();
  await page.getByRole('button', { name: '+ Nieuwe workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Workshop', exact: true })).toBeVisible();
  const name = page.getByLabel('Naam van de workshop');
  await name.fill('');
  await expect(page.locator('.notice', { hasText: 'Een workshop heeft een naam nodig' })).toBeVisible();
  await name.fill('Brainbootcamp Zaandam');
  const add = page.getByRole('textbox', { name: /Nieuwe groep/ });
  for (const g of GROUPS) {
    await add.fill(g);
    await add.press('Enter');
  }
  await page.getByLabel('Opdracht en interview').fill('Lees het verslag van hulpverlener Y.');
  // Typing is stored a moment after the last key.
  await page.waitForTimeout(800);

  // One click per group hands out its package (and keeps the group's copy here).
  const packages = [];
  for (const g of GROUPS) {
    packages.push(await download(page, () => page.getByRole('button', { name: `Pakket ${g}` }).click()));
  }
  expect(packages.map((p) => p.name)).toEqual(GROUPS.map((g) => `brainbootcamp-zaandam-${g.toLowerCase()}.klantreis.json`));
  const ids = packages.map((p) => JSON.parse(p.text).journeys[0].id);
  expect(new Set(ids).size).toBe(3);

  // The groups work in their own browsers.
  const returned = [];
  for (const [i, g] of GROUPS.entries()) {
    returned.push(await groupWorks(browser, packages[i], g, i < 2 ? 'Niemand legt uit wat er gebeurt' : `Alleen ${g} zag dit`));
  }

  // Plenary: the facilitator imports the three files into the workshop.
  for (const f of returned) await importFile(page, f.name, f.text);
  const summary = page.locator('.workshop-summary');
  const pains = summary.locator('.mentions').first();
  const rowOf = (text: string) => pains.locator('tbody tr', { has: page.getByRole('rowheader', { name: text, exact: true }) });
  // A pain point of the template: named by every group.
  await expect(rowOf('Zes uur wachten, zwanger').locator('td')).toHaveText(['3', 'Rood, Groen, Blauw']);
  await expect(rowOf('Niemand legt uit wat er gebeurt').locator('td')).toHaveText(['2', 'Rood, Groen']);
  await expect(rowOf('Alleen Blauw zag dit').locator('td')).toHaveText(['1', 'Blauw']);
  // Most frequent first.
  const order = await pains.locator('tbody th').allInnerTexts();
  expect(order.indexOf('Zes uur wachten, zwanger')).toBeLessThan(order.indexOf('Niemand legt uit wat er gebeurt'));
  expect(order.indexOf('Niemand legt uit wat er gebeurt')).toBeLessThan(order.indexOf('Alleen Blauw zag dit'));
  // The list goes into the report as CSV.
  const csv = await download(page, () => pains.getByRole('button', { name: 'CSV' }).click());
  expect(csv.name).toBe('knelpunten.csv');
  expect(csv.text).toContain('Niemand legt uit wat er gebeurt;2;Rood, Groen');
  // Every group's idea together, each with the group's journey.
  const ideas = summary.locator('.mentions', { has: page.getByRole('heading', { name: 'Ideeën van de groepen' }) });
  await expect(ideas.locator('tbody tr')).toHaveCount(3);
  for (const g of GROUPS) {
    await expect(ideas.locator('tbody tr', { hasText: `Idee van ${g}` })).toContainText(`Brainbootcamp Zaandam: ${g}`);
  }
  // And in one matrix, each named by its group; not yet scored, all three in the middle.
  const middle = summary.locator('.matrix-table tbody tr').nth(2).locator('td').nth(2);
  await expect(middle.locator('.idea-chip')).toHaveCount(3);
  for (const g of GROUPS) {
    await expect(middle.locator('.idea-chip', { hasText: `${g}: Idee van ${g} (Impact 3, inspanning 3)` })).toHaveCount(1);
  }
  // The groups' signifiers pooled: one figure per question.
  await expect(summary.locator('section.figure')).toHaveCount(6);
  // The template had no answers yet: no empty charts, a sentence instead.
  await expect(summary.locator('.figure-empty')).toHaveCount(6);
  await expect(summary.locator('.figure-empty').first()).toHaveText('Geen antwoorden in deze selectie.');
  for (const g of GROUPS) {
    await expect(page.locator('.group-row', { hasText: g })).toContainText('6 contactmomenten');
  }

  // Importing the same group file again changes nothing: still one journey per group.
  await importFile(page, returned[0].name, returned[0].text);
  await expect(page.locator('.notice', { hasText: 'Import klaar: 0 nieuw, 0 vervangen, 0 als kopie naast je eigen versie, 1 niet opgeslagen' }).first()).toBeVisible();
  await page.goto('/#/');
  for (const g of GROUPS) {
    await expect(library.rows().filter({ hasText: `Brainbootcamp Zaandam: ${g}` })).toHaveCount(1);
  }
});

test('the presentation steps through a journey by keyboard and shows two groups side by side', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  await page.getByRole('button', { name: '+ Nieuwe workshop' }).click();
  const add = page.getByRole('textbox', { name: /Nieuwe groep/ });
  for (const g of ['A', 'B']) {
    await add.fill(g);
    await add.press('Enter');
  }
  await page.waitForTimeout(800);
  for (const g of ['A', 'B']) {
    await download(page, () => page.getByRole('button', { name: `Pakket ${g}` }).click());
  }
  // The template is edited in the normal editor, with the way back to the workshop.
  await page.getByRole('button', { name: 'Sjabloon en duidingsvragen bewerken' }).click();
  await expect(page.locator('.workshop-banner')).toContainText('Sjabloon van workshop Nieuwe workshop');
  await page.getByRole('button', { name: 'Naar de workshop' }).click();
  await expect(page).toHaveURL(/#\/workshop\//);

  // The countdown runs on: started here, it shows on the projector and is still running back.
  await expect(page.locator('.present-bar')).toHaveCount(0);
  await page.getByLabel('Minuten').fill('1');
  await page.getByLabel('Minuten').press('Tab');
  await expect(page.locator('.timer-clock')).toHaveText('01:00');
  await page.getByRole('button', { name: 'Start' }).click();

  const row = page.locator('.group-row', { hasText: 'A' }).first();
  await row.getByRole('button', { name: 'Presenteren' }).click();
  await expect(page.locator('.present-step')).toHaveText('Stap 1 van 6');
  await expect(page.locator('.timer-badge')).toHaveText(/^00:[0-5]\d$/);
  await expect(page.locator('.present-card h2')).toHaveText('Samen naar de gemeente');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.present-step')).toHaveText('Stap 3 van 6');
  await expect(page.locator('.present-card h2')).toHaveText('Er is geen woonruimte');
  await expect(page.locator('.present-curve circle')).toHaveCount(3);
  await page.keyboard.press('End');
  await expect(page.locator('.present-curve circle')).toHaveCount(6);
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.present-step')).toHaveText('Stap 5 van 6');
  // Space steps, except on a focused button, where it presses the button once.
  await page.keyboard.press('Home');
  await page.keyboard.press(' ');
  await expect(page.locator('.present-step')).toHaveText('Stap 2 van 6');
  await page.getByRole('button', { name: 'Vorige' }).focus();
  await page.keyboard.press(' ');
  await expect(page.locator('.present-step')).toHaveText('Stap 1 van 6');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/workshop\//);
  await expect(page.getByRole('button', { name: 'Pauze' })).toBeVisible();
  await expect(page.locator('.timer-clock')).toHaveText(/^00:[0-5]\d$/);
  await page.getByRole('button', { name: 'Pauze' }).click();

  // Two groups side by side.
  for (const g of ['A', 'B']) await page.locator('.group-row', { hasText: g }).first().getByRole('checkbox').check();
  await page.getByRole('button', { name: /naast elkaar presenteren/ }).click();
  await expect(page.locator('.present-column')).toHaveCount(2);
  await expect(page.locator('.present-group')).toHaveText(['A', 'B']);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.present-curve').first().locator('circle')).toHaveCount(2);
  await expect(page.locator('.present-curve').nth(1).locator('circle')).toHaveCount(2);

  // Taking group A out of the list keeps B's journey with B, and A's journey stays listed.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Verwijder “A”' }).click();
  await expect(page.locator('.group-row')).toHaveCount(2);
  const b = page.locator('.group-row').first();
  await expect(b.locator('.group-name')).toHaveText('B');
  await expect(b).toContainText('6 contactmomenten');
  await expect(b.getByRole('button', { name: 'Pakket B' })).toBeVisible();
  const orphan = page.locator('.group-row').nth(1);
  await expect(orphan.locator('.group-name')).toHaveText('A');
  await expect(orphan.getByRole('button', { name: /Pakket/ })).toHaveCount(0);
});

/** Example 0 (eight touchpoints) from its editor onto the projector, at its first step. */
async function onTheProjector(page: Page) {
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(0);
  await editor.waitSaved();
  await page.getByRole('button', { name: 'Presenteren' }).click();
  await expect(page.locator('.present-step')).toHaveText('Stap 1 van 8');
  return editor;
}

test('any journey goes on the projector from its editor, and Escape brings it back', async ({ page }) => {
  const editor = await onTheProjector(page);
  await expect(page.locator('.present-card h2')).toHaveText('Tip van een kennis');
  await page.keyboard.press('Escape');
  await expect(editor.title()).toHaveValue('Jan: van schulden naar werk');
});

test('K on the projector shows the whole map fitted to the screen, and K again the steps', async ({ page }) => {
  await onTheProjector(page);
  await page.keyboard.press('k');
  const map = page.getByRole('img', { name: 'De hele klantreis “Jan: van schulden naar werk” als kaart, 8 contactmomenten.' });
  await expect(map).toBeVisible();
  // The image decoded (a broken SVG would have no size) and fits within the screen.
  expect(await map.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(1000);
  const box = (await map.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
  expect(box.y + box.height).toBeLessThanOrEqual(720);
  await expect(page.locator('.present-card')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Hele kaart' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.present-step')).toHaveText('Hele kaart');
  await page.keyboard.press('k');
  await expect(page.locator('.present-card h2')).toHaveText('Tip van een kennis');
  await expect(page.locator('.present-step')).toHaveText('Stap 1 van 8');
});

test('the projector for a journey that is not in this browser says so in Dutch', async ({ page }) => {
  await new Library(page).open();
  await page.goto('/#/presentatie/bestaat-niet');
  await expect(page.getByRole('alert')).toHaveText('Deze klantreis bestaat niet (meer) in deze browser.');
});
