import { expect, type Page, type Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The library's (or workshop's) file input for imports. */
export const fileInput = (page: Page) => page.locator('.import input[type=file]');

/** Exports one journey from the library and returns the file's text. */
/** Clicks one of the editor's actions under "Meer" (exports, linked journeys), opening the menu first. */
export async function moreAction(page: Page, name: string) {
  await page.getByRole('button', { name: 'Meer', exact: true }).click();
  await page.getByRole('button', { name, exact: true }).click();
}

export async function exportJourney(page: Page, title: string): Promise<string> {
  const library = new Library(page);
  const download = page.waitForEvent('download');
  await library.row(title).getByRole('button', { name: `Exporteren: “${title}”` }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.klantreis\.json$/);
  return readFileSync((await file.path())!, 'utf8');
}

/** The library screen. */
export class Library {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { name: /Mijn klantreizen|My journeys/ })).toBeVisible();
  }

  rows(): Locator {
    return this.page.locator('.journey-row');
  }

  row(title: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('button', { name: title, exact: true }) });
  }

  async newJourney(): Promise<Editor> {
    await this.page.getByRole('button', { name: /Nieuwe klantreis|New journey/ }).click();
    const editor = new Editor(this.page);
    await expect(editor.title()).toBeVisible();
    return editor;
  }

  /** Opens the library, stores example `index` as a copy, and comes back to the list. */
  async withExample(index: number): Promise<Editor> {
    await this.open();
    const editor = await this.openExample(index);
    await editor.waitSaved();
    await editor.backToLibrary();
    return editor;
  }

  async openExample(index: number): Promise<Editor> {
    await this.page.getByRole('button', { name: 'Open als kopie' }).nth(index).click();
    const editor = new Editor(this.page);
    await expect(this.page.locator('.card').first()).toBeVisible();
    return editor;
  }
}

/** The map editor of one journey. */
export class Editor {
  constructor(readonly page: Page) {}

  title(): Locator {
    return this.page.getByLabel(/Titel van de reis|Journey title/);
  }

  cards(): Locator {
    return this.page.locator('.card');
  }

  card(title: string): Locator {
    return this.cards().filter({ hasText: title });
  }

  detail(): Locator {
    return this.page.locator('aside.detail');
  }

  async waitSaved() {
    await expect(this.page.locator('.save-status')).toHaveText(/Opgeslagen|Saved/);
  }

  async addAgency(name: string, kind?: string) {
    await this.page.getByRole('button', { name: /Instantie toevoegen|Add agency/ }).click();
    const nameField = this.detail().getByLabel('Naam', { exact: true });
    await nameField.fill(name);
    if (kind) await this.detail().getByLabel('Soort').selectOption({ label: kind });
  }

  async addTouchpoint(agency: string, fields: { title: string; emotion?: string; quote?: string; pain?: string }) {
    await this.page.getByRole('button', { name: `Contactmoment toevoegen bij ${agency}` }).click();
    const d = this.detail();
    await d.getByLabel('Korte titel').fill(fields.title);
    if (fields.emotion) await d.locator('.emotion-option').getByText(fields.emotion, { exact: true }).click();
    if (fields.quote) await d.getByLabel('Citaat').fill(fields.quote);
    if (fields.pain) {
      await d.getByLabel('Nieuw knelpunt').fill(fields.pain);
      await d.getByLabel('Nieuw knelpunt').press('Enter');
    }
  }

  /** The emotion curve's accessible description: "Emotiecurve. 1: -1, 2: +2, ...". */
  curve(): Locator {
    return this.page.locator('svg.curve');
  }

  async backToLibrary(): Promise<Library> {
    await this.page.getByRole('button', { name: /Bibliotheek|Library/ }).click();
    const library = new Library(this.page);
    await expect(library.page.getByRole('heading', { name: /Mijn klantreizen|My journeys/ })).toBeVisible();
    return library;
  }
}
