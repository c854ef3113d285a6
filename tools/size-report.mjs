// `make size`: the gzipped size (level 9) of every file of the release
// bundle and the total, then the 20 largest items of the wasm as twiggy
// lists them, each beside the previous run's figure. Writes
// bench-results/size.json, the next run's "previous".
// Usage: node tools/size-report.mjs DIST NAMED_WASM
//   NAMED_WASM: the bundle's wasm optimised the same way but with its
//   function names kept, so the items have names (the names section itself
//   is left out of the list).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { distSize } from './dist-size.mjs';

const [dist = 'dist', namedWasm] = process.argv.slice(2);
const root = join(import.meta.dirname, '..');
const store = join(root, 'bench-results', 'size.json');
const TOP = 20;

const previous = existsSync(store) ? JSON.parse(readFileSync(store, 'utf8')) : null;
const size = distSize(dist);

// A file's name without the hash trunk puts in it, so runs line up.
const stable = (file) => file.replace(/-[0-9a-f]{16}(?=[._])/g, '');
// Rust names without crate hashes or the paths every item repeats; a
// component's render shows as `App (render)`.
const shorten = (name) => {
  const plain = name
    .replace(/\[[0-9a-f]+\]/g, '')
    .replace(/^<yew::html::component::lifecycle::CompStateInner<centra_check::web::(\w+)::(\w+)> as yew::html::component::lifecycle::Stateful>::view$/, 'web::$1::$2 (render)')
    .replace(/centra_check::/g, '')
    .replace(/yew::functional::hooks::/g, '')
    .replace(/ as yew::functional::FunctionProvider>/g, '>');
  return plain.length > 110 ? `${plain.slice(0, 107)}...` : plain;
};

const items = [];
if (namedWasm) {
  const rows = JSON.parse(
    execFileSync('twiggy', ['top', '--format', 'json', namedWasm], { encoding: 'utf8', maxBuffer: 1 << 28 }),
  );
  for (const row of rows) {
    if (/names" subsection|^custom section '(name|producers|target_features)'/.test(row.name)) continue;
    items.push({ name: shorten(row.name), bytes: row.shallow_size });
    if (items.length === TOP) break;
  }
}

const num = (n) => (n == null ? '–' : n.toLocaleString('en-US'));
const change = (now, before) => {
  if (before == null) return 'new';
  const d = now - before;
  return d === 0 ? '=' : `${d > 0 ? '+' : ''}${num(d)}`;
};
const pad = (text, width, right = false) => (right ? String(text).padStart(width) : String(text).padEnd(width));

const prevFiles = new Map((previous?.files ?? []).map((f) => [f.file, f.gzip]));
const prevItems = new Map((previous?.items ?? []).map((i) => [i.name, i.bytes]));
const files = size.files.map((f) => ({ file: stable(f.file), raw: f.raw, gzip: f.gzip }));

console.log();
console.log(`Bundle (${dist}/), gzip level 9${previous ? `; previous run ${previous.date.slice(0, 16).replace('T', ' ')} UTC` : ''}`);
console.log(`  ${pad('file', 52)} ${pad('raw', 9, true)} ${pad('gzipped', 9, true)} ${pad('previous', 9, true)} ${pad('change', 8, true)}`);
for (const f of files) {
  const before = prevFiles.get(f.file);
  console.log(`  ${pad(f.file, 52)} ${pad(num(f.raw), 9, true)} ${pad(num(f.gzip), 9, true)} ${pad(num(before), 9, true)} ${pad(change(f.gzip, before), 8, true)}`);
}
const prevTotal = previous?.total?.gzip;
console.log(`  ${pad('total', 52)} ${pad(num(size.total.raw), 9, true)} ${pad(num(size.total.gzip), 9, true)} ${pad(num(prevTotal), 9, true)} ${pad(change(size.total.gzip, prevTotal), 8, true)}`);

if (items.length) {
  console.log();
  console.log(`The ${TOP} largest items of the wasm (bytes before gzip, twiggy top)`);
  console.log(`  ${pad('bytes', 7, true)} ${pad('previous', 8, true)}  item`);
  for (const i of items) console.log(`  ${pad(num(i.bytes), 7, true)} ${pad(num(prevItems.get(i.name)), 8, true)}  ${i.name}`);
}

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(
  store,
  JSON.stringify({ date: new Date().toISOString(), files, total: size.total, items }, null, 2) + '\n',
);
console.log();
console.log(`Total: ${num(size.total.gzip)} bytes gzipped${prevTotal != null ? ` (previous ${num(prevTotal)})` : ''}. Written: bench-results/size.json`);
