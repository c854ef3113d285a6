// Nothing lost (issue 11), in Chromium: two tabs of one browser on the same
// saved plans, a storage that is full, and a large plan kept compactly.
// Two pages of one browser context share local storage as two tabs do.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import {
  ROOT, field, foreignRequests, launchBrowser, revision, startServer, typeInto, verdict,
  waitForRevisionAfter, waitForStatus,
} from './harness.mjs';
import { loadExample } from './session.mjs';

const KEY = 'centra-check';
const PLAN_LIST = 'select[data-plan-list]';
const NOTICE = '[data-notice][role=status]';
const TECHNIEK_CASH = 'partners[2].contributions[0].amount';
const downloads = mkdtempSync(join(tmpdir(), 'centra-tabs-'));

let server;
let browser;
let context;
let pages = [];
let closed = [];

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(downloads, { recursive: true, force: true });
});
afterEach(endProfile);

/** Closes the context; fails on any request outside the app or error in any of its pages. */
async function endProfile() {
  const seen = [...closed, ...pages];
  pages = [];
  closed = [];
  await context?.close();
  context = null;
  assert.deepEqual(foreignRequests(seen.flatMap((t) => t.requests), server.origin), [], 'requests outside the app origin');
  assert.deepEqual(seen.flatMap((t) => t.errors), [], 'uncaught errors in the page');
}

/** A new browser context: one profile, in which every page is a tab. */
async function newProfile() {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
}

/** Opens the app in a new tab of the current context. */
async function openTab() {
  const page = await context.newPage();
  const tab = { page, errors: [], requests: [] };
  page.on('pageerror', (e) => tab.errors.push(String(e)));
  page.on('request', (r) => tab.requests.push(r.url()));
  page.on('dialog', (d) => d.accept());
  await page.goto(server.origin + '/');
  await page.locator('[data-verdict]').waitFor({ timeout: 30_000 });
  pages.push(tab);
  return page;
}

/** Closes a tab as a user does: `pagehide` runs, so a pending save happens. */
async function closeTab(page) {
  await page.close({ runBeforeUnload: true });
  closed.push(...pages.filter((t) => t.page === page));
  pages = pages.filter((t) => t.page !== page);
}

/** The plan list as shown: titles in order, and the open one. */
async function planTitles(page) {
  return page.locator(`${PLAN_LIST} option`).evaluateAll((options) => options.map((o) => o.textContent.trim()));
}

async function openTitle(page) {
  return page.locator(PLAN_LIST).evaluate((s) => s.selectedOptions[0]?.textContent.trim());
}

async function waitForTitles(page, wanted, what) {
  const sorted = [...wanted].sort();
  try {
    await page.waitForFunction(
      ([sel, want]) => JSON.stringify([...document.querySelectorAll(`${sel} option`)].map((o) => o.textContent.trim()).sort()) === want,
      [PLAN_LIST, JSON.stringify(sorted)],
      { timeout: 15_000 },
    );
  } catch {
    throw new Error(`${what}: the plan list should be ${JSON.stringify(sorted)} but is ${JSON.stringify((await planTitles(page)).sort())}`);
  }
}

async function openPlan(page, title) {
  const value = await page.locator(`${PLAN_LIST} option`, { hasText: title }).first().getAttribute('value');
  await page.locator(PLAN_LIST).selectOption(value);
  await page.waitForFunction(([sel, t]) => document.querySelector(sel)?.selectedOptions[0]?.textContent.trim() === t, [PLAN_LIST, title]);
}

/** Waits until this tab's save of `text` is in local storage (saves wait 0.5 s after the last change). */
async function waitForStored(page, text) {
  await page.waitForFunction(([key, t]) => (localStorage.getItem(key) ?? '').includes(t), [KEY, text], { timeout: 10_000 });
}

/** The example as two plans, "Twente" and "Almelo", saved: the start of each two-tab test. */
async function twoPlans(page) {
  await loadExample(page);
  await typeInto(page, 'centre.name', 'Twente');
  await click(page, 'button[data-plan-action="duplicate"]');
  await page.locator('input[data-plan-name]').fill('');
  await page.locator('input[data-plan-name]').press('Enter');
  await typeInto(page, 'centre.name', 'Almelo');
  await waitForTitles(page, ['Twente', 'Almelo'], 'set-up');
  await waitForStored(page, '"Almelo"');
}

async function click(page, selector) {
  await page.locator(selector).first().click();
}

/** Each plan's centre name and Techniek's cash, as stored (the example's size is stored as plain JSON). */
async function stored(page) {
  const text = await page.evaluate((key) => localStorage.getItem(key), KEY);
  return JSON.parse(text).plans.map((p) => `${p.proposal.centre.name} ${p.proposal.partners[2].contributions[0].amount}`).sort();
}

describe('two tabs', () => {
  test('edits of different plans in two tabs all survive, and each tab shows the other\'s', async () => {
    for (const closeFirst of ['first tab', 'second tab']) {
      await newProfile();
      const one = await openTab();
      await twoPlans(one);
      const two = await openTab();
      await waitForTitles(two, ['Twente', 'Almelo'], 'the second tab opens the saved plans');

      await openPlan(one, 'Twente');
      await openPlan(two, 'Almelo');
      await typeInto(one, TECHNIEK_CASH, '100.000');
      await waitForStatus(one, 'C3', 'not_met');
      await typeInto(two, 'centre.name', 'Almelo bijgewerkt');
      await waitForStatus(two, 'verdict', 'meets');

      // Each tab learns of the other's save without a reload.
      await waitForTitles(one, ['Twente', 'Almelo bijgewerkt'], `${closeFirst}: the first tab shows the second's edit`);
      await openPlan(two, 'Twente');
      await waitForStatus(two, 'C3', 'not_met');
      assert.match(await field(two, TECHNIEK_CASH).inputValue(), /^100\.?000(,00)?$/, 'the second tab shows the first\'s amount');

      const [first, second] = closeFirst === 'first tab' ? [one, two] : [two, one];
      await closeTab(first);
      await closeTab(second);
      const again = await openTab();
      await waitForTitles(again, ['Twente', 'Almelo bijgewerkt'], `${closeFirst} closed first, then reopened`);
      assert.deepEqual(await stored(again), ['Almelo bijgewerkt 120000', 'Twente 100000']);
      await endProfile();
    }
  });

  test('the same plan edited in both tabs keeps both versions, named, with a notice', async () => {
    for (const savesFirst of ['first tab', 'second tab']) {
      await newProfile();
      const one = await openTab();
      await twoPlans(one);
      const two = await openTab();
      await waitForTitles(two, ['Twente', 'Almelo'], 'the second tab opens the saved plans');
      await openPlan(one, 'Twente');
      await openPlan(two, 'Twente');

      // Both edit before either has saved (a save waits 0.5 s).
      const [early, late] = savesFirst === 'first tab' ? [one, two] : [two, one];
      await field(early, 'centre.name').fill('Twente uit tab een');
      await field(late, 'centre.name').fill('Twente uit tab twee');
      await field(late, TECHNIEK_CASH).fill('90000');
      await waitForStatus(late, 'C3', 'not_met');

      const versions = ['Almelo', 'Twente uit tab een', 'Twente uit tab twee'];
      const expected = (titles) => titles.length === 3
        && titles.includes('Almelo')
        && titles.some((t) => t.startsWith('Twente uit tab een'))
        && titles.some((t) => t.startsWith('Twente uit tab twee'))
        && titles.some((t) => t.endsWith('(andere versie)'));
      for (const page of [one, two]) {
        await page.waitForFunction(
          ([sel, n]) => document.querySelectorAll(`${sel} option`).length === n, [PLAN_LIST, 3], { timeout: 15_000 },
        ).catch(async () => assert.fail(`both versions in each tab, got ${JSON.stringify(await planTitles(page))}`));
        assert.ok(expected(await planTitles(page)), `${savesFirst}: ${JSON.stringify(await planTitles(page))}`);
        assert.match(await page.locator(NOTICE).innerText(), /ander tabblad/, 'the notice says what happened');
      }
      // The notice of the tab that found two versions names the kept copy.
      const notices = await Promise.all([one, two].map((p) => p.locator(NOTICE).innerText()));
      assert.ok(notices.some((n) => /Beide versies zijn bewaard.*\(andere versie\)/.test(n)), notices.join(' | '));

      await closeTab(late);
      await closeTab(early);
      const again = await openTab();
      const titles = await planTitles(again);
      assert.ok(expected(titles), `after reopening: ${JSON.stringify(titles)}`);
      const kept = await stored(again);
      assert.deepEqual(kept.map((k) => k.replace(/ \d+$/, '')), versions, 'each version once');
      assert.ok(kept.includes('Twente uit tab twee 90000'), 'with its own amount');
      await endProfile();
    }
  });

  test('a tab without edits of its own follows the other, on the open plan, with a notice', async () => {
    await newProfile();
    const one = await openTab();
    await twoPlans(one);
    await openPlan(one, 'Twente');
    const two = await openTab();
    await openPlan(two, 'Twente');
    const seen = await revision(two);
    await typeInto(one, TECHNIEK_CASH, '100000');
    await waitForStatus(one, 'C3', 'not_met');
    await waitForRevisionAfter(two, seen, 15_000);
    await waitForStatus(two, 'C3', 'not_met');
    assert.equal(await field(two, TECHNIEK_CASH).inputValue(), '100000');
    assert.match(await two.locator(NOTICE).innerText(), /bijgewerkt vanuit een ander tabblad/);
    assert.deepEqual((await planTitles(two)).sort(), ['Almelo', 'Twente'], 'no second version without a second edit');
  });
});

describe('full storage', () => {
  test('a refused save says so at once, keeps the plan, offers the export, retries, and damages nothing', async () => {
    await newProfile();
    const page = await openTab();
    await loadExample(page);
    await typeInto(page, 'centre.name', 'Vol centrum');
    await waitForStored(page, '"Vol centrum"');
    const before = await page.evaluate((key) => localStorage.getItem(key), KEY);

    // Fill local storage to the last character the browser allows.
    const filled = await page.evaluate(() => {
      let size = 1 << 22;
      let n = 0;
      while (size >= 1) {
        try {
          localStorage.setItem(`filler-${n}`, 'x'.repeat(size));
          n += 1;
        } catch {
          size = Math.floor(size / 2);
        }
      }
      return n;
    });
    assert.ok(filled > 0, 'the storage took filler');

    // Edits: the verdict follows, the save is refused, the page says so.
    await typeInto(page, 'centre.name', 'Vol centrum met een langere naam');
    await typeInto(page, TECHNIEK_CASH, '100.000');
    await waitForStatus(page, 'C3', 'not_met');
    const error = page.locator('[data-save-error]');
    await error.waitFor({ timeout: 3_000 });
    assert.match(await error.innerText(), /niet bewaard.*opslag is vol/s);
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), before, 'what was stored is intact');
    assert.equal(await verdict(page), 'not_met', 'the plan stays in the page');

    // The export right there holds the plan as it is now.
    const [file] = await Promise.all([page.waitForEvent('download'), click(page, 'button[data-save-error-export]')]);
    assert.equal(file.suggestedFilename(), 'vol-centrum-met-een-langere-naam.json');
    const path = join(downloads, 'full.json');
    await file.saveAs(path);
    const exported = JSON.parse(readFileSync(path, 'utf8'));
    assert.equal(exported.partners[2].contributions[0].amount, '100000');

    // Still full: the next change is refused too, and says so again.
    await typeInto(page, 'centre.name', 'Vol centrum met een nog langere naam');
    await page.waitForTimeout(1_000);
    assert.ok(await error.isVisible(), 'still refused');
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), before, 'still intact');

    // Room again: the next change is kept, with everything before it.
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
    await typeInto(page, 'centre.name', 'Vol centrum 3');
    await waitForStored(page, '"Vol centrum 3"');
    await error.waitFor({ state: 'detached', timeout: 5_000 });
    await page.reload();
    await page.locator('[data-verdict]').waitFor();
    await waitForStatus(page, 'C3', 'not_met');
    assert.equal(await field(page, 'centre.name').inputValue(), 'Vol centrum 3');
  });

  test('a large plan is stored compactly, far below the limit, and comes back after a reload', async () => {
    const file = join(downloads, 'large.json');
    writeFileSync(file, execFileSync('cargo', ['run', '--quiet', '--example', 'make-proposal', '--', 'large'], {
      cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
    }));
    const plain = readFileSync(file, 'utf8').length;
    await newProfile();
    const page = await openTab();
    const seen = await revision(page);
    await page.locator('input[type=file][data-import="proposal"]').setInputFiles(file);
    await waitForRevisionAfter(page, seen, 120_000);
    await page.waitForFunction((key) => (localStorage.getItem(key) ?? '').startsWith('centra-check/storage;lz1;'), KEY, { timeout: 30_000 });
    const kept = await page.evaluate((key) => localStorage.getItem(key).length, KEY);
    assert.ok(kept * 5 < plain, `${plain} characters of plan kept in ${kept}`);
    const shown = await verdict(page);
    await page.reload();
    await page.locator('nav[data-pager="budget"]').waitFor({ timeout: 60_000 });
    assert.equal(await page.locator('nav[data-pager="budget"]').getAttribute('data-pages'), '800');
    assert.equal(await verdict(page), shown);
  });
});

