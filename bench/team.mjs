// The team library's first sync: 1,000 generated journeys (10 stories each, 10,000 stories)
// sent from one laptop to a CouchDB-compatible server (pouchdb-server in memory, behind the
// app's origin as in the tests), then taken by a second laptop with an empty library.
//   node bench/team.mjs [journeys]        (after `trunk build --release`)
import { chromium } from 'playwright-core';
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync, statSync } from 'node:fs';

const JOURNEYS = Number(process.argv[2] || 1000);
const PORT = 8586;
const COUCH = 'http://127.0.0.1:5987';
const file = '/tmp/klantreis-team-bench.json';
writeFileSync(file, execFileSync('cargo', ['run', '-q', '-p', 'klantreis-core', '--example', 'population', '--', '41', String(JOURNEYS), '0', '10'], { maxBuffer: 1 << 30 }));
const mb = (statSync(file).size / 1e6).toFixed(1);

const server = spawn('node', ['tests/serve.mjs'], { env: { ...process.env, PORT: String(PORT), COUCH_PORT: '5987' }, stdio: 'ignore' });
const H = { 'Content-Type': 'application/json', Authorization: 'Basic ' + Buffer.from('beheerder:beheer').toString('base64') };
for (let i = 0; i < 100; i++) {
  if (await fetch(COUCH + '/').then((r) => r.ok, () => false)) break;
  await new Promise((r) => setTimeout(r, 200));
}
await fetch(COUCH + '/_config/admins/beheerder', { method: 'PUT', body: '"beheer"' });
await fetch(COUCH + '/bench', { method: 'PUT', headers: H });
await fetch(COUCH + '/_users/org.couchdb.user:anna', { method: 'PUT', headers: H, body: JSON.stringify({ name: 'anna', password: 'w', roles: [], type: 'user' }) });
await fetch(COUCH + '/bench/_security', { method: 'PUT', headers: H, body: JSON.stringify({ admins: { names: [], roles: [] }, members: { names: ['anna'], roles: [] } }) });
const docs = async () => (await (await fetch(COUCH + '/bench', { headers: H })).json()).doc_count;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
async function laptop() {
  const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByRole('heading', { name: 'Mijn klantreizen' }).waitFor();
  return page;
}
async function signIn(page) {
  await page.goto(`http://127.0.0.1:${PORT}/#/team`);
  await page.getByLabel('Database').fill('bench');
  await page.getByLabel('Gebruikersnaam').fill('anna');
  await page.getByLabel('Wachtwoord').fill('w');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByLabel('Alle reizen in deze bibliotheek').check();
}
try {
  const a = await laptop();
  await a.locator('.import input[type=file]').setInputFiles(file);
  await a.locator('.notice', { hasText: 'Import klaar' }).waitFor({ timeout: 300_000 });
  // Sending: from the first write request to the last answer (signing in on a page busy with
  // a fresh import of 1,000 journeys takes seconds of its own, not counted).
  const writes = [];
  a.on('request', (r) => { if (r.url().endsWith('/_bulk_docs')) writes.push(Date.now()); });
  a.on('response', (r) => { if (r.url().endsWith('/_bulk_docs')) writes.push(Date.now()); });
  await signIn(a);
  while ((await docs()) < JOURNEYS) await new Promise((r) => setTimeout(r, 100));
  const send = Math.max(...writes) - Math.min(...writes);
  await a.locator('.team-status', { hasText: 'Team: bijgewerkt' }).waitFor({ timeout: 300_000 });

  const b = await laptop();
  // Taking: from the signed-in answer to the status saying up to date.
  let t0 = 0;
  b.on('response', (r) => { if (r.url().endsWith('/_session') && r.request().method() === 'POST') t0 = Date.now(); });
  await signIn(b);
  await b.locator('.team-status', { hasText: 'Team: bijgewerkt' }).waitFor({ timeout: 600_000 });
  const take = Date.now() - t0;
  const taken = await b.evaluate(async () => {
    const db = await new Promise((ok, err) => { const r = indexedDB.open('klantreis'); r.onsuccess = () => ok(r.result); r.onerror = err; });
    return new Promise((ok) => { const r = db.transaction('journeys').objectStore('journeys').count(); r.onsuccess = () => ok(r.result); });
  });
  const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`Team library, first sync of ${JOURNEYS} journeys (${JOURNEYS * 10} stories, ${mb} MB as a file)`);
  console.log(`  send from a laptop that has them (first write to the last answer): ${s(send)}`);
  console.log(`  take on a laptop with an empty library (signed in to up to date):  ${s(take)} (${taken} journeys stored)`);
} finally {
  await browser.close();
  server.kill();
}
