// Starts the app: the WebAssembly beside this file (scripts/wasm.mjs puts both in one hashed
// folder). A file rather than an inline script: the Content Security Policy allows no inline code.
import init from './klantreis.js';

init();
