// The release bundle (make dist) stays under 215,000 bytes gzipped: wasm + js
// + css + html. The limit follows the bundle down (199,611 bytes on
// 2026-11-26, after the size work of docs/performance.md), with room for the
// features of issues 20 to 23 (at most 215,000 for all of them together), so
// space won back does not leak away unnoticed; `make size` shows where the
// bytes are. Once the bundle is under 180,000 bytes, the limit drops to 180,000.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distSize } from '../../tools/dist-size.mjs';
import { DIST } from './harness.mjs';

const LIMIT = 215_000;

test('the release bundle is under 215,000 bytes gzipped', () => {
  const { files, total } = distSize(DIST);
  assert.ok(files.some((f) => f.file.endsWith('.wasm')), 'the bundle holds the wasm');
  assert.ok(files.some((f) => f.file === 'index.html'), 'the bundle holds index.html');
  console.log(`bundle: ${total.gzip} bytes gzipped (${files.map((f) => `${f.file} ${f.gzip}`).join(', ')})`);
  assert.ok(total.gzip < LIMIT, `${total.gzip} bytes gzipped, limit ${LIMIT}`);
});

test('the release bundle loads nothing from elsewhere', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const external = [...html.matchAll(/(?:src|href)\s*=\s*["'](https?:)?\/\/[^"']+/gi)].map((m) => m[0]);
  assert.deepEqual(external, [], 'index.html refers to another host');
});
