// Checks that the tools trunk will find match what Trunk.toml pins, the way
// trunk 0.21.14 compares them (src/tools.rs, `format_version_output`):
//   wasm-bindgen: the 2nd word of `wasm-bindgen --version`   → "0.2.130"
//   wasm-opt:     "version_" + the 3rd word of `wasm-opt --version`
//                 ("wasm-opt version 132 (version_132)")     → "version_132"
// Trunk in --offline mode otherwise fails with "unable to download".
// Usage: node tools/check-tool-versions.mjs WASM_BINDGEN_VERSION
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const wanted = process.argv[2];
const problems = [];

function run(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    return null;
  }
}

const trunkToml = join(root, 'Trunk.toml');
const pins = {};
if (existsSync(trunkToml)) {
  const text = readFileSync(trunkToml, 'utf8');
  const tools = text.split(/^\[tools\]\s*$/m)[1]?.split(/^\[/m)[0] ?? '';
  for (const m of tools.matchAll(/^\s*(wasm_bindgen|wasm_opt)\s*=\s*"([^"]*)"/gm)) pins[m[1]] = m[2];
} else {
  console.log('check-tool-versions: no Trunk.toml yet, nothing pinned');
}

// Cargo.lock's wasm-bindgen crate must be the CLI's version exactly.
const lock = readFileSync(join(root, 'Cargo.lock'), 'utf8');
const locked = lock.match(/name = "wasm-bindgen"\nversion = "([^"]+)"/)?.[1];
if (locked && locked !== wanted) {
  problems.push(`Cargo.lock has wasm-bindgen ${locked}, the Makefile installs the CLI ${wanted}`);
}
if (pins.wasm_bindgen && pins.wasm_bindgen !== wanted) {
  problems.push(`Trunk.toml pins wasm_bindgen = "${pins.wasm_bindgen}", the Makefile installs ${wanted}`);
}
const bindgenOut = run('wasm-bindgen', ['--version']);
const bindgen = bindgenOut?.trim().split(' ')[1];
if (bindgen !== wanted) problems.push(`wasm-bindgen --version says ${JSON.stringify(bindgenOut?.trim())}, want ${wanted}`);

const wasmOpt = join(root, 'node_modules', '.bin', 'wasm-opt');
const optOut = run(wasmOpt, ['--version']);
const third = optOut?.trim().split(' ')[2];
const optVersion = third ? `version_${third}` : null;
if (!optVersion) problems.push(`${wasmOpt} --version gave no version (output: ${JSON.stringify(optOut)})`);
else if (pins.wasm_opt && pins.wasm_opt !== optVersion) {
  problems.push(`Trunk.toml pins wasm_opt = "${pins.wasm_opt}", npm's binaryen gives ${optVersion} as trunk reads it`);
}

if (problems.length) {
  for (const p of problems) console.error(`check-tool-versions: ${p}`);
  process.exit(1);
}
console.log(`tools: wasm-bindgen ${bindgen}, wasm-opt ${optVersion} (node_modules/.bin), as trunk will read them`);
