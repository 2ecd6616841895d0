import { test, expect } from './test';
import { Library, fileInput, Editor, libreOffice } from './pages';
import { audit, watchCsp } from './audit';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

// Personas as library objects: a profile with an empathy map, journeys linked to it, the
// revision rule on their own store, and a backup that carries them into a fresh profile.

async function addTo(page: Page, list: string, item: string) {
  const group = page.getByRole('group', { name: list, exact: true });
  await group.getByRole('textbox', { name: 'Toevoegen…' }).fill(item);
  await group.getByRole('textbox', { name: 'Toevoegen…' }).press('Enter');
  await expect(group.getByRole('textbox', { name: `${list} ${await group.locator('li').count()}` })).toHaveValue(item);
}

async function newPersona(page: Page, name: string) {
  await page.getByRole('button', { name: 'Nieuwe persona' }).click();
  await expect(page).toHaveURL(/#\/persona\//);
  await page.getByLabel('Schuilnaam').fill(name);
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(page.locator('.save-status')).toHaveText('Opgeslagen');
}

test('a persona with an empathy map links two journeys, keeps them together and travels in a backup', async ({ page, browser }) => {
  await watchCsp(page);
  const library = new Library(page);
  await library.open();
  await newPersona(page, 'Mevrouw X');
  await page.getByLabel('Leeftijd').selectOption({ label: '45 tot 67' });
  await addTo(page, 'Zegt', 'Ik wil gewoon dat iemand terugbelt.');
  await addTo(page, 'Voelt', 'bang voor de post');
  await addTo(page, 'Pijnpunten', 'vijf keer hetzelfde verhaal');
  await addTo(page, 'Behoeften', 'één vast aanspreekpunt');
  await expect(page.locator('.save-status')).toHaveText('Opgeslagen');
  await expect(page.locator('.persona-head .avatar')).toHaveText('MX');
  await audit(page, 'persona page');

  // One journey started from the persona, one linked from the journey's own header.
  await page.getByRole('button', { name: 'Nieuwe reis van deze persona' }).click();
  const editor = new Editor(page);
  await expect(editor.title()).toBeVisible();
  const link = page.getByLabel('Persona-kaart');
  await expect(link.locator('option:checked')).toHaveText('Mevrouw X');
  await expect(page.getByLabel('Persona (pseudoniem)')).toHaveValue('Mevrouw X');
  await editor.waitSaved();
  await editor.backToLibrary();
  const x = await library.openExample(1);
  await link.selectOption({ label: 'Mevrouw X' });
  await x.waitSaved();
  await page.getByRole('tab', { name: 'Rapport' }).click();
  const report = page.locator('.report');
  await expect(report.locator('.persona-sheet')).toContainText('bang voor de post');
  await expect(report.locator('.persona-sheet')).toContainText('45 tot 67');
  // On the projector, the persona stands under the journey's title.
  await page.getByRole('button', { name: 'Presenteren' }).click();
  await expect(page.locator('.persona-line')).toContainText('Mevrouw X');
  await expect(page.locator('.persona-line .avatar')).toHaveText('MX');
  await page.keyboard.press('Escape');
  await expect(x.title()).toBeVisible();
  await x.backToLibrary();

  const card = page.locator('.persona-card').filter({ hasText: 'Mevrouw X' });
  await expect(card).toContainText('2 klantreizen');
  await card.getByRole('link', { name: 'Mevrouw X' }).click();
  await expect(page.locator('.persona-journey-list li')).toHaveCount(2);
  await page.reload();
  await expect(page.getByRole('group', { name: 'Voelt' }).getByRole('textbox', { name: 'Voelt 1' })).toHaveValue('bang voor de post');
  await expect(page.getByLabel('Leeftijd').locator('option:checked')).toHaveText('45 tot 67');

  await page.getByRole('button', { name: /Bibliotheek/ }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Reservekopie maken' }).click();
  const text = readFileSync((await (await download).path())!, 'utf8');
  expect(JSON.parse(text).personas).toHaveLength(1);
  // The workbook has a sheet of personas, the sixth, and the journeys name their persona.
  const workbook = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel (XLSX)' }).click();
  const xlsx = (await (await workbook).path())!;
  const personas = libreOffice(xlsx, 'xlsx', 6);
  expect(personas).toHaveLength(1);
  expect(personas[0]['persona']).toBe('Mevrouw X');
  expect(personas[0]['voelt']).toBe('bang voor de post');
  expect(personas[0]['leeftijd']).toBe('45-66');
  const journeys = libreOffice(xlsx, 'xlsx', 1);
  expect(journeys.filter((j) => j['persona-id'] === personas[0]['persona-id'])).toHaveLength(2);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const otherLibrary = new Library(other);
  await otherLibrary.open();
  await fileInput(other).setInputFiles({ name: 'reservekopie.klantreis.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(other.locator('.notice').filter({ hasText: 'Persona\'s' })).toContainText('1 nieuw, 0 bijgewerkt, 0 als kopie bewaard');
  const otherCard = other.locator('.persona-card').filter({ hasText: 'Mevrouw X' });
  await expect(otherCard).toContainText('2 klantreizen');
  await otherCard.getByRole('link', { name: 'Mevrouw X' }).click();
  await expect(other.getByRole('group', { name: 'Zegt' }).getByRole('textbox', { name: 'Zegt 1' })).toHaveValue('Ik wil gewoon dat iemand terugbelt.');
  await expect(other.locator('.persona-journey-list li')).toHaveCount(2);
  // The same backup again changes nothing.
  await other.getByRole('button', { name: /Bibliotheek/ }).click();
  await fileInput(other).setInputFiles({ name: 'reservekopie.klantreis.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(other.locator('.persona-card')).toHaveCount(1);
  await fresh.close();
});

test('two tabs editing one persona never overwrite each other: the later is kept as a copy', async ({ page, context }) => {
  const library = new Library(page);
  await library.open();
  await newPersona(page, 'Jan');
  const url = page.url();
  const second = await context.newPage();
  await second.goto(url);
  await expect(second.getByLabel('Schuilnaam')).toHaveValue('Jan');
  await addTo(page, 'Denkt', 'dit lukt me nooit');
  await expect(page.locator('.save-status')).toHaveText('Opgeslagen');
  // The second tab read the persona before that save.
  await addTo(second, 'Doet', 'post ongeopend in een la');
  await expect(second.locator('.notice')).toContainText('Uw versie is bewaard als kopie: Jan (kopie)');
  // The second tab now shows the stored version; its own lives on in the copy.
  await expect(second.getByRole('group', { name: 'Denkt' }).getByRole('textbox', { name: 'Denkt 1' })).toHaveValue('dit lukt me nooit');
  await second.goto('/');
  await expect(second.locator('.persona-card')).toHaveCount(2);
  await second.locator('.persona-card').getByRole('link', { name: 'Jan (kopie)' }).click();
  await expect(second.getByRole('group', { name: 'Doet' }).getByRole('textbox', { name: 'Doet 1' })).toHaveValue('post ongeopend in een la');
});

test('deleting a persona can be undone, and its journeys keep their link', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  await newPersona(page, 'Meneer Y');
  await page.getByRole('button', { name: 'Nieuwe reis van deze persona' }).click();
  const editor = new Editor(page);
  await editor.waitSaved();
  await page.goto('/');
  await page.locator('.persona-card').getByRole('link', { name: 'Meneer Y' }).click();
  await page.getByRole('button', { name: 'Persona verwijderen' }).click();
  await expect(page.getByRole('heading', { name: 'Mijn klantreizen' })).toBeVisible();
  await expect(page.locator('.persona-card')).toHaveCount(0);
  await page.locator('.notice').getByRole('button', { name: 'Ongedaan maken' }).click();
  const card = page.locator('.persona-card').filter({ hasText: 'Meneer Y' });
  await expect(card).toContainText('1 klantreis');
});
