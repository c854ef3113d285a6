// Never lose work, share it, embed it (issue 4), through docs/ui-contract.md:
// a reload keeps the plan and the language, unreadable storage is kept aside,
// export then import gives the same proposal, a share link carries the plan
// to a fresh browser, and the embed resizes its iframe across origins.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  ROOT, click, cliReport, field, foreignRequests, launchBrowser, openApp, revision, startServer,
  statuses, typeInto, verdict, waitForRevisionAfter, waitForStatus,
} from './harness.mjs';

const EXAMPLE = '[data-load-example="civ-slimme-maakindustrie"]';
const TECHNIEK_CASH = 'partners[2].contributions[0].amount';

let server;
let browser;
const downloads = mkdtempSync(join(tmpdir(), 'centra-keep-'));

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the app, runs `body`, closes, and fails on requests outside the allowed origins. */
async function withApp(options, body, allowed = []) {
  const app = await openApp(browser, server.origin, options);
  try {
    await body(app);
  } finally {
    await app.context.close();
  }
  const foreign = foreignRequests(app.requests, server.origin).filter((u) => !allowed.some((o) => u.startsWith(o + '/')));
  assert.deepEqual(foreign, [], 'requests outside the app origin');
  assert.deepEqual(app.errors, [], 'uncaught errors in the page');
}

/** The example with Techniek's cash lowered to € 100.000 (C3 not met) and a new name. */
async function editedExample(page) {
  const seen = await revision(page);
  await click(page, EXAMPLE);
  await waitForRevisionAfter(page, seen);
  await waitForStatus(page, 'verdict', 'meets');
  await typeInto(page, 'centre.name', 'Centrum Bewaard Twente');
  await typeInto(page, TECHNIEK_CASH, '100000');
  await waitForStatus(page, 'C3', 'not_met');
}

async function expectEditedExample(page) {
  await waitForStatus(page, 'C3', 'not_met');
  assert.equal(await field(page, 'centre.name').inputValue(), 'Centrum Bewaard Twente');
  assert.match(await field(page, TECHNIEK_CASH).inputValue(), /^100[.]?000(,00)?$/);
  assert.equal(await verdict(page), 'not_met');
}

describe('local storage', () => {
  test('a reload brings back the plan, as edited, in the chosen language', async () => {
    await withApp({}, async ({ page }) => {
      await editedExample(page);
      await click(page, '[data-lang-switch="en"]');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await page.reload();
      await page.locator('[data-verdict]').waitFor();
      await expectEditedExample(page);
      assert.equal(await page.locator('html').getAttribute('lang'), 'en', 'the language is kept');
    });
  });

  test('unreadable stored data is kept aside, said so, and the app still works', async () => {
    const context = await browser.newContext();
    // Before the app's first script, once: a stored value the app cannot read.
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('centra-check', '{"format": "centra-check/storage", kapot');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await context.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    try {
      await page.goto(server.origin + '/');
      await page.locator('[data-storage-notice="kept-aside"]').waitFor({ timeout: 15_000 });
      const kept = await page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith('centra-check.unreadable.')).map((k) => localStorage.getItem(k)),
      );
      assert.deepEqual(kept, ['{"format": "centra-check/storage", kapot'], 'the unreadable text is kept, unchanged');
      assert.equal(await page.locator('button[data-download-unreadable]').count(), 1, 'it can be downloaded');
      const seen = await revision(page);
      await click(page, EXAMPLE);
      await waitForRevisionAfter(page, seen);
      await waitForStatus(page, 'verdict', 'meets');
    } finally {
      await context.close();
    }
    assert.deepEqual(foreignRequests(requests, server.origin), []);
  });
});

describe('export and import', () => {
  test('an exported plan imports as the same proposal, and the CLI agrees with the page', async () => {
    const first = join(downloads, 'first.json');
    const second = join(downloads, 'second.json');
    let shown;
    await withApp({}, async ({ page }) => {
      await editedExample(page);
      shown = await statuses(page);
      const [download] = await Promise.all([page.waitForEvent('download'), click(page, '[data-export="proposal"]')]);
      assert.match(download.suggestedFilename(), /^centrum-bewaard-twente\.json$/);
      await download.saveAs(first);
    });
    const exported = JSON.parse(readFileSync(first, 'utf8'));
    assert.equal(exported.format, 'centra-check/proposal');
    assert.equal(exported.centre.name, 'Centrum Bewaard Twente');
    assert.equal(exported.partners[2].contributions[0].amount, '100000');
    const cli = cliReport(first);
    assert.deepEqual(cli.statuses, shown, 'the CLI judges the exported file as the page did');

    await withApp({}, async ({ page }) => {
      const seen = await revision(page);
      await page.locator('input[type=file][data-import="proposal"]').setInputFiles(first);
      await waitForRevisionAfter(page, seen);
      await expectEditedExample(page);
      assert.deepEqual(await statuses(page), shown);
      const [download] = await Promise.all([page.waitForEvent('download'), click(page, '[data-export="proposal"]')]);
      await download.saveAs(second);
    });
    assert.equal(readFileSync(second, 'utf8'), readFileSync(first, 'utf8'), 'export → import → export is the same file');
  });
});

describe('share link', () => {
  test('a share link opens the same plan in a fresh browser, carried only in the fragment', async () => {
    let link;
    let shown;
    await withApp({}, async ({ page }) => {
      await editedExample(page);
      shown = await statuses(page);
      await click(page, 'button[data-share="link"]');
      const input = page.locator('input[data-share-link]');
      await input.waitFor();
      link = await input.inputValue();
      // The example of format 3 (its complementarity text) is a little over
      // the safe length: the link works in browsers, and the file is advised.
      assert.equal(await input.getAttribute('data-share-link'), 'long', 'the example is just over the safe length');
      assert.equal(await page.locator('[data-link-advice="long"]').count(), 1, 'the file is advised for mail and chat');
    });
    const url = new URL(link);
    assert.equal(url.origin, server.origin);
    assert.equal(url.search, '', 'nothing in the query, which a server would see');
    assert.match(url.hash, /^#p1=./);

    const app = await openApp(browser, server.origin, { path: url.pathname + url.hash });
    try {
      await expectEditedExample(app.page);
      assert.deepEqual(await statuses(app.page), shown);
      await app.page.waitForFunction(() => location.hash === '', null, { timeout: 10_000 });
    } finally {
      await app.context.close();
    }
    assert.ok(app.requests.every((u) => !u.includes('#p1=')), 'the plan is never in a request');
    assert.deepEqual(foreignRequests(app.requests, server.origin), []);

    // Pasted into the address bar of an app already open (`hashchange`):
    // it opens there too, and the fragment goes again.
    await withApp({}, async ({ page }) => {
      await waitForStatus(page, 'verdict', 'incomplete');
      await page.evaluate((fragment) => { location.hash = fragment; }, url.hash);
      await expectEditedExample(page);
      assert.deepEqual(await statuses(page), shown);
      await page.waitForFunction(() => location.hash === '', null, { timeout: 10_000 });
    });
  });
});

describe('embedding', () => {
  test('the iframe on another origin grows and shrinks with the checker', async () => {
    // The host page on a second server: another port, so another origin.
    const host = await startServer(join(ROOT, 'embed'), { index: 'test-host.html' });
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const requests = [];
    context.on('request', (r) => requests.push(r.url()));
    const page = await context.newPage();
    try {
      assert.notEqual(host.origin, server.origin);
      await page.goto(`${host.origin}/test-host.html?src=${encodeURIComponent(`${server.origin}/?embed`)}`);
      const app = page.frameLocator('iframe[data-centra-check]');
      await app.locator('[data-verdict]').waitFor({ timeout: 30_000 });
      assert.equal(await app.locator('header.site-header').count(), 0, 'no header in embed mode');
      const heightNow = async () => Number(await page.locator('html').getAttribute('data-iframe-height'));
      const appHeight = () => app.locator('html').evaluate((e) => e.getBoundingClientRect().height);
      // The iframe takes the empty checker's height instead of its initial 600 px.
      await waitUntil(async () => Math.abs((await heightNow()) - (await appHeight())) <= 2, 'the iframe fits the empty checker');
      const empty = await heightNow();
      await app.locator(EXAMPLE).click();
      await app.locator('[data-verdict="meets"]').waitFor();
      await waitUntil(async () => (await heightNow()) > empty + 100, 'the iframe grows with the example');
      await waitUntil(async () => Math.abs((await heightNow()) - (await appHeight())) <= 2, 'the iframe fits the example');
      const full = await heightNow();
      await app.locator('[data-load-example="empty"]').click();
      await app.locator('[data-verdict="incomplete"]').waitFor();
      await waitUntil(async () => (await heightNow()) < full - 100, 'the iframe shrinks with an empty plan');
      await waitUntil(async () => Math.abs((await heightNow()) - (await appHeight())) <= 2, 'the iframe fits the empty plan');
    } finally {
      await context.close();
      await host.close();
    }
    const foreign = requests.filter((u) => !u.startsWith(server.origin + '/') && !u.startsWith(host.origin + '/') && !/^(data|blob):/.test(u));
    assert.deepEqual(foreign, [], 'requests outside the two origins');
  });
});

async function waitUntil(condition, what, timeout = 15_000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try {
      if (await condition()) return;
    } catch (e) {
      last = e;
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`timed out: ${what}${last ? ` (${last.message})` : ''}`);
}
