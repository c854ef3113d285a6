// The host page talks to an embedded checker (docs/embed.md, "Talking to the
// host page"), across three origins: the app, the host page that embeds it
// with host=<its origin> (embed/test-host.html with the embed script), and a
// hostile page (tests/browser/hostile/) that is neither the checker's parent
// nor the origin it names.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT, launchBrowser, startServer } from './harness.mjs';

const EXAMPLE = '[data-load-example="civ-slimme-maakindustrie"]';
const TECHNIEK_CASH = 'partners[2].contributions[0].amount';
const SENTENCE_NL = 'Deze pagina ontvangt je oordeel per criterium, niet je plan.';
const SENTENCE_EN = 'This page receives your verdict per criterion, not your plan.';
const civ = () => JSON.parse(readFileSync(join(ROOT, 'examples', 'civ-slimme-maakindustrie.json'), 'utf8'));

let server;
let host;
let hostile;
let browser;

before(async () => {
  server = await startServer();
  // The host also serves the hostile page: a sibling frame of the host's
  // own origin, which only the event.source check keeps out.
  const hostileFile = (name) => readFileSync(join(ROOT, 'tests', 'browser', 'hostile', name), 'utf8');
  host = await startServer(join(ROOT, 'embed'), {
    index: 'test-host.html',
    extra: { '/hostile.html': hostileFile('hostile.html'), '/hostile.js': hostileFile('hostile.js') },
  });
  hostile = await startServer(join(ROOT, 'tests', 'browser', 'hostile'), { index: 'hostile.html' });
  browser = await launchBrowser();
  assert.equal(new Set([server.origin, host.origin, hostile.origin]).size, 3, 'three origins');
});
after(async () => {
  await browser?.close();
  await Promise.all([server?.close(), host?.close(), hostile?.close()]);
});

const appUrl = (named = host.origin) => `${server.origin}/?embed&host=${encodeURIComponent(named)}`;

/**
 * Opens the test host page with the checker embedded, runs `body`, and
 * fails on requests outside the three origins and on errors in any page.
 */
async function withHost(query, body) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const requests = [];
  const errors = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('page', (p) => p.on('pageerror', (e) => errors.push(String(e))));
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(`${host.origin}/test-host.html?src=${encodeURIComponent(appUrl())}${query}`);
    const app = page.frameLocator('iframe[data-centra-check]');
    await app.locator('[data-verdict]').waitFor({ timeout: 30_000 });
    // Everything the host page hears from the checker, as it arrives.
    await page.evaluate(() => {
      window.heard = [];
      addEventListener('message', (e) => {
        if (e.data?.type !== 'centra-check:resize') window.heard.push({ origin: e.origin, data: e.data });
      });
    });
    await body({ page, app, context });
  } finally {
    await context.close();
  }
  const others = [server.origin, host.origin, hostile.origin].map((o) => o + '/');
  const foreign = requests.filter((u) => !others.some((o) => u.startsWith(o)) && !/^(data|blob):/.test(u));
  assert.deepEqual(foreign, [], 'requests outside the three origins');
  assert.deepEqual(errors, [], 'uncaught errors in the pages');
}

/** CentraCheck.open from the host page: 'opened', or the refusal's path and reason. */
function openFromHost(page, proposal) {
  return page.evaluate((p) => window.CentraCheck.open(document.querySelector('iframe[data-centra-check]'), p)
    .then(() => 'opened', (e) => ({ path: e.path, reason: e.reason, message: e.message })), proposal);
}

async function typeInto(app, path, text) {
  const input = app.locator(`[data-field="${path}"]`).first();
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially(text);
}

/** Waits until the checker's form shows a plan of this centre name. */
async function waitForName(page, name) {
  const frame = page.frames().find((f) => f.url().startsWith(server.origin));
  await frame.waitForFunction((n) => document.querySelector('[data-field="centre.name"]')?.value === n, name);
}

async function plans(app) {
  return app.locator('select[data-plan-list] option').allInnerTexts();
}

describe('open: the host sends a proposal', () => {
  test('it opens as a new plan with undo; the applicant\'s plan stays as it was', async () => {
    await withHost('', async ({ page, app }) => {
      // The applicant's own work.
      await app.locator(EXAMPLE).click();
      await app.locator('[data-verdict="meets"]').waitFor();
      await typeInto(app, 'centre.name', 'Mijn eigen plan');
      await app.locator('select[data-plan-list] option', { hasText: 'Mijn eigen plan' }).waitFor({ state: 'attached' });
      assert.deepEqual(await plans(app), ['Mijn eigen plan']);

      const proposal = civ();
      proposal.centre.name = 'Plan van de host';
      assert.equal(await openFromHost(page, proposal), 'opened');
      await waitForName(page, 'Plan van de host');
      assert.equal(await app.locator('[data-field="centre.name"]').inputValue(), 'Plan van de host');
      assert.deepEqual(await plans(app), ['Mijn eigen plan', 'Plan van de host'], 'a new plan beside the own one');
      const notice = app.locator('[data-notice]');
      assert.match(await notice.innerText(), new RegExp(`Geopend vanaf ${host.origin.replace(/[.]/g, '[.]')}, als nieuw plan`));
      // Undo takes it out and reopens the applicant's plan, unchanged.
      await notice.locator('button[data-undo]').click();
      await waitForName(page, 'Mijn eigen plan');
      assert.equal(await app.locator('[data-field="centre.name"]').inputValue(), 'Mijn eigen plan');
      assert.deepEqual(await plans(app), ['Mijn eigen plan']);

      // As text, the same: a file's content.
      proposal.centre.name = 'Plan als tekst';
      assert.equal(await openFromHost(page, JSON.stringify(proposal)), 'opened');
      await app.locator('select[data-plan-list] option', { hasText: 'Plan als tekst' }).waitFor({ state: 'attached' });
      assert.deepEqual(await plans(app), ['Mijn eigen plan', 'Plan als tekst']);
      await app.locator('select[data-plan-list]').selectOption({ label: 'Mijn eigen plan' });
      await app.locator('[data-verdict="meets"]').waitFor();
      assert.equal(await app.locator('[data-field="centre.name"]').inputValue(), 'Mijn eigen plan');
      assert.equal(await app.locator('[data-verdict]').getAttribute('data-verdict'), 'meets');

      // Nothing was asked about the verdict: no notice, no verdict message.
      assert.equal(await app.locator('[data-host-notice]').count(), 0);
      const heard = await page.evaluate(() => window.heard.map((m) => m.data.type));
      assert.ok(!heard.includes('centra-check:verdict'), `no verdict unasked: ${heard}`);
      assert.deepEqual(heard.filter((t) => t === 'centra-check:opened').length, 2);
    });
  });

  test('a refused proposal is answered with its path and reason, and changes nothing', async () => {
    await withHost('', async ({ page, app }) => {
      await app.locator(EXAMPLE).click();
      await app.locator('[data-verdict="meets"]').waitFor();
      const before = await plans(app);
      const typo = {
        format: 'centra-check/proposal',
        version: 1,
        centre: { name: 'Ander plan' },
        partners: [{ id: 'p1', name: 'Bedrijf', kind: 'company', contributons: [{ form: 'cash', amount: '1000' }] }],
      };
      const refused = await openFromHost(page, typo);
      assert.equal(refused.path, 'partners[0].contributons');
      assert.equal(refused.reason, 'onbekend veld', 'in the page\'s language, Dutch');

      // In English after the switch; text that is no JSON at all.
      await app.locator('button[data-lang-switch="en"]').click();
      await app.locator('html[lang="en"]').waitFor();
      const notJson = await openFromHost(page, 'Dit is geen JSON');
      assert.equal(notJson.path, '');
      assert.match(notJson.reason, /^not valid JSON \(line 1, column \d+\)$/);
      const notAnObject = await openFromHost(page, 42);
      assert.deepEqual([notAnObject.path, notAnObject.reason], ['', 'expected an object'], 'as a file holding 42');
      const nothing = await openFromHost(page, undefined);
      assert.match(nothing.reason, /^not a Centra-check proposal/);

      // The raw answer has exactly the documented fields, to the host's origin.
      const answers = await page.evaluate(() => window.heard.filter((m) => m.data.type === 'centra-check:refused'));
      assert.equal(answers.length, 4);
      for (const { origin, data } of answers) {
        assert.equal(origin, server.origin);
        assert.deepEqual(Object.keys(data).sort(), ['id', 'path', 'reason', 'type', 'version']);
        assert.equal(data.version, 1);
      }
      assert.deepEqual(await plans(app), before, 'no plan added');
      assert.equal(await app.locator('[data-import-error]').count(), 0, 'the applicant sees no error of the host\'s');
      assert.equal(await app.locator('[data-verdict]').getAttribute('data-verdict'), 'meets');
    });
  });
});

describe('verdict: the host asks for it', () => {
  test('the page says so, and the verdict and six statuses arrive after each change, never the plan', async () => {
    await withHost('&verdicts', async ({ page, app }) => {
      const shown = page.locator('#host-verdict');
      const hostSees = (verdict) => page.locator(`#host-verdict[data-host-verdict="${verdict}"]`).waitFor({ timeout: 10_000 });
      await hostSees('incomplete');
      const notice = app.locator(`[data-host-notice="${host.origin}"]`);
      await notice.waitFor();
      assert.equal(await notice.locator('xpath=..').getAttribute('role'), 'status');
      assert.match(await notice.innerText(), new RegExp(SENTENCE_NL.replace(/[.]/g, '[.]')));
      assert.match(await notice.innerText(), new RegExp(host.origin.replace(/[.]/g, '[.]')));

      await app.locator(EXAMPLE).click();
      await hostSees('meets');
      assert.deepEqual(JSON.parse(await shown.getAttribute('data-host-criteria')),
        { C1: 'meets', C2: 'meets', C3: 'meets', C4: 'meets', C5: 'meets', C6: 'meets' });

      // An edit that breaks C3 reaches the host.
      await typeInto(app, TECHNIEK_CASH, '100000');
      await app.locator('[data-criterion="C3"][data-status="not_met"]').waitFor();
      await hostSees('not_met');
      const criteria = JSON.parse(await shown.getAttribute('data-host-criteria'));
      assert.equal(criteria.C3, 'not_met');
      assert.deepEqual(Object.keys(criteria), ['C1', 'C2', 'C3', 'C4', 'C5', 'C6']);

      // The notice follows the language.
      await app.locator('button[data-lang-switch="en"]').click();
      await app.locator('[data-host-notice]', { hasText: SENTENCE_EN }).waitFor();

      const verdicts = await page.evaluate(() => window.heard.filter((m) => m.data.type === 'centra-check:verdict'));
      assert.ok(verdicts.length >= 2);
      for (const { origin, data } of verdicts) {
        assert.equal(origin, server.origin);
        assert.deepEqual(Object.keys(data).sort(), ['criteria', 'type', 'verdict', 'version'], 'never the plan');
      }
      assert.ok(!JSON.stringify(verdicts).includes('Twente'), 'no text of the plan');
    });
  });
});

describe('a hostile page', () => {
  /** The hostile page tries again, then has had time to hear an answer. */
  const attack = async (frame) => {
    await frame.evaluate(() => window.attack());
    await new Promise((ok) => setTimeout(ok, 500));
  };
  const types = (page) => page.evaluate(() => JSON.parse(document.documentElement.dataset.received));

  for (const [what, origin] of [['of a third origin', () => hostile.origin], ['of the host\'s own origin', () => host.origin]]) {
    test(`as a sibling frame ${what} on the host page: its open is ignored and it hears nothing`, async () => {
      await withHost('&verdicts', async ({ page, app }) => {
        await page.locator('#host-verdict[data-host-verdict="incomplete"]').waitFor();
        await page.evaluate((src) => {
          const frame = document.createElement('iframe');
          frame.id = 'hostile';
          frame.src = src;
          // At the top, in view: Chromium slows the timers of cross-origin frames out of view.
          document.body.prepend(frame);
        }, `${origin()}/hostile.html`);
        await page.frameLocator('#hostile').locator('html[data-sent]').waitFor({ state: 'attached' });
        const sibling = page.frame({ url: /hostile\.html/ });
        await attack(sibling);

        // The real host still talks; the applicant edits.
        await app.locator(EXAMPLE).click();
        await page.locator('#host-verdict[data-host-verdict="meets"]').waitFor();
        await typeInto(app, TECHNIEK_CASH, '100000');
        await page.locator('#host-verdict[data-host-verdict="not_met"]').waitFor();
        await attack(sibling);

        assert.deepEqual(await plans(app), ['Centrum Slimme Maakindustrie Twente'], 'no plan from the hostile page');
        assert.equal(await app.locator('[data-notice]').innerText().then((t) => /Kaping/.test(t)), false);
        const received = await types(sibling);
        assert.deepEqual(received, [], 'the sibling hears nothing');
      });
    });
  }

  test('framing the checker and naming another host: its open is ignored and it hears no verdict', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const errors = [];
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      // The checker's address names the real host, but the hostile page is its parent.
      await page.goto(`${hostile.origin}/hostile.html?frame=${encodeURIComponent(appUrl(host.origin))}`);
      const app = page.frameLocator('iframe[data-centra-check]');
      await app.locator('[data-verdict]').waitFor({ timeout: 30_000 });
      await attack(page);
      await typeInto(app, 'centre.name', 'Eigen werk');
      await app.locator('select[data-plan-list] option', { hasText: 'Eigen werk' }).waitFor({ state: 'attached' });
      await attack(page);

      assert.deepEqual(await plans(app), ['Eigen werk'], 'no plan from the hostile page');
      assert.equal(await app.locator('[data-host-notice]').count(), 0, 'no subscription');
      const heard = await types(page);
      assert.ok(heard.length > 0, 'it does hear the height, which is public');
      assert.deepEqual([...new Set(heard)], ['centra-check:resize'], 'nothing but the height');
    } finally {
      await context.close();
    }
    assert.deepEqual(errors, []);
  });

  test('naming itself as host without ?embed, where no notice would show: it hears nothing', async () => {
    // Issue 23: outside embed mode the checker does not speak the host
    // protocol at all, so an unseen frame cannot hear the verdict.
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const errors = [];
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      const unseen = `${server.origin}/?host=${encodeURIComponent(hostile.origin)}`;
      await page.goto(`${hostile.origin}/hostile.html?frame=${encodeURIComponent(unseen)}`);
      const app = page.frameLocator('iframe[data-centra-check]');
      await app.locator('[data-verdict]').waitFor({ timeout: 30_000 });
      await attack(page);
      await app.locator(EXAMPLE).click();
      await app.locator('[data-verdict="meets"]').waitFor();
      await attack(page);
      await new Promise((ok) => setTimeout(ok, 1500));
      const heard = await types(page);
      assert.deepEqual(heard.filter((t) => t !== 'centra-check:resize'), [], 'no ready, no verdict');
      assert.equal(await app.locator('[data-host-notice]').count(), 0);
      assert.deepEqual(await plans(app), ['Centrum Slimme Maakindustrie Twente'], 'no plan from it');
    } finally {
      await context.close();
    }
    assert.deepEqual(errors, []);
  });

  test('naming itself as host, it is a host: the applicant is told before any verdict leaves', async () => {
    // The checker cannot tell a good host from a bad one; what it guarantees
    // is that the plan never leaves and that the applicant sees the notice.
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(`${hostile.origin}/hostile.html?frame=${encodeURIComponent(appUrl(hostile.origin))}`);
      const app = page.frameLocator('iframe[data-centra-check]');
      await app.locator(`[data-host-notice="${hostile.origin}"]`).waitFor({ timeout: 30_000 });
      await page.waitForFunction(() => document.documentElement.dataset.received.includes('centra-check:verdict'));
      const heard = await types(page);
      assert.ok(heard.includes('centra-check:ready'));
    } finally {
      await context.close();
    }
  });
});
