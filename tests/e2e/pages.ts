import { expect, type Page, type Locator } from '@playwright/test';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

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

/**
 * Opens a file in LibreOffice headless and returns the rows of one sheet (an XLSX's
 * `sheet`, by default the second: touchpoints; a CSV with our Dutch settings, formulas
 * evaluated as Excel would).
 */
export function libreOffice(path: string, kind: 'xlsx' | 'csv', sheet = 2): Record<string, string>[] {
  const dir = mkdtempSync(join(tmpdir(), `${kind}-`));
  const input = join(dir, `reizen.${kind}`);
  copyFileSync(path, input);
  const infilter = kind === 'csv' ? ['--infilter=CSV:59,34,76,1,,1043,false,false,false,false,false,true'] : [];
  const out = convert(dir, input, `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false${kind === 'xlsx' ? `,${sheet}` : ''}`, infilter);
  const script = 'import csv,json,sys\nprint(json.dumps(list(csv.DictReader(open(sys.argv[1],encoding="utf-8",newline="")))))';
  return JSON.parse(execFileSync('python3', ['-c', script, out]).toString());
}

/** LibreOffice headless converts `input` (in `dir`, its own profile there) with `filter`; the path written. */
function convert(dir: string, input: string, filter: string, extra: string[] = []): string {
  execFileSync('soffice', [
    `-env:UserInstallation=file://${dir}/profile`, '--headless', ...extra,
    '--convert-to', filter, '--outdir', join(dir, 'out'), input,
  ], { timeout: 60_000 });
  const extension = filter.split(':')[0];
  return join(dir, 'out', readdirSync(join(dir, 'out')).find((f) => f.endsWith(`.${extension}`))!);
}

/** The text of a Word document as LibreOffice reads it. */
export function libreOfficeText(path: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'docx-'));
  const input = join(dir, 'document.docx');
  copyFileSync(path, input);
  return readFileSync(convert(dir, input, 'txt:Text (encoded):UTF8'), 'utf8').replace(/^\uFEFF/, '');
}

/** A Word document written by LibreOffice from plain text: one paragraph per line. */
export function wordFromText(text: string, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'word-'));
  const input = join(dir, `${name}.txt`);
  writeFileSync(input, text);
  return convert(dir, input, 'docx:MS Word 2007 XML', ['--infilter=Text (encoded):UTF8']);
}
