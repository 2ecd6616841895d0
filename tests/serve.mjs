// Serves the release build (dist/) on loopback for the end-to-end tests, and a CouchDB-
// compatible server (pouchdb-server, in memory) under the app's own origin at /couchdb/, the
// way the README tells an organisation to serve CouchDB: the Content-Security-Policy stays
// at connect-src 'self' and the session cookie is first-party.
import { createServer, request } from 'node:http';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFile } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

const PORT = Number(process.env.PORT || 8181);
const COUCH_PORT = Number(process.env.COUCH_PORT || 5985);
const DIST = process.env.KLANTREIS_DIST || 'dist';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

// pouchdb-server writes its config and log into a folder of its own.
const home = mkdtempSync(join(tmpdir(), 'klantreis-couch-'));
const couch = spawn(
  join(process.cwd(), 'node_modules/.bin/pouchdb-server'),
  ['--in-memory', '--port', String(COUCH_PORT), '--no-stdout-logs', '--config', join(home, 'config.json')],
  { cwd: home, stdio: 'ignore' },
);
// pouchdb-server does not end on SIGTERM; in memory there is nothing to lose.
const stop = () => {
  couch.kill('SIGKILL');
  process.exit(0);
};
process.on('exit', () => couch.kill('SIGKILL'));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

// For the tests only: one database behind the proxy can be made to stop in the middle of a
// sync (other tests' laptops keep polling theirs). POST /__test/couch {"db", "changesThenDown":
// n} lets n more of its changes-feed requests through, then answers every request for it
// 502, as nginx does when its CouchDB is down; {"up": true} ends it.
let stopping = null;

function control(req, res) {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    const order = JSON.parse(body || '{}');
    stopping = order.up ? null : { db: order.db, left: order.changesThenDown, down: false };
    res.writeHead(204);
    res.end();
  });
}

/** Whether this request finds the database stopped. */
function stopped(path) {
  if (!stopping || !path.startsWith(`/${stopping.db}/`)) return false;
  if (!stopping.down && path.includes('/_changes')) {
    if (stopping.left <= 0) stopping.down = true;
    else stopping.left -= 1;
  }
  return stopping.down;
}

function badGateway(res) {
  res.writeHead(502, { 'Content-Type': 'application/json' });
  res.end('{"error":"bad_gateway","reason":"the CouchDB server does not answer"}');
}

function proxy(req, res) {
  const path = req.url.slice('/couchdb'.length) || '/';
  if (stopped(path)) {
    req.resume();
    return badGateway(res);
  }
  const out = request(
    { host: '127.0.0.1', port: COUCH_PORT, path, method: req.method, headers: { ...req.headers, host: `127.0.0.1:${COUCH_PORT}` } },
    (answer) => {
      // CouchDB's cookie is set for its own root; under the app it belongs to /couchdb.
      const cookies = answer.headers['set-cookie'];
      if (cookies) answer.headers['set-cookie'] = cookies.map((c) => c.replace(/Path=\/(;|$)/i, 'Path=/couchdb$1'));
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    },
  );
  out.on('error', () => badGateway(res));
  req.pipe(out);
}

createServer((req, res) => {
  if (req.url === '/__test/couch' && req.method === 'POST') return control(req, res);
  if (req.url === '/couchdb' || req.url.startsWith('/couchdb/')) return proxy(req, res);
  let path;
  try {
    path = decodeURIComponent(req.url.split('?')[0]);
  } catch {
    res.writeHead(400);
    return res.end();
  }
  const file = normalize(join(DIST, path.endsWith('/') ? path + 'index.html' : path));
  if (!file.startsWith(normalize(DIST))) {
    res.writeHead(403);
    return res.end();
  }
  readFile(file, (err, body) => {
    if (err) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('not found');
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}).listen(PORT, '127.0.0.1');
