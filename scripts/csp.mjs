// Trunk post-build hook: writes the Content Security Policy into the built index.html as a
// <meta> element, with a sha256 hash for every inline script trunk generated (its module
// loader), so no other inline script can run and nothing loads from another origin.
// A host should send the same policy as a header, plus frame-ancestors (README, "Hosting").
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');

const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);

export const policy = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets the page compile its own WebAssembly; it allows no JS eval.
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  // Inline style attributes (positions on the map, chart colours); styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  // Charts become PNG through data: and blob: images; downloads are blob: links.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
html = html.replace(/(<meta charset="utf-8" ?\/?>)/i, `$1\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
if (!html.includes('Content-Security-Policy')) {
  console.error('csp.mjs: no <meta charset> in index.html to put the policy after');
  process.exit(1);
}
writeFileSync(file, html);
console.log(`csp.mjs: policy with ${hashes.length} inline script hash(es) written`);
