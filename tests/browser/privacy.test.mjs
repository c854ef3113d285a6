// Issue 22 in Chromium: the footer's privacy and accessibility statements,
// the wipe button (nothing of the page is left in local storage, no save and
// no other tab writes the old plans back), and the host's colours in the
// address and by message (docs/embed.md, "The host's colours").
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import {
  ROOT, field, foreignRequests, launchBrowser, revision, startServer, typeInto, waitForRevisionAfter,
} from './harness.mjs';
import { EXAMPLE, loadExample } from './session.mjs';

const DEFAULT_ACCENT = 'rgb(29, 78, 216)';
const KATAPULT_BLUE = 'rgb(0, 90, 156)';

let server;
let host;
let browser;
let context;
let tabs = [];

before(async () => {
  server = await startServer();
  host = await startServer(join(ROOT, 'embed'), { index: 'test-host.html' });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await Promise.all([server?.close(), host?.close()]);
});
afterEach(async () => {
  const seen = tabs;
  tabs = [];
  await context?.close();
  context = null;
  const origins = [server.origin, host.origin];
  const foreign = seen.flatMap((t) => t.requests).filter((u) => !origins.some((o) => u.startsWith(o + '/')) && !/^(data|blob):/.test(u));
  assert.deepEqual(foreign, [], 'requests outside the app and the test host');
  assert.deepEqual(seen.flatMap((t) => t.errors), [], 'errors or CSP violations in the page');
});

/** A tab of the current profile (opened on first use), with its errors, CSP violations and console warnings. */
async function openTab(path = '/', { wait = true } = {}) {
  context ??= await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const tab = { page, errors: [], requests: [], warnings: [] };
  page.on('pageerror', (e) => tab.errors.push(String(e)));
  page.on('request', (r) => tab.requests.push(r.url()));
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) tab.errors.push(m.text());
    if (m.type() === 'warning' && m.text().startsWith('Centra-check')) tab.warnings.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy: ${e.violatedDirective}`));
  });
  tabs.push(tab);
  await page.goto(server.origin + path);
  if (wait) await page.locator('[data-verdict]').waitFor({ timeout: 30_000 });
  return { page, tab };
}

const keys = (page) => page.evaluate(() => Object.keys(localStorage).sort());
const stored = (page) => page.evaluate(() => Object.values(localStorage).join('\n'));
const pause = (ms) => new Promise((ok) => setTimeout(ok, ms));

async function planTitles(page) {
  return page.locator('select[data-plan-list] option').evaluateAll((options) => options.map((o) => o.textContent.trim()));
}

/** Two saved plans: the example, and a copy renamed. */
async function twoPlans(page) {
  await loadExample(page);
  await page.locator('[data-plan-action="duplicate"]').click();
  await page.locator('[data-plan-name]').fill('Geheim plan');
  await page.locator('[data-plan-name]').press('Tab');
  await page.waitForFunction(() => (localStorage.getItem('centra-check') ?? '').includes('Geheim plan'), null, { timeout: 10_000 });
}

describe('the footer', () => {
  test('says what is kept where, in both languages, on the page and in the embed', async () => {
    for (const path of ['/', '/?embed']) {
      // A fresh profile for each: the language switched in the first tab is
      // saved and would otherwise open the second one in English, or not,
      // depending on how soon the save lands.
      await context?.close();
      context = null;
      const { page } = await openTab(path);
      const footer = page.locator('footer.site-footer');
      const text = await footer.innerText();
      assert.match(text, /geen server, geen cookies, geen analytics/);
      assert.match(text, /localStorage .*‘centra-check’.*‘centra-check\.unreadable\./);
      assert.match(text, /deellink.*wie de link heeft, kan het plan lezen/);
      assert.match(text, /WCAG 2\.1 niveau A en AA/);
      assert.match(text, /Nog niet gedaan \(6 december 2026\)/);
      assert.match(text, /docs\/privacy\.md en docs\/accessibility\.md/);
      assert.equal(await footer.locator('button[data-wipe]').count(), 1);
      await page.locator('[data-lang-switch="en"]').click();
      assert.match(await footer.innerText(), /no server, no cookies, no analytics.*anyone with the link can read the plan/s);
      assert.match(await footer.locator('button[data-wipe]').innerText(), /Erase all Centra-check keeps here/);
    }
  });
});

describe('the wipe button', () => {
  test('asks first, offers every plan for download, then leaves no key of the page', async () => {
    const { page } = await openTab();
    await twoPlans(page);
    await page.evaluate(() => localStorage.setItem('centra-check.unreadable.1767225600000', '{ kapot'));
    await page.evaluate(() => localStorage.setItem('ander-programma', 'blijft'));

    const wipe = page.locator('button[data-wipe]');
    await wipe.click();
    assert.equal(await wipe.getAttribute('aria-expanded'), 'true');
    const question = page.locator('#wipe-question');
    assert.match(await question.innerText(), /Dit wist je 2 plannen uit deze browser, ook in andere tabbladen/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'wipe-download', 'the safe answer has the focus');
    // Nothing is erased by asking, nor by "Annuleren".
    await page.locator('button[data-wipe-cancel]').click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'wipe');
    assert.ok((await keys(page)).includes('centra-check'));

    await wipe.click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('button[data-wipe-download]').click(),
    ]);
    assert.equal(download.suggestedFilename(), 'centra-check-plannen.json');
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(file.format, 'centra-check/storage');
    assert.deepEqual(file.plans.map((p) => p.name).sort(), ['', 'Geheim plan']);
    assert.ok(file.plans.every((p) => p.proposal.format === 'centra-check/proposal'), 'each plan a proposal file');

    await page.locator('button[data-wipe-confirm]').click();
    await page.locator('[data-wiped]').waitFor();
    assert.match(await page.locator('[data-wiped]').innerText(), /Alles is gewist/);
    assert.deepEqual(await keys(page), ['ander-programma'], 'only what is not Centra-check\'s');
    assert.deepEqual(await planTitles(page), ['Naamloos plan']);
    assert.equal(await field(page, 'centre.name').inputValue(), '');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'wipe');
    // No save writes anything back, not even when the page is hidden.
    await pause(1500);
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
    await pause(300);
    assert.deepEqual(await keys(page), ['ander-programma']);
    // Working on starts keeping again, with nothing of before.
    const seen = await revision(page);
    await typeInto(page, 'centre.name', 'Nieuw begin');
    await waitForRevisionAfter(page, seen);
    await page.waitForFunction(() => (localStorage.getItem('centra-check') ?? '').includes('Nieuw begin'), null, { timeout: 10_000 });
    assert.doesNotMatch(await stored(page), /Geheim plan|Twente|kapot/);
  });

  test('a save still waiting when the wipe comes does not write the old plan back', async () => {
    const { page } = await openTab();
    await twoPlans(page);
    await page.locator('button[data-wipe]').click();
    // An edit whose save waits half a second, then the wipe at once.
    await typeInto(page, 'centre.name', 'Net getypt');
    await page.locator('button[data-wipe-confirm]').click();
    await page.locator('[data-wiped]').waitFor();
    await pause(1500);
    assert.deepEqual(await keys(page), []);
  });

  test('another tab empties itself too and never writes its plans back', async () => {
    const { page: a } = await openTab();
    await twoPlans(a);
    const { page: b } = await openTab();
    assert.deepEqual((await planTitles(b)).length, 2);

    await a.locator('button[data-wipe]').click();
    await a.locator('button[data-wipe-confirm]').click();
    await b.locator('[data-notice]', { hasText: 'In een ander tabblad is alles gewist' }).waitFor({ timeout: 10_000 });
    assert.deepEqual(await planTitles(b), ['Naamloos plan']);
    assert.equal(await field(b, 'centre.name').inputValue(), '');
    await pause(1000);
    assert.deepEqual(await keys(a), []);
    // B works on: only its new work is kept.
    await typeInto(b, 'centre.name', 'Alleen dit');
    await b.waitForFunction(() => (localStorage.getItem('centra-check') ?? '').includes('Alleen dit'), null, { timeout: 10_000 });
    assert.doesNotMatch(await stored(b), /Geheim plan|Twente/);
  });
});

describe('the host\'s colours', () => {
  const buttonColours = (page) => page.locator(EXAMPLE).evaluate((b) => {
    const style = getComputedStyle(b);
    return { color: style.color, border: style.borderTopColor };
  });

  test('?embed&accent=%23005a9c shows the buttons in that colour, with no CSP violation', async () => {
    const { page, tab } = await openTab('/?embed&accent=%23005a9c&font=verdana&background=transparent');
    assert.deepEqual(await buttonColours(page), { color: KATAPULT_BLUE, border: KATAPULT_BLUE });
    const root = await page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      return { background: style.backgroundColor, font: style.fontFamily };
    });
    assert.equal(root.background, 'rgba(0, 0, 0, 0)', 'transparent: the host page shows through');
    assert.match(root.font, /^Verdana/);
    assert.deepEqual(tab.warnings, []);
  });

  test('?embed&accent=%23ffff00 fails contrast on white: the default stays, and the console says why', async () => {
    const { page, tab } = await openTab('/?embed&accent=%23ffff00');
    assert.deepEqual(await buttonColours(page), { color: DEFAULT_ACCENT, border: DEFAULT_ACCENT });
    assert.equal(tab.warnings.length, 1);
    assert.match(tab.warnings[0], /accent\t#ffff00 has contrast 1\.07:1 with the panels and button labels #ffffff; WCAG AA needs 4\.5:1/);
  });

  test('outside embed mode the address sets no colours', async () => {
    const { page } = await openTab('/?accent=%23005a9c');
    assert.deepEqual(await buttonColours(page), { color: DEFAULT_ACCENT, border: DEFAULT_ACCENT });
  });

  test('a theme message applies, a refused one is answered and keeps the default', async () => {
    context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    const tab = { page, errors: [], requests: [], warnings: [] };
    tabs.push(tab);
    page.on('pageerror', (e) => tab.errors.push(String(e)));
    context.on('request', (r) => tab.requests.push(r.url()));
    const src = `${server.origin}/?embed&host=${encodeURIComponent(host.origin)}`;
    await page.goto(`${host.origin}/test-host.html?src=${encodeURIComponent(src)}`);
    const app = page.frameLocator('iframe[data-centra-check]');
    await app.locator('[data-verdict]').waitFor({ timeout: 30_000 });
    const theme = (settings) => page.evaluate((s) => window.CentraCheck.theme(document.querySelector('iframe[data-centra-check]'), s)
      .then(() => 'applied', (e) => ({ message: e.message, refused: e.refused })), settings);
    const colours = () => app.locator(EXAMPLE).evaluate((b) => getComputedStyle(b).color);

    assert.equal(await theme({ accent: '#005a9c', font: 'georgia' }), 'applied');
    assert.equal(await colours(), KATAPULT_BLUE);
    const answer = await theme({ accent: '#ffff00', text: 'red', shade: '#000' });
    assert.deepEqual(answer.refused.map((r) => r.name), ['shade', 'text', 'accent']);
    assert.match(answer.refused[2].reason, /1\.07:1/);
    assert.match(answer.message, /kept its default for shade/);
    // A theme replaces the one before: what it refused is the default again.
    assert.equal(await colours(), DEFAULT_ACCENT);
    assert.equal(await app.locator('body').evaluate((b) => getComputedStyle(b).fontFamily.startsWith('system-ui')), true);
  });
});
