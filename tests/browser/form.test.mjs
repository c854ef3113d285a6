// Issue 21, the form: every removal can be undone, the money as a table, an
// order and defaults that count nothing by accident, no internal id on the
// page, the result within reach (finding links, the phone's sticky bar), a
// printed report that can be checked, labels that answer the question.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import {
  choose, click, field, revision, typeInto, verdict, waitForRevisionAfter, waitForStatus,
} from './harness.mjs';
import { appSession, loadExample } from './session.mjs';

const session = appSession();

/** Imports a proposal (an object) as a file, as a user would. */
async function importPlan(page, proposal) {
  const seen = await revision(page);
  await page.locator('input[data-import="proposal"]').setInputFiles({
    name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(proposal)),
  });
  await waitForRevisionAfter(page, seen);
}

/** The values of every form control of a list, in order: what a user sees. */
async function values(page, prefix) {
  return page.locator(`[data-field^="${prefix}"]`).evaluateAll((controls) =>
    controls.map((c) => `${c.dataset.field}${c.value === undefined ? '' : `=${c.value}`}${c.type === 'checkbox' ? `:${c.checked}` : ''}`));
}

describe('undo of a removal', () => {
  test('a partner with contributions, named by activities, comes back whole', async () => {
    const { page } = await session.open();
    await loadExample(page);
    const partners = await values(page, 'partners');
    const activities = await values(page, 'activities');
    const shown = await page.locator('[data-criterion]').evaluateAll((c) => c.map((e) => e.dataset.status));
    // ROC van Twente carries three activities: it asks first.
    await click(page, '[data-remove="partners[0]"]');
    await click(page, '[data-confirm-remove="partners[0]"]');
    const notice = page.locator('#field-partners [data-removed]');
    await notice.waitFor();
    assert.match(await notice.innerText(), /Partner 1 ‘ROC van Twente’ is verwijderd, met 2 bijdragen\./);
    assert.equal(await page.locator('button[data-undo]').count(), 1, 'one undo, beside the list');
    assert.match(await page.locator('[data-notice]').innerText(), /ROC van Twente/, 'heard in the status region');
    // The focus is on the add button, and the undo is the next stop.
    assert.equal(await page.evaluate(() => document.activeElement.dataset.add), 'partners');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => 'undo' in document.activeElement.dataset), true);
    assert.equal(await field(page, 'partners[0].name').inputValue(), 'Saxion');

    // Edits elsewhere since do not stand in the way, and stay.
    await typeInto(page, 'centre.name', 'Centrum Twente');
    await page.keyboard.press('Tab');
    const seen = await revision(page);
    await page.locator('button[data-undo]').click();
    await waitForRevisionAfter(page, seen);
    assert.deepEqual(await values(page, 'partners'), partners, 'the partner, its contributions and roles');
    assert.deepEqual(await values(page, 'activities'), activities, 'the activities name it again');
    assert.equal(await field(page, 'centre.name').inputValue(), 'Centrum Twente');
    assert.deepEqual(await page.locator('[data-criterion]').evaluateAll((c) => c.map((e) => e.dataset.status)), shown);
    assert.equal(await page.evaluate(() => document.activeElement.dataset.field), 'partners[0].name');
    assert.match(await page.locator('[data-notice]').innerText(), /Ongedaan gemaakt/);
    assert.equal(await page.locator('[data-removed]').count(), 0);
  });

  test('a contribution, a budget line, an indicator and an alliance come back at their place', async () => {
    const { page } = await session.open();
    await loadExample(page);
    for (const [list, row] of [
      ['partners[0].contributions', 'partners[0].contributions[1]'],
      ['budget', 'budget[1]'],
      ['impact', 'impact[0]'],
    ]) {
      const before = await values(page, list);
      await click(page, `[data-remove="${row}"]`);
      const notice = page.locator(`[data-removed]`);
      await notice.waitFor();
      assert.notDeepEqual(await values(page, list), before, `${row} is gone`);
      const seen = await revision(page);
      await notice.locator('button[data-undo]').click();
      await waitForRevisionAfter(page, seen);
      assert.deepEqual(await values(page, list), before, `${row} is back`);
    }
  });

  test('an edit of the list the removal changed withdraws the undo instead of undoing the edit', async () => {
    const { page } = await session.open();
    await loadExample(page);
    await click(page, '[data-remove="budget[4]"]');
    await page.locator('[data-removed]').waitFor();
    await typeInto(page, 'budget[0].amount', '140000');
    await page.locator('[data-removed]').waitFor({ state: 'detached' });
    assert.equal(await page.locator('button[data-undo]').count(), 0);
    assert.equal(await field(page, 'budget[0].amount').inputValue(), '140000');
  });
});

describe('an order and defaults that count nothing by accident', () => {
  test('activities come before the budget', async () => {
    const { page } = await session.open();
    const order = await page.locator('main section[id^="field-"]').evaluateAll((s) => s.map((e) => e.id));
    assert.deepEqual(order, ['field-centre', 'field-partners', 'field-activities', 'field-budget', 'field-impact']);
  });

  test('a new partner has no kind and counts as no company until one is chosen', async () => {
    const { page } = await session.open();
    await click(page, '[data-add="partners"]');
    await field(page, 'partners[0].kind').waitFor();
    assert.equal(await field(page, 'partners[0].kind').inputValue(), '', 'the empty choice');
    assert.match(await page.locator('#field-partners\\[0\\]').innerText(), /Telt nog nergens voor mee/);
    // No kind: C2 still lacks business and professional field.
    await waitForStatus(page, 'C2', 'not_met');
    assert.equal(await page.locator('[data-finding="C2_NO_PRACTICE_PARTNER"]').count(), 1);
    assert.doesNotMatch(await page.locator('.money .counts').innerText(), /Bedrijf/);
    const seen = await revision(page);
    await choose(page, 'partners[0].kind', 'company');
    await waitForRevisionAfter(page, seen);
    assert.match(await page.locator('.money .counts').innerText(), /1 × Bedrijf/);
    assert.equal(await page.locator('[data-finding="C2_NO_PRACTICE_PARTNER"]').count(), 0);
  });

  test('an in-kind contribution asks its category first', async () => {
    const { page } = await session.open();
    await click(page, '[data-add="partners"]');
    await click(page, '[data-add="partners[0].contributions"]');
    await choose(page, 'partners[0].contributions[0].form', 'in_kind');
    const category = field(page, 'partners[0].contributions[0].category');
    await category.waitFor();
    assert.equal(await category.inputValue(), '', 'no "other" chosen for the user');
    await choose(page, 'partners[0].contributions[0].category', 'staff_hours');
    await field(page, 'partners[0].contributions[0].hours').waitFor();
  });

  test('no internal id is shown: unknown and unnamed rows go by their place', async () => {
    const { page } = await session.open();
    await importPlan(page, {
      format: 'centra-check/proposal', version: 2,
      partners: [{ id: 'pid-zeven', name: 'Acme', kind: 'company', contributions: [{ form: 'cash', amount: '100' }] }],
      activities: [
        { id: 'aid-acht', target: { count: '4', unit: 'studenten' }, partners: ['pid-zeven', 'pid-weg'] },
      ],
      budget: [
        { kind: 'activity', activity: 'aid-acht', amount: '4500' },
        { kind: 'activity', activity: 'aid-weg', amount: '10' },
      ],
    });
    // The form and the money panel (findings name rows as issue 20 has it).
    const text = await page.locator('main, .money').evaluateAll((parts) =>
      parts.map((p) => p.innerText + [...p.querySelectorAll('option')].map((o) => o.textContent).join(' ')).join(' '));
    for (const id of ['pid-zeven', 'pid-weg', 'aid-acht', 'aid-weg']) {
      assert.ok(!text.includes(id), `${id} is not shown`);
    }
    assert.match(text, /Onbekende activiteit \(niet in de lijst\)/);
    assert.match(text, /Onbekende partner 1/);
    // Cost per unit: the unnamed activity by its place, per one of its unit.
    assert.match(await page.locator('.money').innerText(), /Activiteit 1 \(zonder naam\)\s+€ 1\.125 per student/);
  });
});

describe('the money as a table', () => {
  test('eight budget lines fit one screen, one line each, with the same fields', async () => {
    const { page } = await session.open({ width: 1280, height: 900 });
    await loadExample(page);
    for (let i = 5; i < 8; i += 1) await click(page, '[data-add="budget"]');
    await page.locator('#table-budget').check();
    const rows = page.locator('#field-budget > fieldset[data-row]');
    assert.equal(await rows.count(), 8);
    for (let i = 0; i < 8; i += 1) {
      const tops = await Promise.all(['description', 'kind', 'amount', 'year'].map(async (name) =>
        (await field(page, `budget[${i}].${name}`).boundingBox()).y));
      assert.ok(Math.max(...tops) - Math.min(...tops) < 4, `budget[${i}] is one line: ${tops}`);
    }
    const first = await rows.nth(0).boundingBox();
    const last = await rows.nth(7).boundingBox();
    assert.ok(last.y + last.height - first.y < 700, `eight lines take ${last.y + last.height - first.y} px`);
    // The fields still edit the plan.
    await typeInto(page, 'budget[7].amount', '1000');
    await waitForStatus(page, 'C3', 'not_met');
    // Contributions too: a partner's line, then one line per contribution.
    await page.locator('#table-partners').check();
    const line = await Promise.all(['form', 'amount', 'year', 'description'].map(async (name) =>
      (await field(page, `partners[0].contributions[0].${name}`).boundingBox()).y));
    assert.ok(Math.max(...line) - Math.min(...line) < 4, `one line: ${line}`);
    const axe = await new AxeBuilder({ page }).analyze();
    const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad.map((v) => v.id), [], 'the table view is as accessible');
  });
});

describe('the result within reach', () => {
  test('a finding link to a whole section brings the section into view and focuses it', async () => {
    const { page } = await session.open({ width: 1280, height: 900 });
    await loadExample(page);
    await typeInto(page, 'partners[2].contributions[0].amount', '100000');
    await waitForStatus(page, 'C3', 'not_met');
    const link = page.locator('a[data-finding-link="budget"]').first();
    assert.equal(await link.getAttribute('href'), '#field-budget');
    await page.evaluate(() => window.scrollTo(0, 0));
    await link.click();
    await page.waitForFunction(() => document.activeElement?.id === 'field-budget');
    // Scrolled (smoothly) until the section starts at the top of the screen.
    await page.waitForFunction(() => {
      const top = document.getElementById('field-budget').getBoundingClientRect().top;
      return top >= -1 && top < 200;
    });
  });

  test('a link to a row\'s field has a valid href and brings the field into view', async () => {
    const { page } = await session.open({ width: 1280, height: 900 });
    await loadExample(page);
    await typeInto(page, 'activities[3].name', '');
    await choose(page, 'activities[3].goal', '');
    const link = page.locator('a[data-finding-link="activities[3].goal"]').first();
    await link.waitFor();
    assert.equal(await link.getAttribute('href'), '#field-activities%5B3%5D.goal');
    await page.evaluate(() => window.scrollTo(0, 0));
    await link.click();
    await page.waitForFunction(() => document.activeElement?.dataset.field === 'activities[3].goal');
    await page.waitForFunction(() => {
      const box = document.activeElement.getBoundingClientRect();
      return box.top > 0 && box.bottom < window.innerHeight;
    });
  });

  test('on a phone the plans fold away and the sticky bar counts and links', async () => {
    const { page } = await session.open({ width: 390, height: 844 });
    const first = await field(page, 'centre.name').boundingBox();
    assert.ok(first.y < 844, `the first field is on the first screen (${first.y} px down)`);
    assert.equal(await page.locator('#plan-list').isVisible(), false, 'the plan bar is folded');
    assert.equal(await page.locator('[data-tools], [data-export="proposal"]').first().isVisible(), false);
    await page.locator('#show-plans').check();
    assert.equal(await page.locator('#plan-list').isVisible(), true);
    await loadExample(page);
    await typeInto(page, 'partners[2].contributions[0].amount', '100000');
    await waitForStatus(page, 'C3', 'not_met');
    const bar = page.locator('nav[data-summary]');
    assert.match(await bar.innerText(), /1 van de 6 criteria voldoen nog niet/);
    const jump = bar.locator('a');
    assert.equal(await jump.getAttribute('href'), '#heading-C3');
    await jump.click();
    await page.waitForFunction(() => {
      const top = document.getElementById('heading-C3').getBoundingClientRect().top;
      return top > 0 && top < 300;
    });
  });
});

describe('a printed report that can be checked', () => {
  test('the print view has every partner, contribution and budget line, and no name under a bar', async () => {
    const { page } = await session.open({ width: 1280, height: 900 });
    await loadExample(page);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const tables = page.locator('[data-print-tables] table');
    assert.equal(await tables.count(), 2);
    const partners = await tables.nth(0).innerText();
    for (const text of ['Provincie Overijssel', 'In kind', 'Cash', 'CNC-machine in bruikleen: afschrijving over 4 jaar', 'Totaal erkende cofinanciering']) {
      assert.ok(partners.includes(text), `${text} in the partners table`);
    }
    // A line per contribution (12 in the example), the head, the totals.
    assert.ok(await tables.nth(0).locator('tr').count() >= 13);
    const budget = await tables.nth(1).innerText();
    assert.match(budget, /Modulair LLL-aanbod/);
    assert.match(budget, /Totaal begroting/);
    assert.ok(await tables.nth(0).isVisible(), 'printed');
    // Every sector's name clear of every bar.
    const overlaps = await page.evaluate(() => {
      const chart = document.querySelector('svg[data-chart="cofinancing"]');
      const bars = [...chart.querySelectorAll('rect.bar')].map((r) => r.getBoundingClientRect());
      return [...chart.querySelectorAll('text.bar-label')].flatMap((t) => {
        const a = t.getBoundingClientRect();
        return bars.filter((b) => b.width > 0 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
          .map(() => t.textContent);
      });
    });
    assert.deepEqual(overlaps, []);
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await tables.nth(0).isVisible(), false, 'not on screen');
  });
});

describe('labels that answer the question', () => {
  test('hours, year, the chart, cost per unit and what staff hours count for', async () => {
    const { page } = await session.open();
    await loadExample(page);
    const label = (path) => page.locator(`label[for="field-${path}"]`).innerText();
    assert.equal(await label('partners[0].contributions[1].hours'), 'Uren over de hele looptijd');
    assert.equal(await label('partners[0].contributions[1].year'), 'Jaar (leeg: hele looptijd)');
    await typeInto(page, 'partners[0].contributions[1].year', '2027');
    await page.waitForFunction(() => document.querySelector('label[for="field-partners[0].contributions[1].hours"]')?.textContent === 'Uren in 2027');
    // Saxion's staff hours have no amount: they count as hours × rate.
    assert.match(await page.locator('#field-partners\\[1\\]\\.contributions\\[0\\]').innerText(), /Telt mee voor € 100\.000/);
    assert.match(await page.locator('figure.chart').innerText(), /Cofinanciering per sector/);
    const money = await page.locator('.money').innerText();
    assert.match(money, /€ 1\.500 per student/);
    assert.match(money, /per deelnemer/);
    assert.match(money, /per bedrijf/);
    assert.match(money, /per werknemer/);
    await click(page, '[data-lang-switch="en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.match(await page.locator('.money').innerText(), /per student/);
    assert.equal(await verdict(page), 'meets');
  });
});
