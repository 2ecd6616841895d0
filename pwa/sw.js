// Klantreis service worker: after one online visit the app opens without a network.
// - Page loads: network first, so a new version is picked up on the next load; the cached
//   page when offline. The data lives in IndexedDB and is never touched here.
// - Everything else from this origin: cache first. Every built file has a hash in its name or
//   its folder's (wasm-<hash>/, scripts/wasm.mjs), so a cached file never goes stale; files the
//   current page no longer names are dropped. The parts fetched on first use are named in the
//   page's <template id="fetched-on-use">, so they are cached ahead and work offline. The one
//   exception is theme.css (a host replaces it under the same name): network first.
const CACHE = 'klantreis';
// Fetched on first use by the app (XLSX export, Word files, import), cached ahead so it works offline too.
const LAZY = [
  './xlsx_worker.js', './xlsx_worker_bg.wasm', './xlsx_worker_loader.js',
  './docx_worker.js', './docx_worker_bg.wasm', './docx_worker_loader.js',
  './reader_worker.js', './reader_worker_bg.wasm', './reader_worker_loader.js',
];
const SHELL = ['./', './index.html', './manifest.webmanifest', './icon.svg', './icon-192.png', './icon-512.png'];

const named = (html) => [...html.matchAll(/["'](\/?[\w./-]+\.(?:js|wasm|css|svg|png|webmanifest))["']/g)]
  .map((m) => new URL(m[1], self.registration.scope).href);

async function precache() {
  const cache = await caches.open(CACHE);
  const page = await fetch('./index.html', { cache: 'no-cache' });
  const html = await page.clone().text();
  await cache.put('./index.html', page);
  const urls = [...new Set([...SHELL, ...LAZY].map((u) => new URL(u, self.registration.scope).href).concat(named(html)))];
  // One missing optional file must not stop the rest from being cached.
  await Promise.all(urls.map((u) => cache.add(u).catch(() => {})));
}

async function prune(html) {
  const keep = new Set([...SHELL, ...LAZY].map((u) => new URL(u, self.registration.scope).href).concat(named(html)));
  const cache = await caches.open(CACHE);
  for (const request of await cache.keys()) {
    if (!keep.has(request.url)) await cache.delete(request);
  }
}

self.addEventListener('install', (event) => {
  self.skipWaiting();
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

// A good response is stored by `store` after it has been answered with, never before.
function keep(event, response, store) {
  if (response.ok) {
    const copy = response.clone();
    event.waitUntil(caches.open(CACHE).then((cache) => store(cache, copy)));
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // Only the app's own files: never data, such as a team library's CouchDB served under this
  // origin (its answers must be fresh, and a client's story must not land in this cache).
  const file = /\.(?:js|wasm|css|svg|png|webmanifest|html)$/.test(url.pathname) || url.pathname.endsWith('/');
  const data = (request.headers.get('Accept') || '').includes('application/json');
  if (request.mode !== 'navigate' && (!file || data)) return;
  const asRequested = (cache, copy) => cache.put(request, copy);
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => keep(event, response, async (cache, copy) => {
          const html = await copy.clone().text();
          await cache.put('./index.html', copy);
          await prune(html);
          // Files of a new version, fetched while online so the next offline start has them.
          await Promise.all(named(html).map((u) => cache.match(u).then((hit) => hit || cache.add(u).catch(() => {}))));
        }))
        .catch(() => caches.match('./index.html')),
    );
    return;
  }
  // The municipality's theme keeps its name when it is replaced: network first, like the page.
  if (url.pathname.endsWith('/theme.css')) {
    event.respondWith(
      fetch(request)
        .then((response) => keep(event, response, asRequested))
        .catch(() => caches.match(request, { ignoreSearch: true })),
    );
    return;
  }
  event.respondWith(
    caches.match(request, { ignoreSearch: true })
      .then((hit) => hit || fetch(request).then((response) => keep(event, response, asRequested))),
  );
});
