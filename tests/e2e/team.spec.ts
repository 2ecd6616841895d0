import { test, expect } from './test';
import { type Browser, type BrowserContext, type Page } from '@playwright/test';
import { Library, Editor } from './pages';
import { audit, watchCsp } from './audit';

// The team library against a CouchDB-compatible server (pouchdb-server, started by
// tests/serve.mjs under the app's origin at /couchdb). Against a real CouchDB 3, see README.

const COUCH = `http://127.0.0.1:${process.env.COUCH_PORT || 5985}`;
const ADMIN = 'Basic ' + Buffer.from('beheerder:beheer').toString('base64');
const SYNC = { timeout: 20_000 };

async function couch(method: string, path: string, body?: unknown) {
  return fetch(COUCH + path, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: ADMIN },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** A fresh team database whose members are anna and bram. */
async function teamDatabase(): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const up = await fetch(COUCH + '/').then((r) => r.ok, () => false);
    if (up) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  // The server starts as an "admin party"; the first test makes the admin (later ones: 401).
  await fetch(COUCH + '/_config/admins/beheerder', { method: 'PUT', body: '"beheer"' });
  const name = `team${Date.now()}`;
  expect((await couch('PUT', `/${name}`)).status).toBe(201);
  for (const user of ['anna', 'bram']) {
    await couch('PUT', `/_users/org.couchdb.user:${user}`, { name: user, password: 'wachtwoord', roles: [], type: 'user' });
  }
  const members = { admins: { names: [], roles: [] }, members: { names: ['anna', 'bram'], roles: [] } };
  expect((await couch('PUT', `/${name}/_security`, members)).ok).toBe(true);
  return name;
}

/** Signs in on the team page; `shareAll`: then chooses to share every journey. */
async function signIn(page: Page, database: string, user: string, password = 'wachtwoord', shareAll = true) {
  await page.goto('/#/team');
  await page.getByLabel('Database').fill(database);
  await page.getByLabel('Gebruikersnaam').fill(user);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  if (shareAll) await page.getByLabel('Alle reizen in deze bibliotheek').check();
}

/** The laptops a test opened: closed after it, or they would go on syncing every 4 seconds
 * through the rest of the suite and slow every later test down. */
const laptops: BrowserContext[] = [];
test.afterEach(async () => {
  for (const laptop of laptops.splice(0)) await laptop.close();
});

async function device(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  laptops.push(context);
  return context.newPage();
}

/** A laptop with example 0 (Jan) in its library, signed in as anna sharing everything, in
 * step with the team, back on its library. */
async function sharingLaptop(browser: Browser, database: string): Promise<{ a: Page; library: Library }> {
  const a = await device(browser);
  const library = new Library(a);
  await library.withExample(0);
  await expect(library.row('Jan: van schulden naar werk')).toHaveCount(1);
  await signIn(a, database, 'anna');
  // "bijgewerkt" may still be the first round's (before everything was shared): wait for Jan.
  const docs = async () => (await (await couch('GET', `/${database}/_all_docs`)).json()).rows.length;
  await expect.poll(docs, SYNC).toBe(1);
  await expect(a.locator('.team-status')).toHaveText('Team: bijgewerkt', SYNC);
  await a.getByRole('button', { name: /Bibliotheek/ }).click();
  return { a, library };
}

test('a wrong password or an address that is not https is said plainly, and nothing is turned on', async ({ page }) => {
  const database = await teamDatabase();
  await watchCsp(page);
  await signIn(page, database, 'anna', 'fout', false);
  await expect(page.locator('.form-error')).toHaveText('Naam of wachtwoord klopt niet.');
  await audit(page, 'team library, sign-in');
  await page.getByLabel('Adres van de server').fill('http://couch.gemeente.nl');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.locator('.form-error')).toContainText('https://');
  // Nothing was turned on: no status line, nothing kept.
  await expect(page.locator('.team-status')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('team-settings'))).toBeNull();
});

test('a journey shared on one laptop appears on another; edited on both while offline, both versions are kept, and either laptop chooses', async ({ browser }) => {
  test.setTimeout(180_000);
  const database = await teamDatabase();
  const { a, library } = await sharingLaptop(browser, database);
  const title = 'Jan: van schulden naar werk';

  // A document on the server that is not a valid journey (an emotion of 7) is refused.
  const all = await (await couch('GET', `/${database}/_all_docs?include_docs=true`)).json();
  const good = all.rows[0].doc;
  const bad = structuredClone(good);
  delete bad._rev;
  bad.klantreis.journey.id = 'kapot';
  bad._id = 'journey:kapot';
  bad.klantreis.journey.touchpoints[0].emotion = 7;
  expect((await couch('PUT', `/${database}/journey:kapot`, bad)).status).toBe(201);

  const b = await device(browser);
  await new Library(b).open();
  await signIn(b, database, 'bram');
  await expect(b.locator('.notice', { hasText: 'geweigerd (kapot)' })).toBeVisible(SYNC);
  await b.getByRole('button', { name: /Bibliotheek/ }).click();
  const theirs = new Library(b);
  await expect(theirs.row(title)).toHaveCount(1, SYNC);
  await expect(theirs.rows()).toHaveCount(1);

  // Both change the title while offline.
  const retitle = async (page: Page, next: string) => {
    await page.context().setOffline(true);
    await new Library(page).row(title).getByRole('button', { name: title, exact: true }).click();
    const editor = new Editor(page);
    await editor.title().fill(next);
    await editor.waitSaved();
    await expect(page.locator('.team-status')).toHaveText(/offline/);
    await editor.backToLibrary();
  };
  await retitle(a, 'Versie van Anna');
  await retitle(b, 'Versie van Bram');
  await a.context().setOffline(false);
  await expect(a.locator('.team-status')).toHaveText('Team: bijgewerkt', SYNC);
  await b.context().setOffline(false);
  // Bram's laptop meets Anna's version over its own: both kept, and said so.
  await expect(b.locator('.notice', { hasText: 'Beide versies zijn bewaard' })).toBeVisible(SYNC);
  const both = ['Versie van Bram', 'Versie van Anna'];
  for (const t of both) await expect(theirs.row(t)).toHaveCount(1, SYNC);
  // And Anna's laptop gets both too: nothing was dropped anywhere.
  for (const t of both) await expect(library.row(t)).toHaveCount(1, SYNC);
  await expect(library.rows()).toHaveCount(2);
  const docs = await (await couch('GET', `/${database}/_all_docs`)).json();
  expect(docs.rows.length).toBe(3); // the two versions and the refused document
  // The second is marked as waiting for a choice, on every laptop.
  await expect(library.row('Versie van Anna').locator('.badge-warning')).toHaveText('Tweede versie: kies in de reis');
  await expect(theirs.row('Versie van Bram').locator('.badge-warning')).toHaveCount(0);

  // Anna opens her version and keeps it: it takes the journey's place, the other goes.
  await library.row('Versie van Anna').getByRole('button', { name: 'Versie van Anna', exact: true }).click();
  const choice = a.getByRole('region', { name: 'Twee versies' });
  await expect(choice).toContainText('twee plekken tegelijk');
  await choice.getByText('Wat is er anders?').click();
  await expect(choice).toContainText('Alleen in de andere versie');
  // Beyond the steps: the titles are what the two laptops changed.
  await expect(choice).toContainText('Ook anders: Titel.');
  await choice.getByRole('button', { name: 'Deze versie houden' }).click();
  await expect(a.locator('.notice', { hasText: 'deze versie is gehouden' })).toBeVisible();
  await expect(new Editor(a).title()).toHaveValue('Versie van Anna');
  await expect(choice).toHaveCount(0);
  // Bram's laptop follows: one journey, Anna's, under the journey's own id.
  await expect(theirs.rows()).toHaveCount(1, SYNC);
  await expect(theirs.row('Versie van Anna')).toHaveCount(1, SYNC);
  await expect(theirs.row('Versie van Anna').locator('.badge-warning')).toHaveCount(0);

  // Undone: both versions back, here and there.
  const undo = async () => {
    await a.locator('.notice', { hasText: 'deze versie is gehouden' }).getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect(new Editor(a).title()).toHaveValue('Versie van Bram', SYNC);
    for (const t of both) await expect(theirs.row(t)).toHaveCount(1, SYNC);
  };
  await undo();
  // The other way round: kept from the first journey, the second version goes.
  await choice.getByRole('button', { name: 'Deze versie houden' }).click();
  await expect(theirs.rows()).toHaveCount(1, SYNC);
  await expect(theirs.row('Versie van Bram')).toHaveCount(1);
  await undo();

  // Bram keeps both: two journeys of their own, named apart, the choice gone everywhere.
  await theirs.row('Versie van Bram').getByRole('button', { name: 'Versie van Bram', exact: true }).click();
  await b.getByRole('region', { name: 'Twee versies' }).getByRole('button', { name: 'Beide houden' }).click();
  await expect(b.locator('.notice', { hasText: 'aparte reizen' })).toBeVisible();
  await expect(b.getByRole('region', { name: 'Twee versies' })).toHaveCount(0);
  await expect(a.getByRole('region', { name: 'Twee versies' })).toHaveCount(0, SYNC);
  await new Editor(a).backToLibrary();
  await expect(library.row('Versie van Anna (tweede versie)')).toHaveCount(1, SYNC);
  await expect(library.rows()).toHaveCount(2);
});

test('signing in shares nothing until a journey is ticked; a server that stops answering loses nothing; a deletion is shared, and its undo shares the journey again', async ({ browser }) => {
  test.setTimeout(120_000);
  const database = await teamDatabase();
  const a = await device(browser);
  await watchCsp(a);
  const library = new Library(a);
  await library.withExample(0);
  const title = 'Jan: van schulden naar werk';
  // Signing in shares nothing yet: only the journey ticked goes.
  await signIn(a, database, 'anna', 'wachtwoord', false);
  await expect(a.locator('.team-status')).toHaveText('Team: bijgewerkt', SYNC);
  const docs = async () => (await (await couch('GET', `/${database}/_all_docs`)).json()).rows.length;
  expect(await docs()).toBe(0);
  await a.getByLabel(title).check();
  await expect.poll(docs, SYNC).toBe(1);
  await audit(a, 'team library, signed in');
  await a.getByRole('button', { name: /Bibliotheek/ }).click();
  const b = await device(browser);
  await signIn(b, database, 'bram');
  await b.getByRole('button', { name: /Bibliotheek/ }).click();
  const theirs = new Library(b);
  await expect(theirs.row(title)).toHaveCount(1, SYNC);

  // The server stops answering: the edit waits on the laptop, and the status says so.
  await a.context().route('**/couchdb/**', (route) => route.abort('connectionrefused'));
  await library.row(title).getByRole('button', { name: title, exact: true }).click();
  const editor = new Editor(a);
  await editor.title().fill('Jan, bijgewerkt zonder server');
  await editor.waitSaved();
  await expect(a.locator('.team-status')).toHaveText('Team: server niet bereikbaar, 1 wijziging wacht', SYNC);
  await a.context().unroute('**/couchdb/**');
  await expect(a.locator('.team-status')).toHaveText('Team: bijgewerkt', SYNC);
  await expect(theirs.row('Jan, bijgewerkt zonder server')).toHaveCount(1, SYNC);

  // Deleted on one laptop: gone from the team and the other laptop; undone: back on both.
  await editor.backToLibrary();
  const row = library.row('Jan, bijgewerkt zonder server');
  await row.getByRole('button', { name: 'Verwijderen' }).click();
  await a.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
  await expect(theirs.rows()).toHaveCount(0, SYNC);
  expect(await docs()).toBe(0);
  await a.locator('.notice').getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(theirs.row('Jan, bijgewerkt zonder server')).toHaveCount(1, SYNC);
});

test('revisions CouchDB kept in conflict (written through two servers) are both kept, and the conflict resolved', async ({ browser }) => {
  test.setTimeout(90_000);
  const database = await teamDatabase();
  const { library } = await sharingLaptop(browser, database);
  const title = 'Jan: van schulden naar werk';
  // Another server's replication brings a version written beside this one, not after it.
  const all = await (await couch('GET', `/${database}/_all_docs?include_docs=true`)).json();
  const other = structuredClone(all.rows[0].doc);
  other._rev = '1-ffffffffffffffffffffffffffffffff';
  other.klantreis.journey.title = 'Versie van de andere server';
  const put = await couch('POST', `/${database}/_bulk_docs`, { new_edits: false, docs: [other] });
  expect(put.ok).toBe(true);
  const before = await (await couch('GET', `/${database}/${encodeURIComponent(other._id)}?conflicts=true`)).json();
  expect(before._conflicts?.length).toBe(1);
  // Both versions end up in the library, and the server has no conflict left.
  await expect(library.row('Versie van de andere server')).toHaveCount(1, SYNC);
  await expect(library.row(title)).toHaveCount(1, SYNC);
  await expect(library.rows()).toHaveCount(2);
  await expect.poll(async () => {
    const doc = await (await couch('GET', `/${database}/${encodeURIComponent(other._id)}?conflicts=true`)).json();
    return doc._conflicts?.length ?? 0;
  }, SYNC).toBe(0);
});

test('a first sync that loses its server after the first page goes on from there when it is back: nothing lost, nothing twice', async ({ browser }) => {
  test.setTimeout(120_000);
  const database = await teamDatabase();
  await sharingLaptop(browser, database);
  // 150 journeys on the server: two pages of the changes feed.
  const all = await (await couch('GET', `/${database}/_all_docs?include_docs=true`)).json();
  const docs = Array.from({ length: 149 }, (_, i) => {
    const doc = structuredClone(all.rows[0].doc);
    delete doc._rev;
    doc._id = `journey:reis-${i}`;
    doc.klantreis.journey.id = `reis-${i}`;
    doc.klantreis.journey.title = `Reis ${i}`;
    return doc;
  });
  expect((await couch('POST', `/${database}/_bulk_docs`, { docs })).ok).toBe(true);

  // CouchDB stops (its proxy answers 502) once the first page of changes has gone out.
  const app = `http://127.0.0.1:${process.env.E2E_PORT || 8181}/__test/couch`;
  const order = (body: unknown) => fetch(app, { method: 'POST', body: JSON.stringify(body) });
  await order({ db: database, changesThenDown: 1 });
  try {
    const b = await device(browser);
    await signIn(b, database, 'bram', 'wachtwoord', false);
    await expect(b.locator('.team-status')).toHaveText(/server niet bereikbaar/, SYNC);
    await b.getByRole('button', { name: /Bibliotheek/ }).click();
    const library = new Library(b);
    // The first page is kept (the library shows 100 at a time: no "more" yet).
    await expect(library.rows()).toHaveCount(100);
    await expect(b.locator('.journey-more')).toHaveCount(0);
    // The team's journeys are shared from here too (an edit or a choice goes back), though
    // this laptop ticked nothing itself.
    await expect(library.rows().locator('.badge-shared')).toHaveCount(100);
    // Back: the rest arrives, and what was taken before is not taken again.
    await order({ up: true });
    await expect(b.locator('.team-status')).toHaveText('Team: bijgewerkt', SYNC);
    await expect(b.locator('.journey-more')).toHaveText('Meer tonen (100 van 150 getoond)', SYNC);
    await b.getByLabel(/Zoeken/).fill('Reis 148');
    await expect(library.rows()).toHaveCount(1);
    await b.getByLabel(/Zoeken/).fill('');
    await b.locator('.journey-more').click();
    await expect(library.rows()).toHaveCount(150);
    await expect(b.locator('.badge-warning')).toHaveCount(0);
  } finally {
    await order({ up: true });
  }
});

test('a workshop ticked whole shares its template and the groups that come later; the library marks what is shared', async ({ browser }) => {
  test.setTimeout(90_000);
  const database = await teamDatabase();
  const a = await device(browser);
  const library = new Library(a);
  await library.withExample(0);
  await a.getByRole('button', { name: '+ Nieuwe workshop' }).click();
  await a.getByLabel('Naam van de workshop').fill('Brainbootcamp Zaandam');
  await a.waitForTimeout(800);
  const workshop = a.url();
  await signIn(a, database, 'anna', 'wachtwoord', false);
  await expect(a.locator('.team-status')).toHaveText('Team: bijgewerkt', SYNC);
  const docs = async () => (await (await couch('GET', `/${database}/_all_docs?include_docs=true`)).json())
    .rows.map((r: { doc: { klantreis: { journey: { title: string } } } }) => r.doc.klantreis.journey.title).sort();
  await a.getByLabel(/Workshop “Brainbootcamp Zaandam”/).check();
  await expect.poll(docs, SYNC).toEqual(['Brainbootcamp Zaandam']);
  // A group added afterwards goes too; the journey that was not ticked stays here.
  await a.goto(workshop);
  const add = a.getByRole('textbox', { name: /Nieuwe groep/ });
  await add.fill('Rood');
  await add.press('Enter');
  const download = a.waitForEvent('download');
  await a.getByRole('button', { name: 'Pakket Rood' }).click();
  await download;
  await expect.poll(docs, SYNC).toHaveLength(2);
  await a.getByRole('button', { name: /Bibliotheek/ }).click();
  await expect(library.rows().locator('.badge-shared')).toHaveCount(2);
  await expect(library.row('Jan: van schulden naar werk').locator('.badge-shared')).toHaveCount(0);
});
