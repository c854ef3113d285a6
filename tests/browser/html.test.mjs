// The page is valid HTML: the W3C Nu HTML checker (npm's vnu-jar, on Java)
// finds no error in the page as the browser holds it, with the example
// loaded, and again with the money as tables and a removal's notice shown
// (finding links among them: their `href`s percent-encode brackets).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, click, typeInto } from './harness.mjs';
import { appSession, loadExample } from './session.mjs';

const session = appSession();
const VNU = join(ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

/** The page's markup as the browser holds it now. */
async function markup(page) {
  return `<!doctype html>\n${await page.evaluate(() => document.documentElement.outerHTML)}`;
}

/** The checker's errors for these pages, as "file: message (extract)". */
function errors(pages) {
  const dir = mkdtempSync(join(tmpdir(), 'centra-vnu-'));
  try {
    const files = pages.map((html, i) => {
      const file = join(dir, `page-${i}.html`);
      writeFileSync(file, html);
      return file;
    });
    let out = '';
    try {
      out = execFileSync('java', ['-jar', VNU, '--format', 'json', '--errors-only', ...files],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      // Exit 1 when it found errors: they are in the report all the same.
      out = e.stdout || e.stderr;
    }
    const report = JSON.parse(out || '{"messages":[]}');
    return report.messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal')
      .map((m) => `${m.url?.split('/').pop()}: ${m.message} (${m.extract ?? ''})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the W3C Nu HTML checker', () => {
  test('finds no error in the page with the example, its finding links, tables and notices', async () => {
    const { page } = await session.open({ width: 1280, height: 900 });
    await loadExample(page);
    // Findings with links to rows, their paths in brackets.
    await typeInto(page, 'activities[1].name', '');
    await page.locator('a[data-finding-link^="activities["]').first().waitFor();
    const example = await markup(page);
    await page.locator('#table-partners').check();
    await page.locator('#table-budget').check();
    await click(page, '[data-remove="budget[0]"]');
    await page.locator('[data-removed]').waitFor();
    const tables = await markup(page);
    assert.deepEqual(errors([example, tables]), []);
  });
});
