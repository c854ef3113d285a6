// Hostile input gets bounded work (issue 23), in Chromium: a share link at
// the limit of activities opens in seconds with a small result panel whose
// many findings of one kind are grouped and paged; one over the limit is
// refused at once and never saved; a link that would inflate to gigabytes
// is stopped with the renderer barely growing; files are taken and refused
// as the CLI takes and refuses them (tests/encodings/).
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createDeflateRaw, deflateRawSync } from 'node:zlib';
import { describe, test } from 'node:test';
import { ROOT, cliReport, click, field, revision, waitForRevisionAfter } from './harness.mjs';
import { appSession } from './session.mjs';

const session = appSession();

/** The share fragment of a proposal, as the app makes it: #p1= + base64url(deflate-raw(JSON)). */
const fragment = (proposal) => `#p1=${deflateRawSync(Buffer.from(JSON.stringify(proposal)), { level: 9 }).toString('base64url')}`;
const activities = (count) => ({
  format: 'centra-check/proposal',
  version: 2,
  activities: Array.from({ length: count }, (_, i) => ({ id: `a${i + 1}` })),
});
const nodesIn = (page, selector) => page.locator(selector).evaluate((e) => e.querySelectorAll('*').length);
/** The plans kept in local storage, as text. */
const stored = (page) => page.evaluate(() => Object.values(localStorage).join('\n'));

describe('a share link at the limits', () => {
  test('2,000 activities open in seconds, with few nodes and findings paged by kind', async () => {
    const { page } = await session.open();
    const empty = await stored(page);
    const link = fragment(activities(2000));
    const started = Date.now();
    await page.evaluate((hash) => { location.hash = hash; }, link);
    await page.locator('[data-criterion="C4"][data-status="not_met"]').waitFor({ timeout: 30_000 });
    const took = Date.now() - started;
    console.log(`2,000 activities: opened in ${took} ms`);
    assert.ok(took < 5000, `opened in ${took} ms`);
    const nodes = await nodesIn(page, '#results');
    console.log(`#results holds ${nodes} nodes`);
    assert.ok(nodes < 5000, `${nodes} nodes in #results`);

    // Each kind once, with its count, the first ten named, a pager for the rest.
    const group = page.locator('[data-criterion="C4"] li[data-finding-group="C4_ACTIVITY_NO_BUDGET"]');
    assert.equal(await group.getAttribute('data-count'), '2000');
    assert.match(await group.innerText(), /2\.000 meldingen van deze soort \(C4_ACTIVITY_NO_BUDGET\)/);
    const named = group.locator('li[data-finding="C4_ACTIVITY_NO_BUDGET"]');
    assert.equal(await named.count(), 10);
    assert.equal(await named.first().locator('a').getAttribute('data-finding-link'), 'activities[0]');
    for (const code of ['C4_ACTIVITY_NO_GOAL', 'C4_ACTIVITY_NO_TARGET']) {
      assert.equal(await page.locator(`li[data-finding-group="${code}"]`).getAttribute('data-count'), '2000');
    }
    // In the order the report gives: each group where its first finding is.
    const order = await page.locator('[data-criterion="C4"] > ul.findings > li').evaluateAll((items) =>
      items.map((li) => li.dataset.findingGroup ?? li.dataset.finding));
    const file = join(mkdtempSync(join(tmpdir(), 'centra-limits-')), 'plan.json');
    writeFileSync(file, JSON.stringify(activities(2000)));
    const cliOrder = cliReport(file).ordered.filter((f) => f.startsWith('C4 ')).map((f) => f.split(' ')[1]);
    assert.deepEqual(order, [...new Set(cliOrder)], 'each kind once, in the order of the report');

    // The rest a page at a time; the pager has no select of 200 pages.
    const pager = group.locator('nav[data-pager="findings.C4_ACTIVITY_NO_BUDGET"]');
    assert.equal(await pager.getAttribute('data-pages'), '200');
    assert.equal(await pager.locator('select').count(), 0);
    await click(page, 'button[data-page-next="findings.C4_ACTIVITY_NO_BUDGET"]');
    await page.waitForFunction(() =>
      document.querySelector('nav[data-pager="findings.C4_ACTIVITY_NO_BUDGET"]')?.dataset.page === '2');
    assert.equal(await named.first().locator('a').getAttribute('data-finding-link'), 'activities[10]');
    assert.equal(await named.count(), 10);

    // Saved, and the next start is as quick.
    await page.waitForFunction((before) => Object.values(localStorage).join('\n') !== before, empty, { timeout: 10_000 });
    const again = Date.now();
    await page.reload();
    await page.locator('[data-criterion="C4"][data-status="not_met"]').waitFor({ timeout: 30_000 });
    console.log(`2,000 activities: started again in ${Date.now() - again} ms`);
    assert.ok(Date.now() - again < 5000);
  });

  test('10,000 activities are refused at once, and never saved', async () => {
    const { page } = await session.open();
    await field(page, 'centre.name').fill('Mijn plan');
    await page.waitForFunction(() => Object.values(localStorage).some((v) => v.includes('Mijn plan')), null, { timeout: 10_000 });
    const started = Date.now();
    await page.evaluate((hash) => { location.hash = hash; }, fragment(activities(10_000)));
    const error = page.locator('[data-share-error]');
    await error.waitFor({ timeout: 30_000 });
    const took = Date.now() - started;
    console.log(`10,000 activities: refused in ${took} ms`);
    assert.ok(took < 5000, `refused in ${took} ms`);
    assert.match(await error.innerText(), /activities: meer dan 2\.000 activiteiten/);
    assert.equal(await field(page, 'centre.name').inputValue(), 'Mijn plan', 'the open plan stays');
    await page.reload();
    await page.locator('[data-verdict]').waitFor();
    assert.equal(await field(page, 'centre.name').inputValue(), 'Mijn plan');
    assert.ok(!(await stored(page)).includes('a10000'), 'the refused plan was never saved');
  });

  test('a fragment that would inflate to 1.5 GB is refused, the renderer growing by less than 100 MB', async () => {
    // 1.5 GB of zeros, deflated a megabyte at a time: a fragment under the
    // 2 MiB Chromium allows in an address.
    const chunks = [];
    const zeros = Buffer.alloc(1 << 20);
    await pipeline(
      (async function* () { for (let i = 0; i < 1500; i++) yield zeros; })(),
      createDeflateRaw({ level: 9 }),
      new Writable({ write(chunk, _, done) { chunks.push(chunk); done(); } }),
    );
    const bomb = `#p1=${Buffer.concat(chunks).toString('base64url')}`;
    assert.ok(bomb.length < 2 * 2 ** 20, `${bomb.length} characters`);

    const { context, page } = await session.open();
    const cdp = await context.browser().newBrowserCDPSession();
    const renderers = async () => (await cdp.send('SystemInfo.getProcessInfo')).processInfo
      .filter((p) => p.type === 'renderer').map((p) => p.id);
    // The peak resident size of each renderer (the page's among them).
    const peaks = async () => Object.fromEntries((await renderers()).map((pid) => {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        return [pid, Number(/VmHWM:\s+(\d+) kB/.exec(status)[1]) * 1024];
      } catch {
        return [pid, 0];
      }
    }));
    await field(page, 'centre.name').fill('Mijn plan');
    const before = await peaks();
    await page.evaluate((hash) => { location.hash = hash; }, bomb);
    const error = page.locator('[data-share-error]');
    await error.waitFor({ timeout: 60_000 });
    assert.match(await error.innerText(), /te groot|too large/i);
    const after = await peaks();
    const grown = Math.max(...Object.keys(after).map((pid) => after[pid] - (before[pid] ?? after[pid])));
    console.log(`inflation bomb: renderer peak grew by ${(grown / 2 ** 20).toFixed(1)} MB`);
    assert.ok(Object.keys(after).length > 0, 'a renderer was measured');
    assert.ok(grown < 100 * 2 ** 20, `grew by ${grown} bytes`);
    assert.equal(await field(page, 'centre.name').inputValue(), 'Mijn plan');
    await cdp.detach();
  });
});

describe('a file over a limit, and the bytes of a file', () => {
  const IMPORT = 'input[type=file][data-import="proposal"]';

  test('a file of 2,001 activities is refused with the path and the limit', async () => {
    const { page } = await session.open();
    await page.locator(IMPORT).setInputFiles({
      name: 'te-groot.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(activities(2001))),
    });
    const error = page.locator('[data-import-error]');
    await error.waitFor();
    assert.match(await error.innerText(), /activities: meer dan 2\.000 activiteiten/);
  });

  // The same files as the CLI's test (tests/hostile_input.rs): ok-* are
  // read, refused-* refused with the reason the CLI gives.
  const dir = join(ROOT, 'tests', 'encodings');
  for (const name of readdirSync(dir).sort()) {
    test(`${name}: as the CLI takes it`, async () => {
      const file = join(dir, name);
      const report = cliReport(file);
      const cli = { ok: report.exit !== 2, reason: report.stderr.trim().split(`${file}: `)[1] };
      const { page } = await session.open();
      const seen = await revision(page);
      await page.locator(IMPORT).setInputFiles(file);
      if (name.startsWith('ok-')) {
        assert.ok(cli.ok, `the CLI reads ${name}`);
        await waitForRevisionAfter(page, seen);
        assert.equal(await field(page, 'centre.name').inputValue(), 'Centrum Slimme Maakindustrie Twente');
      } else {
        assert.ok(!cli.ok, `the CLI refuses ${name}`);
        const reason = page.locator(`[data-import-error="${name}"] .import-reason`);
        await reason.waitFor();
        assert.equal(await reason.innerText(), cli.reason);
      }
    });
  }
});
