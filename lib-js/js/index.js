// Centra-check's engine as an ES module. `init()` loads the WebAssembly
// once (in a browser from next to this file, in Node from disk); after
// that `check` and `read` are synchronous. Types: index.d.ts.
import load, { initSync as loadSync, check as engineCheck, read as engineRead } from './engine.js';

let loading = null;
let loaded = false;

const inNode = typeof process === 'object' && typeof process.versions?.node === 'string';

/**
 * Loads the engine; safe to call more than once. `source` (optional) is
 * where the .wasm is, or its bytes, or a compiled WebAssembly.Module.
 */
export function init(source) {
  if (!loading) {
    loading = (async () => {
      let input = source;
      if (input === undefined && inNode) {
        // Node's fetch cannot read file: URLs; the comments keep bundlers
        // from trying to pack Node's fs into a browser build.
        const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:fs/promises');
        input = await readFile(new URL('./engine_bg.wasm', import.meta.url));
      }
      await load(input === undefined ? undefined : { module_or_path: input });
      loaded = true;
    })();
    // A failed load (offline, wrong path) may be tried again.
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

/** Loads the engine from its bytes or a compiled module, synchronously. */
export function initSync(module) {
  if (!loaded) {
    loadSync({ module });
    loaded = true;
  }
}

function ready(name) {
  if (!loaded) throw new Error(`centra-check: call \`await init()\` before ${name}()`);
}

/** The report of a proposal (object or file text); throws a CentraCheckError if it cannot be read. */
export function check(proposal, options) {
  ready('check');
  return engineCheck(proposal, options);
}

/** Reads a proposal file's text: { ok: true, proposal } or { ok: false, error }. */
export function read(text, options) {
  ready('read');
  return engineRead(text, options);
}

export default init;
