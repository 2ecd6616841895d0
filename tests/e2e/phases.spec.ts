import { test, expect } from './test';
import { Library, moreAction } from './pages';
import { audit, watchCsp } from './audit';
import { readFileSync } from 'node:fs';

// Phases band the steps; belevingsprincipes judged per touchpoint make the hartslag.

test('phases band the steps, principles make the hartslag, both are edited, undone and survive a reload', async ({ page }) => {
  await watchCsp(page);
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(3);
  const panel = editor.detail();
  await expect(page.locator('.map-phase')).toHaveCount(0);
  await expect(page.locator('.map-beat')).toHaveCount(0);

  await editor.card('Welkom').click();
  await panel.getByRole('button', { name: 'VNG-fasen gebruiken' }).click();
  await panel.getByLabel('Fase', { exact: true }).selectOption({ label: 'Intake' });
  await expect(page.locator('.map-phase')).toHaveText(['Intake']);
  await editor.card('Samen de vraag verkennen').click();
  await panel.getByLabel('Fase', { exact: true }).selectOption({ label: 'Intake' });
  // One band over both steps, the second and the third.
  await expect(page.locator('.map-phase')).toHaveCount(1);
  await expect(page.locator('.map-phase')).toHaveCSS('grid-column-start', '3');
  await expect(page.locator('.map-phase')).toHaveCSS('grid-column-end', 'span 2');

  await panel.getByRole('radiogroup', { name: 'Persoonlijk' }).getByLabel('waargemaakt').check();
  await panel.getByRole('radiogroup', { name: 'Betrokken' }).getByLabel('waargemaakt').check();
  await panel.getByRole('radiogroup', { name: 'Snel' }).getByLabel('geschonden').check();
  await expect(page.locator('.map-beat-label')).toHaveText('Hartslag');
  await expect(page.locator('.map-beat').nth(2)).toContainText('Stap 3: waargemaakt 2, geschonden 1');
  await expect(page.locator('.map-beat').nth(1)).toContainText('Stap 2: waargemaakt 0, geschonden 0');
  await panel.getByRole('radiogroup', { name: 'Snel' }).getByLabel('niet beoordeeld').check();
  await expect(page.locator('.map-beat').nth(2)).toContainText('geschonden 0');
  await audit(page, 'phases and principles');

  // The phases in the panel: renamed; removed, and one undo brings the band back.
  await page.getByRole('button', { name: 'Fasen', exact: true }).click();
  await panel.getByLabel('Naam van fase 3').fill('Kennismaking');
  await expect(page.locator('.map-phase')).toHaveText(['Kennismaking']);
  await panel.getByRole('button', { name: 'Fase Kennismaking weghalen' }).click();
  await expect(page.locator('.map-phase')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.map-phase')).toHaveText(['Kennismaking']);

  await editor.waitSaved();
  await page.reload();
  await expect(page.locator('.map-phase')).toHaveText(['Kennismaking']);
  await expect(page.locator('.map-beat').nth(2)).toContainText('Stap 3: waargemaakt 2, geschonden 0');
  await editor.card('Samen de vraag verkennen').click();
  await expect(panel.getByRole('radiogroup', { name: 'Persoonlijk' }).getByLabel('waargemaakt')).toBeChecked();
});

test('phases and broken principles reach the report, the SVG map and the projector', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  await library.openExample(0); // Jan: the six VNG phases, principles judged on four steps
  await page.getByRole('tab', { name: 'Rapport' }).click();
  const section = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Waar belevingsprincipes breken' }) });
  await expect(section.locator('tbody tr')).toHaveCount(2);
  await expect(section.locator('tbody tr').first()).toContainText('Persoonlijk, Eenvoudig');
  await expect(section.locator('tbody tr').nth(1)).toContainText('Aanvraag');
  await expect(section.locator('tbody tr').nth(1)).toContainText('Snel, Persoonlijk, Transparant');
  await expect(page.locator('.report-map g.phase')).toHaveCount(6);

  await page.getByRole('tab', { name: 'Kaart' }).click();
  const download = page.waitForEvent('download');
  await moreAction(page, 'Kaart als SVG');
  const svg = readFileSync((await (await download).path())!, 'utf8');
  expect(svg).toContain('>Oriëntatie</text>');
  expect(svg).toContain('>Hartslag</text>');

  await page.getByRole('button', { name: 'Presenteren' }).click();
  // The projector opens on the first step.
  await expect(page.locator('.present-step')).toHaveText('Stap 1 van 8');
  await expect(page.locator('.present-phase')).toHaveText('Oriëntatie');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.present-phase')).toHaveText('Aanvraag');
});

test('the patterns page counts broken principles per agency and phase, and selects one phase', async ({ page }) => {
  const library = new Library(page);
  await library.withExample(0); // Jan
  await page.getByRole('link', { name: 'Patronen zoeken' }).click();
  const perAgency = page.locator('section.figure').filter({ has: page.getByRole('heading', { name: 'Geschonden belevingsprincipes per instantie' }) });
  await expect(perAgency).toBeVisible();
  await expect(perAgency).toContainText('4 contactmomenten met een oordeel · 5 keer een principe geschonden');
  await expect(page.getByRole('heading', { name: 'Geschonden belevingsprincipes per fase' })).toBeVisible();
  const a = page.getByRole('group', { name: 'Selectie A' });
  await a.getByLabel('Fase', { exact: true }).selectOption('Aanvraag');
  await expect(a.locator('.selection-count')).toHaveText('2 contactmomenten en verhalen');
});

test('a to-be journey is made from the current one, compared with it, and both go on the projector', async ({ page }) => {
  await watchCsp(page);
  const library = new Library(page);
  await library.open();
  const editor = await library.openExample(1); // X: six hours at the desk
  await editor.waitSaved();
  await moreAction(page, 'Gewenste reis maken');
  await expect(editor.title()).toHaveValue(/\(gewenst\)$/);
  const banner = page.getByRole('region', { name: 'Gewenste reis' });
  await expect(banner).toContainText('Gewenste reis van “');
  await expect(page.getByRole('button', { name: 'Gewenste reis maken' })).toHaveCount(0);
  const cards = await editor.cards().count();

  // Redesign: the long wait goes, one step is renamed.
  const wait = editor.card('Zes uur wachten');
  await wait.click();
  await editor.detail().getByRole('button', { name: 'Contactmoment verwijderen' }).click();
  await expect(editor.cards()).toHaveCount(cards - 1);
  await editor.cards().first().click();
  await editor.detail().getByLabel('Korte titel').fill('Direct een plek');

  await banner.getByText('Vergelijking met de huidige reis').click();
  await expect(banner.locator('.to-be-totals tr', { hasText: 'Contactmomenten' })).toContainText(`${cards}${cards - 1}`);
  await expect(banner.locator('.to-be-steps')).toContainText('Direct een plek');
  await expect(banner.locator('.to-be-curves polyline')).toHaveCount(2);
  await audit(page, 'to-be comparison');

  await editor.waitSaved();
  await banner.getByRole('button', { name: 'Naast elkaar presenteren' }).click();
  await expect(page.locator('.present-column')).toHaveCount(2);
});

test('phases are put in another order by keyboard, the moved one keeps focus, and undo restores', async ({ page }) => {
  const library = new Library(page);
  await library.open();
  await library.openExample(0); // Jan: the six VNG phases
  await page.getByRole('button', { name: 'Fasen', exact: true }).click();
  const panel = page.locator('aside.detail');
  const names = () => panel.locator('.phase-row input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(await names()).toEqual(['Oriëntatie', 'Aanvraag', 'Intake', 'Besluit', 'Uitvoering', 'Nazorg']);
  await expect(panel.getByRole('button', { name: 'Fase Oriëntatie naar voren' })).toBeDisabled();
  await expect(panel.getByRole('button', { name: 'Fase Nazorg naar achteren' })).toBeDisabled();
  const up = panel.getByRole('button', { name: 'Fase Intake naar voren' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect.poll(names).toEqual(['Oriëntatie', 'Intake', 'Aanvraag', 'Besluit', 'Uitvoering', 'Nazorg']);
  await expect(up).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(names).toEqual(['Intake', 'Oriëntatie', 'Aanvraag', 'Besluit', 'Uitvoering', 'Nazorg']);
  await expect(up).toBeDisabled();
  // The bands follow the steps, not the list: the map is unchanged.
  await expect(page.locator('.map-phase').first()).toHaveText('Oriëntatie');
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect.poll(names).toEqual(['Oriëntatie', 'Intake', 'Aanvraag', 'Besluit', 'Uitvoering', 'Nazorg']);
});
