// Trunk post-build hook: builds the app's WebAssembly, splits off the parts fetched on first
// use (src/lazy.rs), and puts it all in one folder named after a hash of its contents.
//
// Why not trunk's own Rust pipeline: trunk runs wasm-bindgen without `--keep-lld-exports` and
// wasm-opt before any hook can split the module, and it cannot split one itself. The steps here
// are those of cargo-leptos: cargo with `--emit-relocs`, wasm-split, wasm-bindgen, wasm-opt per
// piece. The hashed folder keeps the service worker's cache-first rule safe: a new build is a
// new folder, and `wasm/` in index.html is rewritten to it.
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const release = process.env.TRUNK_PROFILE === 'release' || process.argv.includes('--release');
// KLANTREIS_PROFILE=1 keeps function names (no wasm-opt, wasm-bindgen --keep-debug), so a
// browser profile names Rust functions (bench/profile.mjs).
const profiling = process.env.KLANTREIS_PROFILE === '1';
const staging = process.env.TRUNK_STAGING_DIR || 'dist';
const work = 'target/web';
const pieces = join(work, 'pieces');
const bound = join(work, 'bound');

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
// wasm-opt warns about each piece's name section (written by a newer linker than binaryen 132
// knows); the output is right, the warning is noise. Anything else it says is shown.
const optimise = (file) => {
  const { status, stderr } = spawnSync('wasm-opt', ['-Oz', file, '-o', file], { encoding: 'utf8' });
  const said = stderr.split('\n').filter((l) => l && !l.includes('unknown name subsection'));
  if (said.length) console.error(said.join('\n'));
  if (status !== 0) throw new Error(`wasm-opt failed on ${file}`);
};

// Its own target dir: the extra link flag would otherwise rebuild every crate that tests and
// clippy share in target/.
run('cargo', [
  'build', '--target', 'wasm32-unknown-unknown', '--bin', 'klantreis', '--features', 'split',
  '--target-dir', work, ...(release ? ['--release'] : []),
  '--config', 'target.wasm32-unknown-unknown.rustflags=["-Clink-args=--emit-relocs"]',
]);
const built = join(work, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'klantreis.wasm');

rmSync(pieces, { recursive: true, force: true });
rmSync(bound, { recursive: true, force: true });
mkdirSync(pieces, { recursive: true });
run('wasm-split-cli', [built, pieces, '--out-name', 'klantreis']);
run('wasm-bindgen', [
  '--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript',
  ...(profiling ? ['--keep-debug'] : []),
  '--out-dir', bound, '--out-name', 'klantreis', join(pieces, 'klantreis.wasm'),
]);
rmSync(join(pieces, 'klantreis.wasm'));
cpSync(pieces, bound, { recursive: true });
cpSync('pwa/boot.js', join(bound, 'boot.js'));

const wasm = readdirSync(bound).filter((f) => f.endsWith('.wasm'));
if (release && !profiling) {
  for (const f of wasm) optimise(join(bound, f));
}

const hash = createHash('sha256');
for (const f of readdirSync(bound, { recursive: true }).sort()) {
  if (f.includes('.')) hash.update(f).update(readFileSync(join(bound, f)));
}
const folder = `wasm-${hash.digest('hex').slice(0, 16)}`;
cpSync(bound, join(staging, folder), { recursive: true });

// The service worker caches every quoted file index.html names. The parts (and the loader that
// fetches them, which only klantreis.js imports) are named in an inert <template>: cached ahead
// for offline use, never fetched for the first screen.
const inHead = ['boot.js', 'klantreis.js', 'klantreis_bg.wasm'];
const chunks = readdirSync(bound, { recursive: true })
  .filter((f) => f.includes('.') && !inHead.includes(f))
  .sort();
const page = join(staging, 'index.html');
const html = readFileSync(page, 'utf8')
  .replace('<template id="fetched-on-use"></template>',
    `<template id="fetched-on-use">${chunks.map((f) => `<a href="wasm/${f}"></a>`).join('')}</template>`)
  .replaceAll('"wasm/', `"${folder}/`)
  .replace(/\s*<link data-trunk rel="rust"[^>]*data-trunk-skip[^>]*>/, '');
writeFileSync(page, html);
console.log(`wasm.mjs: ${folder}: klantreis_bg.wasm and ${chunks.length - 1} parts fetched on use`);
run('node', ['scripts/csp.mjs']);
