// The app as a user meets it: first load, the example, typing amounts (Dutch
// style and unreadable ones), filling in a plan from empty, switching language.
// Every test also fails on any request outside the app's own origin.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CRITERIA, check, choose, click, field, foreignRequests, revision, statuses, typeInto, verdict,
  waitForRevisionAfter, waitForStatus,
} from './harness.mjs';
import { EXAMPLE, appSession, loadExample } from './session.mjs';

const session = appSession();

// Techniek Hengelo BV's cash contribution of € 120.000 in the example.
const TECHNIEK_CASH = 'partners[2].contributions[0].amount';
// The example's file, beside index.html (fetched when picked, not in the wasm).
const EXAMPLE_FILE = 'examples/civ-slimme-maakindustrie.json';


describe('first load', () => {
  test('shows the verdict "incomplete" and six criteria, all incomplete, for an empty plan', async () => {
    const app = await session.open();
    const { page } = app;
    assert.equal(await verdict(page), 'incomplete');
    assert.equal(await page.locator('[data-criterion]').count(), 6);
    const shown = await statuses(page);
    assert.deepEqual(Object.keys(shown).sort(), CRITERIA);
    for (const id of CRITERIA) assert.equal(shown[id], 'incomplete', `${id} on an empty plan`);
    assert.ok(Number.isInteger(await revision(page)), 'data-revision is a number');
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl', 'Dutch by default');
  });
});

describe('the example plan', () => {
  test('loads and meets every criterion', async () => {
    const app = await session.open();
    const { page } = app;
    await loadExample(page);
    const shown = await statuses(page);
    for (const id of CRITERIA) assert.equal(shown[id], 'meets', id);
    assert.equal(await field(page, 'centre.name').inputValue(), 'Centrum Slimme Maakindustrie Twente');
  });

  test('is fetched from the app\'s own origin when picked, its button busy until it comes', async () => {
    const app = await session.open();
    const { page, requests } = app;
    assert.ok(!requests.some((url) => url.endsWith(EXAMPLE_FILE)), 'not fetched before it is picked');
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route(`**/${EXAMPLE_FILE}`, async (route) => { await held; await route.continue(); });
    await page.locator(EXAMPLE).click();
    await page.locator(`${EXAMPLE}[aria-busy="true"]`).waitFor();
    release();
    await waitForStatus(page, 'verdict', 'meets');
    await page.locator(`${EXAMPLE}:not([aria-busy])`).waitFor();
    assert.ok(requests.some((url) => url === `${session.server.origin}/${EXAMPLE_FILE}`), requests.join('\n'));
  });

  for (const [how, answer] of [['offline', (route) => route.abort('internetdisconnected')],
    ['not found', (route) => route.fulfill({ status: 404, body: 'Not found' })]]) {
    test(`that does not come (${how}) says so and leaves the plan and its typing as they were`, async () => {
      const app = await session.open();
      const { page } = app;
      await page.route(`**/${EXAMPLE_FILE}`, answer);
      await typeInto(page, 'centre.name', 'Ons eigen centrum');
      await typeInto(page, 'centre.start_year', '20x6');
      const seen = await revision(page);
      await page.locator(EXAMPLE).click();
      const message = page.locator('[data-example-error]');
      await message.waitFor();
      assert.match(await message.innerText(), /voorbeeld is niet geladen/i);
      assert.match(await message.innerText(), /niets veranderd/);
      assert.equal(await revision(page), seen, 'the plan was not judged anew');
      assert.equal(await field(page, 'centre.name').inputValue(), 'Ons eigen centrum');
      assert.equal(await field(page, 'centre.start_year').inputValue(), '20x6', 'the unreadable text stays too');
      assert.equal(await page.locator('select[data-plan-list] option').count(), 1, 'no plan was added');
      assert.equal(await page.locator(`${EXAMPLE}[aria-busy]`).count(), 0, 'no longer busy');
      // Back online: the example comes as a plan beside the work, the message goes.
      await page.unroute(`**/${EXAMPLE_FILE}`);
      await page.locator(EXAMPLE).click();
      await waitForStatus(page, 'verdict', 'meets');
      assert.equal(await message.count(), 0, 'the message is gone');
      assert.equal(await page.locator('select[data-plan-list] option').count(), 2, 'the work is kept beside it');
    });
  }

  test('lowering a company\'s cash by typing makes the budget fall short (C3 not met)', async () => {
    const app = await session.open();
    const { page } = app;
    await loadExample(page);
    await typeInto(page, TECHNIEK_CASH, '100000');
    // € 20.000 less cofinancing than costs: C3_FINANCING_SHORTFALL, an error.
    await waitForStatus(page, 'C3', 'not_met');
    await waitForStatus(page, 'verdict', 'not_met');
    assert.equal((await statuses(page)).C1, 'meets', 'other criteria are untouched');
  });

  test('Dutch amounts are read as a Dutch person means them', async () => {
    const app = await session.open();
    const { page } = app;
    await loadExample(page);
    // "€ 120.002": a lone dot before exactly three digits separates thousands,
    // so € 2 more than the costs: a surplus above the € 1 tolerance (partly).
    await typeInto(page, TECHNIEK_CASH, '€ 120.002');
    await waitForStatus(page, 'C3', 'partly');
    // "€ 120.000,00" is exactly the example's amount again: everything meets.
    await typeInto(page, TECHNIEK_CASH, '€ 120.000,00');
    await waitForStatus(page, 'C3', 'meets');
    await waitForStatus(page, 'verdict', 'meets');
  });

  test('an unreadable amount is marked at its field and the last valid value still counts', async () => {
    const app = await session.open();
    const { page } = app;
    await loadExample(page);
    // Last valid value: € 120.002, a surplus of € 2 (C3 partly). Neither the
    // original amount (meets) nor an empty amount (shortfall, not met) gives that.
    await typeInto(page, TECHNIEK_CASH, '120002');
    await waitForStatus(page, 'C3', 'partly');
    // Every prefix of "twaalfduizend" is unreadable too, so no keystroke on
    // the way gives a new valid value.
    await typeInto(page, TECHNIEK_CASH, 'twaalfduizend');
    const error = page.locator(`[data-field-error="${TECHNIEK_CASH}"]`);
    await error.waitFor({ state: 'visible', timeout: 10_000 });
    assert.notEqual((await error.innerText()).trim(), '', 'the error says why');
    // Another edit forces a fresh report; it must still judge € 120.002.
    const seen = await revision(page);
    await typeInto(page, 'centre.name', 'Centrum Slimme Maakindustrie Twente-Oost');
    await waitForRevisionAfter(page, seen);
    assert.equal((await statuses(page)).C3, 'partly', 'C3 still judges € 120.002');
    assert.equal(await verdict(page), 'partly');
    assert.equal(await field(page, TECHNIEK_CASH).inputValue(), 'twaalfduizend', 'what the user typed stays in the field');
    // Correcting it removes the mark.
    await typeInto(page, TECHNIEK_CASH, '120000');
    await waitForStatus(page, 'C3', 'meets');
    await error.waitFor({ state: 'detached', timeout: 10_000 }).catch(async () => {
      assert.equal(await error.isVisible(), false, 'the error is gone once the amount reads');
    });
  });
});

describe('filling in a plan from empty', () => {
  test('typing a small plan moves each criterion from incomplete to its verdict', async () => {
    const app = await session.open();
    const { page } = app;
    assert.equal(await verdict(page), 'incomplete');

    // C1: a name and a theme, but no regional fit, alliance or word on
    // what the centre adds: warnings.
    await typeInto(page, 'centre.name', 'Centrum Zorgtechniek Utrecht');
    await check(page, 'centre.themes', 'health_care');
    await waitForStatus(page, 'C1', 'partly');
    await typeInto(page, 'centre.regional_fit', 'Sluit aan bij de regionale zorgagenda.');
    await click(page, '[data-add="centre.alliances"]');
    await typeInto(page, 'centre.alliances[0]', 'Zorgnetwerk Midden');
    assert.equal(await page.locator('[data-criterion="C1"] li[data-finding="C1_NO_COMPLEMENTARITY"]').count(), 1);
    await typeInto(page, 'centre.complementarity', 'Nieuw: zorgtechniek in de wijk.');
    await waitForStatus(page, 'C1', 'meets');

    // One company only: no education partner (C2 not met), one sector only (C3 not met).
    await addPartner(page, 0, 'Zorgtechniek BV', 'company', '30.000');
    await waitForStatus(page, 'C2', 'not_met');
    await waitForStatus(page, 'C3', 'not_met');

    // Education and government join: thirds balanced, yet one company is
    // fewer than "meerdere bedrijven" (partly), and no budget yet (surplus).
    await addPartner(page, 1, 'ROC Utrecht', 'mbo', '30.000');
    await addPartner(page, 2, 'Gemeente Utrecht', 'municipality', '30000');
    await waitForStatus(page, 'C2', 'partly');
    await waitForStatus(page, 'C3', 'partly');

    // An experiment carried by the company and the school.
    await click(page, '[data-add="activities"]');
    await typeInto(page, 'activities[0].name', 'Proeftuin zorgtechnologie');
    await choose(page, 'activities[0].goal', 'next_professional');
    await typeInto(page, 'activities[0].target.count', '100');
    await typeInto(page, 'activities[0].target.unit', 'studenten');
    await check(page, 'activities[0].experiment');
    const carriers = page.locator('[data-field="activities[0].partners"]');
    assert.equal(await carriers.count(), 3, 'one box per partner');
    await carriers.nth(0).check();
    await carriers.nth(1).check();
    await waitForStatus(page, 'C6', 'meets');
    // An activity but no impact indicator yet.
    await waitForStatus(page, 'C5', 'not_met');

    // Budget: € 10.000 bureau and € 80.000 for the activity, exactly the cofinancing.
    await click(page, '[data-add="budget"]');
    await choose(page, 'budget[0].kind', 'bureau');
    await typeInto(page, 'budget[0].amount', '10000');
    await click(page, '[data-add="budget"]');
    await choose(page, 'budget[1].kind', 'activity');
    const activitySelect = field(page, 'budget[1].activity');
    const value = await activitySelect.evaluate((s) => [...s.options].map((o) => o.value).find((v) => v !== ''));
    await activitySelect.selectOption(value);
    await typeInto(page, 'budget[1].amount', '80000');
    // Balanced, but no period given: multi-year is asked (a guideline).
    await waitForStatus(page, 'C3', 'partly');
    const noDuration = page.locator('[data-criterion="C3"] li[data-finding="C3_NO_DURATION"]');
    assert.equal(await noDuration.getAttribute('data-basis'), 'guideline');
    await typeInto(page, 'centre.duration_years', '4');
    await waitForStatus(page, 'C3', 'meets');
    await waitForStatus(page, 'C4', 'meets');

    const shown = await statuses(page);
    assert.deepEqual(shown, { C1: 'meets', C2: 'partly', C3: 'meets', C4: 'meets', C5: 'not_met', C6: 'meets' });
    assert.equal(await verdict(page), 'not_met');
  });
});

async function addPartner(page, index, name, kind, cash) {
  await click(page, '[data-add="partners"]');
  await typeInto(page, `partners[${index}].name`, name);
  await choose(page, `partners[${index}].kind`, kind);
  for (const role of ['strategic', 'executive', 'top_management']) {
    await check(page, `partners[${index}].governance.${role}`);
  }
  await click(page, `[data-add="partners[${index}].contributions"]`);
  await choose(page, `partners[${index}].contributions[0].form`, 'cash');
  await typeInto(page, `partners[${index}].contributions[0].amount`, cash);
}

describe('language', () => {
  test('switching to English and back keeps what was typed and sets <html lang>', async () => {
    const app = await session.open();
    const { page } = app;
    await loadExample(page);
    await typeInto(page, 'centre.name', 'Centrum Eigen Naam');
    await typeInto(page, TECHNIEK_CASH, '100000');
    await waitForStatus(page, 'C3', 'not_met');
    const dutch = await page.locator('body').innerText();

    await click(page, '[data-lang-switch="en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: 10_000 });
    const english = await page.locator('body').innerText();
    assert.notEqual(english, dutch, 'the page text changes language');
    assert.equal(await field(page, 'centre.name').inputValue(), 'Centrum Eigen Naam');
    assert.equal((await statuses(page)).C3, 'not_met', 'the judgement does not change with language');
    assert.equal(await verdict(page), 'not_met');

    await click(page, '[data-lang-switch="nl"]');
    await page.waitForFunction(() => document.documentElement.lang === 'nl', null, { timeout: 10_000 });
    assert.equal(await field(page, 'centre.name').inputValue(), 'Centrum Eigen Naam');
    assert.equal((await statuses(page)).C3, 'not_met');
    assert.notEqual(await page.locator('body').innerText(), english, 'the page reads Dutch again');
  });
});

describe('carried by', () => {
  // The activities re-render only when a partner's id or name changes:
  // their boxes must still follow every rename, and never an amount.
  test('the boxes follow a partner\'s name, and a partner without one is named by its number', async () => {
    const app = await session.open();
    const { page } = app;
    await loadExample(page);
    const box = () => page.locator('[data-field="activities[0].partners"][value="roc"]');
    const label = async () => (await page.locator(`label[for="${await box().getAttribute('id')}"]`).innerText()).trim();
    const before = await label();
    assert.equal(before, await field(page, 'partners[0].name').inputValue(), 'the box is named after partners[0]');
    await typeInto(page, TECHNIEK_CASH, '100000');
    await waitForStatus(page, 'C3', 'not_met');
    assert.equal(await label(), before, 'an amount leaves the boxes as they were');
    await typeInto(page, 'partners[0].name', 'ROC van Twente (techniek)');
    await page.waitForFunction(
      (id) => document.querySelector(`label[for="${id}"]`)?.textContent.trim() === 'ROC van Twente (techniek)',
      await box().getAttribute('id'), { timeout: 10_000 });
    await typeInto(page, 'partners[0].name', '');
    await page.waitForFunction(
      (id) => document.querySelector(`label[for="${id}"]`)?.textContent.trim() === 'Partner 1 (zonder naam)',
      await box().getAttribute('id'), { timeout: 10_000 });
    assert.equal(await box().isChecked(), true, 'the choice stays with the partner');
  });
});

describe('network', () => {
  test('loading, editing, importing and switching language request nothing outside the app origin', async () => {
    const app = await session.open();
    const { page, requests } = app;
    await page.waitForLoadState('networkidle');
    assert.ok(requests.some((url) => url.endsWith('.wasm')), 'the recording sees the app\'s own files');
    await loadExample(page);
    await typeInto(page, TECHNIEK_CASH, '100000');
    await waitForStatus(page, 'C3', 'not_met');
    await click(page, '[data-lang-switch="en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.waitForLoadState('networkidle');
    // Checked again in afterEach for every test; here with a full tour.
    assert.deepEqual(foreignRequests(requests, session.server.origin), []);
  });
});

describe('whose demand: basis, norms and the readings of version 2', () => {
  test('an experiment with an outside party counts as together, and leaving it blank does not', async () => {
    const app = await session.open();
    const { page } = app;
    await loadExample(page);
    // The experiment (activities[2]) carried by Saxion alone: one sector.
    const carriers = page.locator('[data-field="activities[2].partners"]');
    for (const id of ['kunststof', 'techniek']) {
      await carriers.and(page.locator(`[value="${id}"]`)).uncheck();
    }
    await waitForStatus(page, 'C6', 'partly');
    const alone = page.locator('[data-criterion="C6"] li[data-finding="C6_EXPERIMENT_ALONE"]');
    assert.equal(await alone.getAttribute('data-basis'), 'werkdefinitie');
    assert.match(await alone.innerText(), /Werkdefinitie/);

    await click(page, '[data-add="activities[2].with"]');
    // A blank outside party is no party.
    await typeInto(page, 'activities[2].with[0]', '   ');
    await waitForStatus(page, 'C6', 'partly');
    await typeInto(page, 'activities[2].with[0]', 'Lectoraat Smart Industry');
    await waitForStatus(page, 'C6', 'meets');
    await click(page, '[data-remove="activities[2].with[0]"]');
    await waitForStatus(page, 'C6', 'partly');
  });

  test('a goal left empty and a score indicator are read as version 2 says', async () => {
    const app = await session.open();
    const { page } = app;
    await loadExample(page);
    await choose(page, 'activities[0].goal', '');
    await waitForStatus(page, 'C4', 'partly');
    assert.equal(await page.locator('[data-criterion="C4"] li[data-finding="C4_ACTIVITY_NO_GOAL"]').count(), 1);
    // The satisfaction mark is a score; the 375 students a head count.
    const benchmark = page.locator('li[data-finding="C2_BENCHMARK"]');
    await choose(page, 'impact[1].measure', 'score');
    assert.match(await benchmark.innerText(), /375 studenten en 12 docenten/);
    // Once the 375 is a percentage, no student count is left to compare.
    await choose(page, 'impact[0].measure', 'percentage');
    await page.waitForFunction(() =>
      document.querySelector('li[data-finding="C2_BENCHMARK"]').innerText.includes('nog geen aantal studenten'));
    assert.doesNotMatch(await benchmark.innerText(), /Dit plan:[^.]*(7,5|375) studenten/);
  });

  test('the norms panel names each norm with its basis and shows Katapult\'s sentence on demand', async () => {
    const app = await session.open();
    const { page } = app;
    const norms = page.locator('section.norms li[data-norm]');
    assert.equal(await norms.count(), 14);
    const rate = page.locator('li[data-norm="max_hourly_rate"]');
    assert.equal(await rate.getAttribute('data-basis'), 'guideline');
    assert.match(await rate.innerText(), /€ 150/);
    assert.match(await rate.innerText(), /Richtwaarde van Centra-check/);
    const quote = rate.locator('details.norm-source blockquote');
    assert.equal(await quote.isVisible(), false, 'the sentence waits for the disclosure');
    await rate.locator('details.norm-source summary').click();
    assert.match(await quote.innerText(), /in cash uitbetaald moeten kunnen worden/);
    assert.equal(await page.locator('li[data-norm="sector_target"]').getAttribute('data-basis'), 'werkdefinitie');
    assert.doesNotMatch(await page.locator('section.norms').innerText(), /\bde norm\b/);
  });
});
