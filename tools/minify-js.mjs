// Minifies the JavaScript of a release build (`make dist`) and updates the
// subresource-integrity hashes in its index.html to match.
//
// Trunk minifies JS itself, but its minifier gives up on wasm-bindgen's
// glue (the `import * as importN from "…"` lines have no semicolons) and
// then ships the glue and the browser.js snippet as written, comments and
// all: about 3 KB gzipped more for every visitor. terser (pinned in
// package.json) reads them fine. boot.js is left alone: it is tiny and
// its own file.
//
// Usage: node tools/minify-js.mjs DIST_DIR

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { minify } from 'terser';

const dist = process.argv[2];
if (!dist) {
  console.error('usage: node tools/minify-js.mjs DIST_DIR');
  process.exit(2);
}

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const htmlPath = join(dist, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
for (const path of files(dist)) {
  if (!path.endsWith('.js') || path.endsWith(`${sep}boot.js`)) continue;
  const source = readFileSync(path, 'utf8');
  const result = await minify(source, { module: true, compress: true, mangle: true });
  if (typeof result.code !== 'string') throw new Error(`terser gave nothing for ${path}`);
  const before = sri(source);
  writeFileSync(path, result.code);
  const after = sri(result.code);
  // The link that preloads this file carries its hash; it must follow.
  const href = `./${relative(dist, path).split(sep).join('/')}`;
  if (html.includes(before)) {
    html = html.split(before).join(after);
  } else if (html.includes(href)) {
    throw new Error(`index.html names ${href} without its integrity hash ${before}`);
  }
  console.log(`minified ${href}: ${source.length} → ${result.code.length} bytes`);
}
writeFileSync(htmlPath, html);
