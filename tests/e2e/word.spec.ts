import { test, expect } from './test';
import { Library, libreOfficeText, wordFromText } from './pages';
import { audit, watchCsp } from './audit';

// Word in and out: an interview typed up in Word (here: written by LibreOffice) becomes the
// working surface, and both reports leave as .docx that another program reads back.

const paragraphs = [
  'Eerst belde ik de gemeente over de huur.',
  'Na twee weken kwam er een brief van de woningcorporatie.',
  'Ik was echt bang dat we het huis uit moesten.',
  'De schuldhulp zei dat ik te laat was met aanmelden.',
  'Het maatje hielp me het formulier in te vullen.',
];

test('an interview opened from a .docx is marked into touchpoints and quotes by keyboard, and kept through a reload', async ({ page }) => {
  await watchCsp(page);
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(0);
  await page.getByRole('tab', { name: /Verhalen/ }).click();
  await page.getByRole('button', { name: /Nieuw verhaal/ }).first().click();
  const text = page.getByLabel('Het verhaal', { exact: true });
  await expect(text).toHaveValue('');
  await page.getByLabel('Tekst uit bestand (.txt, .md, .docx)').setInputFiles(wordFromText(paragraphs.join('\n'), 'interview'));
  await expect(page.locator('.notice').last()).toContainText('De tekst uit “interview.docx” staat nu in het verhaal.');
  await expect(text).toHaveValue(paragraphs.join('\n'));

  const select = (wanted: string) => text.evaluate((el: HTMLTextAreaElement, wanted) => {
    const start = el.value.indexOf(wanted);
    el.focus();
    el.setSelectionRange(start, start + wanted.length);
  }, wanted);
  const mark = async (wanted: string, button: string) => {
    await select(wanted);
    await page.getByRole('button', { name: button }).press('Enter');
  };
  await mark(paragraphs[0], 'Nieuw contactmoment uit selectie');
  await mark(paragraphs[2], 'Als gevoel');
  await mark(paragraphs[1], 'Nieuw contactmoment uit selectie');
  await mark(paragraphs[3], 'Als knelpunt');
  await mark(paragraphs[4], 'Geselecteerde tekst als citaat gebruiken');
  const marked = page.locator('.marked-text mark');
  await expect(marked).toHaveCount(5);
  await audit(page, 'interview from Word');
  await editor.waitSaved();

  await page.reload();
  await page.getByRole('tab', { name: /Verhalen/ }).click();
  await page.locator('.story-item').last().click();
  await expect(marked).toHaveCount(5);
  await expect(page.locator('.marked-text mark.mark-touchpoint')).toHaveText([paragraphs[0], paragraphs[1]].map((p) => new RegExp(`^${p}`)));
  await expect(page.locator('.marked-text mark.mark-feeling')).toHaveText(new RegExp(`^${paragraphs[2]}`));
  // The second new step holds the pain point and the quote, and says where they came from.
  await page.getByRole('tab', { name: 'Kaart' }).click();
  await editor.card('Na twee weken kwam er een').click();
  await expect(editor.detail().getByLabel('Citaat', { exact: true })).toHaveValue(paragraphs[4]);
  await expect(editor.detail().locator('.from-story li')).toHaveCount(3);
});

test('the gekanteld verslag and the report download as .docx that LibreOffice reads back', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  await library.openExample(0);
  await page.getByRole('tab', { name: 'Rapport' }).click();
  await page.getByRole('button', { name: 'Gekanteld verslag' }).click();
  const phases = await page.locator('.retold-phase').allTextContents();
  expect(phases.length).toBeGreaterThan(2);
  await page.getByLabel('Tekst aanpassen').check();
  await page.locator('.retold-own textarea').first().fill('Ik zag door de brieven <b>het bos</b> niet meer.');

  const download = async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Downloaden als Word (.docx)' }).click(),
    ]);
    return { name: file.suggestedFilename(), text: libreOfficeText((await file.path())!) };
  };
  const retold = await download();
  expect(retold.name).toBe('jan-van-schulden-naar-werk-gekanteld-verslag.docx');
  const lines = retold.text.split(/\r?\n/).map((l) => l.trim());
  expect(lines[0]).toBe('Jan: van schulden naar werk');
  for (const phase of phases) expect(lines).toContain(phase);
  expect(lines).toContain('“Ik zag door de brieven <b>het bos</b> niet meer.”');

  await page.getByRole('button', { name: 'Verslag met kaart' }).click();
  const report = await download();
  expect(report.text).toContain('Citaten');
  expect(report.text).toContain('“Er bestaat iets voor mensen zoals jij.”');
});
