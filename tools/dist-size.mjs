// Size of the release bundle: every .wasm, .js, .css and .html file in the
// given folder (default dist/), raw and gzipped (level 9, as a server would).
// Usage: node tools/dist-size.mjs [DIR] [--json FILE]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export function distSize(dir) {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (['.wasm', '.js', '.css', '.html'].includes(extname(name))) {
        const bytes = readFileSync(path);
        files.push({ file: relative(dir, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
      }
    }
  };
  walk(dir);
  files.sort((a, b) => b.gzip - a.gzip);
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
  return { files, total };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const jsonAt = args.indexOf('--json');
  const out = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : null;
  const dir = args[0] ?? 'dist';
  const size = distSize(dir);
  if (size.files.length === 0) {
    console.error(`dist-size: no .wasm/.js/.css/.html files in ${dir}`);
    process.exit(1);
  }
  for (const f of size.files) console.log(`  ${f.file.padEnd(48)} ${kb(f.raw).padStart(11)} raw ${kb(f.gzip).padStart(11)} gzipped`);
  console.log(`Bundle size (wasm+js+css+html): ${kb(size.total.raw)} raw, ${kb(size.total.gzip)} gzipped (${size.total.gzip} bytes)`);
  if (out) writeFileSync(out, JSON.stringify(size, null, 2) + '\n');
}
