// The tools around a plan (issue 4, issue 5), through docs/ui-contract.md:
// saved plans (create, rename, duplicate, switch, delete and undo, kept over
// a reload), the CSV downloads for Dutch Excel, the print view, and the pager
// of a plan with 20,000 budget lines.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  CRITERIA, ROOT, STATUSES, click, field, revision, statuses, typeInto, verdict,
  waitForRevisionAfter, waitForStatus,
} from './harness.mjs';
import { appSession, loadExample } from './session.mjs';

const EXAMPLE_NAME = 'Centrum Slimme Maakindustrie Twente';
const PLAN_LIST = 'select[data-plan-list]';
const PLAN_NAME = 'input[data-plan-name]';
const NOTICE = '[data-notice][role=status]';

const session = appSession();
const downloads = mkdtempSync(join(tmpdir(), 'centra-tools-'));


/** The plan list as shown: [{id, title, selected}]. */
async function planList(page) {
  return page.locator(`${PLAN_LIST} option`).evaluateAll((options) =>
    options.map((o) => ({ id: o.value, title: o.textContent.trim(), selected: o.selected })),
  );
}

async function openTitle(page) {
  return (await planList(page)).find((p) => p.selected)?.title;
}

/** Waits until the open plan's title in the list reads `title`. */
async function waitForOpenTitle(page, title) {
  try {
    await page.waitForFunction(
      ([sel, want]) => {
        const select = document.querySelector(sel);
        return select?.selectedOptions[0]?.textContent.trim() === want;
      },
      [PLAN_LIST, title],
      { timeout: 10_000 },
    );
  } catch {
    throw new Error(`the open plan should be "${title}" but is "${await openTitle(page)}"`);
  }
}

async function rename(page, name) {
  const input = page.locator(PLAN_NAME);
  await input.fill(name);
  await input.press('Enter');
}

async function download(page, selector, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), click(page, selector)]);
  const path = join(downloads, name);
  await file.saveAs(path);
  return { suggested: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('saved plans', () => {
  test('create, rename, duplicate, switch, delete and undo; a reload keeps the list', async () => {
    const app = await session.open();
    const { page } = app;
    await loadExample(page);
    assert.equal((await planList(page)).length, 1, 'the untouched empty plan made way for the example');
    await waitForOpenTitle(page, EXAMPLE_NAME);

    // Rename: the list shows the new name.
    await rename(page, 'Twente definitief');
    await waitForOpenTitle(page, 'Twente definitief');
    const example = (await planList(page))[0].id;

    // Duplicate: a copy that opens, with the same plan in the form.
    await click(page, 'button[data-plan-action="duplicate"]');
    await waitForOpenTitle(page, 'Twente definitief (kopie)');
    assert.equal((await planList(page)).length, 2);
    assert.equal(await field(page, 'centre.name').inputValue(), EXAMPLE_NAME);
    assert.equal(await verdict(page), 'meets');
    // An edit of the copy stays in the copy.
    await typeInto(page, 'partners[2].contributions[0].amount', '100000');
    await waitForStatus(page, 'C3', 'not_met');

    // New: an empty plan opens, the others stay.
    await click(page, 'button[data-plan-action="new"]');
    await page.waitForFunction((sel) => document.querySelectorAll(`${sel} option`).length === 3, PLAN_LIST);
    await waitForStatus(page, 'verdict', 'incomplete');
    assert.equal(await field(page, 'centre.name').inputValue(), '');
    await typeInto(page, 'centre.name', 'Derde centrum');
    await waitForOpenTitle(page, 'Derde centrum');

    // Switch back to the renamed example: its own data, not the copy's edit.
    await page.locator(PLAN_LIST).selectOption(example);
    await waitForOpenTitle(page, 'Twente definitief');
    await waitForStatus(page, 'verdict', 'meets');
    assert.equal(await field(page, 'centre.name').inputValue(), EXAMPLE_NAME);
    assert.match(await field(page, 'partners[2].contributions[0].amount').inputValue(), /^120\.?000(,00)?$/);
    assert.equal(await page.locator(PLAN_NAME).inputValue(), 'Twente definitief');

    // And to the copy: its edit is still there.
    const copy = (await planList(page)).find((p) => p.title === 'Twente definitief (kopie)').id;
    await page.locator(PLAN_LIST).selectOption(copy);
    await waitForOpenTitle(page, 'Twente definitief (kopie)');
    await waitForStatus(page, 'C3', 'not_met');

    // Delete the copy: gone from the list, with an undo in the notice.
    await click(page, 'button[data-plan-action="delete"]');
    await page.waitForFunction((sel) => document.querySelectorAll(`${sel} option`).length === 2, PLAN_LIST);
    assert.ok(!(await planList(page)).some((p) => p.id === copy), 'the copy is gone');
    const undo = page.locator(`${NOTICE} button[data-undo]`);
    await undo.waitFor({ state: 'visible', timeout: 10_000 });
    assert.notEqual((await page.locator(NOTICE).innerText()).trim(), '', 'the notice says what happened');

    // Undo: the copy is back, open, with its edit.
    await undo.click();
    await waitForOpenTitle(page, 'Twente definitief (kopie)');
    assert.equal((await planList(page)).length, 3);
    await waitForStatus(page, 'C3', 'not_met');
    assert.equal(await page.locator(`${NOTICE} button[data-undo]`).count(), 0, 'nothing left to undo');

    // Delete the new plan for good, then reload: the list is as it was left.
    const third = (await planList(page)).find((p) => p.title === 'Derde centrum').id;
    await page.locator(PLAN_LIST).selectOption(third);
    await waitForOpenTitle(page, 'Derde centrum');
    await click(page, 'button[data-plan-action="delete"]');
    await page.waitForFunction((sel) => document.querySelectorAll(`${sel} option`).length === 2, PLAN_LIST);
    const kept = (await planList(page)).map(({ id, title }) => ({ id, title }));
    const open = await openTitle(page);
    await page.reload();
    await page.locator('[data-verdict]').waitFor();
    await waitForOpenTitle(page, open);
    assert.deepEqual((await planList(page)).map(({ id, title }) => ({ id, title })), kept, 'a reload keeps the list');
    assert.deepEqual(kept.map((p) => p.title).sort(), ['Twente definitief', 'Twente definitief (kopie)']);
  });
});

describe('CSV for Dutch Excel', () => {
  test('the cofinancing and budget tables: BOM, semicolons, decimal commas, the example\'s totals', async () => {
    const app = await session.open();
    const { page } = app;
    await loadExample(page);
    // A decimal amount, so the decimal comma shows: € 60.000,50 (within
    // the € 1 tolerance, so the verdict stays).
    const seen = await revision(page);
    await field(page, 'partners[3].contributions[0].amount').fill('60000,50');
    await waitForRevisionAfter(page, seen);

    const cofinancing = await download(page, 'button[data-csv="cofinancing"]', 'cofinancing.csv');
    assert.match(cofinancing.suggested, /^cofinanciering-.+\.csv$/);
    const budget = await download(page, 'button[data-csv="budget"]', 'budget.csv');
    assert.match(budget.suggested, /^begroting-.+\.csv$/);

    for (const [name, { text }] of [['cofinancing', cofinancing], ['budget', budget]]) {
      assert.equal(text.charCodeAt(0), 0xfeff, `${name}: starts with the UTF-8 BOM`);
      const rows = text.slice(1).split('\r\n').filter((r) => r !== '');
      assert.ok(rows.length > 5, `${name}: has rows`);
      assert.ok(rows.every((r) => r.includes(';')), `${name}: every row is split by semicolons`);
      assert.ok(!rows.some((r) => /\d\.\d/.test(r.replace(/"[^"]*"/g, ''))), `${name}: no decimal point in numbers`);
    }
    const cells = (text) => text.slice(1).split('\r\n').map((r) => r.split(';'));
    const row = (text, label) => cells(text).find((r) => r[0] === label);

    // Cash 730.000,50 and in kind 470.000: 1.200.000,50 of recognised cofinancing.
    const coTotal = row(cofinancing.text, 'Totaal erkende cofinanciering');
    assert.ok(coTotal, 'a total row of recognised cofinancing');
    assert.ok(coTotal.includes('1200000,5'), `cofinancing total: ${coTotal}`);
    assert.ok(cells(cofinancing.text).some((r) => r.includes('Precisie Metaal Almelo BV') && r.includes('60000,5')),
      'the decimal amount with a decimal comma');
    assert.match(cofinancing.text, /Techniek Hengelo BV/);

    const bureau = row(budget.text, 'Totaal bureaukosten');
    const activities = row(budget.text, 'Totaal activiteiten');
    const total = row(budget.text, 'Totaal begroting');
    assert.ok(bureau?.includes('150000'), `bureau: ${bureau}`);
    assert.ok(activities?.includes('1050000'), `activities: ${activities}`);
    assert.ok(total?.includes('1200000'), `budget total: ${total}`);
  });
});

describe('print view', () => {
  test('in print the report stays, with every criterion, and the form and buttons go', async () => {
    const app = await session.open();
    const { page } = app;
    await loadExample(page);
    await typeInto(page, 'partners[2].contributions[0].amount', '100000');
    await waitForStatus(page, 'C3', 'not_met');
    const shown = await statuses(page);
    const summary = page.locator('[data-print-summary]');
    assert.equal(await summary.isVisible(), false, 'the print summary is hidden on screen');

    await page.emulateMedia({ media: 'print' });
    try {
      assert.ok(await summary.isVisible(), 'the print summary heads the report');
      const text = await summary.innerText();
      assert.match(text, new RegExp(EXAMPLE_NAME), 'with the plan');
      assert.match(text, /katapult-werkdefinitie/, 'with the profile');
      assert.match(text, /\d{4}/, 'with the date');

      const visibleControls = await page.evaluate(() =>
        [...document.querySelectorAll('input, select, textarea, button')]
          .filter((e) => e.checkVisibility({ visibilityProperty: true }))
          .map((e) => e.outerHTML.slice(0, 80)),
      );
      assert.deepEqual(visibleControls, [], 'no form control or button in print');

      assert.ok(await page.locator('[data-verdict]').isVisible(), 'the verdict');
      for (const id of CRITERIA) {
        const criterion = page.locator(`[data-criterion="${id}"]`);
        assert.ok(await criterion.isVisible(), `${id} is printed`);
        assert.ok(STATUSES.includes(await criterion.getAttribute('data-status')));
        assert.equal(await criterion.getAttribute('data-status'), shown[id]);
        assert.notEqual((await criterion.innerText()).trim(), '', `${id} has its text`);
      }
      const finding = page.locator('[data-criterion="C3"] li[data-finding][data-severity="error"]').first();
      assert.ok(await finding.isVisible(), 'the finding that fails C3 is printed');
      assert.ok(await page.locator('svg[data-chart="cofinancing"]').isVisible(), 'the chart is printed');
      assert.match(await finding.innerText(), /Werkdefinitie|Richtwaarde van Centra-check/, 'with its basis');
      // Every norm with its basis and Katapult's sentence, without a click.
      const norms = page.locator('section.norms li[data-norm]');
      assert.equal(await norms.count(), 14);
      const rate = page.locator('li[data-norm="max_hourly_rate"]');
      assert.ok(await rate.isVisible(), 'the norms are printed');
      const printedQuote = rate.locator('.print-only blockquote');
      assert.ok(await printedQuote.isVisible(), "Katapult's sentence is printed");
      assert.match(await printedQuote.innerText(), /in cash uitbetaald/);
      assert.match(await rate.innerText(), /Richtwaarde van Centra-check/);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    assert.ok(await page.locator('[data-field="centre.name"]').isVisible(), 'the form is back on screen');
  });
});

describe('pager', () => {
  test('20,000 budget lines in pages: next, previous, and a finding link to a far page', async () => {
    // The large synthetic plan, with one budget line naming an activity that
    // does not exist: a finding on row 12,346, page 494.
    const proposal = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--example', 'make-proposal', '--', 'large'], {
      cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
    }));
    assert.equal(proposal.budget.length, 20_000);
    const far = 12_345;
    proposal.budget[far] = { ...proposal.budget[far], kind: 'activity', activity: 'verdwenen' };
    const file = join(downloads, 'large.json');
    writeFileSync(file, JSON.stringify(proposal));

    const app = await session.open();
    const { page } = app;
    const seen = await revision(page);
    await page.locator('input[type=file][data-import="proposal"]').setInputFiles(file);
    await waitForRevisionAfter(page, seen, 120_000);
    const pager = page.locator('nav[data-pager="budget"]');
    await pager.waitFor({ timeout: 60_000 });
    assert.equal(await pager.getAttribute('data-page'), '1');
    assert.equal(await pager.getAttribute('data-pages'), '800');
    assert.match(await pager.innerText(), /Regels 1–25 van 20\.000/);
    assert.equal(await page.locator('[data-row^="budget["]').count(), 25, 'only one page of rows in the document');
    assert.ok(await page.locator('button[data-page-previous="budget"]').isDisabled(), 'no previous on page 1');

    const description = async (i) => field(page, `budget[${i}].description`).inputValue();
    const first = await description(0);
    const rev = await revision(page);
    await click(page, 'button[data-page-next="budget"]');
    await page.waitForFunction(() => document.querySelector('nav[data-pager="budget"]')?.dataset.page === '2');
    assert.match(await pager.innerText(), /Regels 26–50 van 20\.000/);
    assert.equal(await page.locator('[data-field="budget[25].amount"]').count(), 1, 'row 26 is shown');
    assert.equal(await page.locator('[data-field="budget[0].amount"]').count(), 0, 'row 1 is not');
    assert.equal(await revision(page), rev, 'turning a page is no edit');

    await click(page, 'button[data-page-previous="budget"]');
    await page.waitForFunction(() => document.querySelector('nav[data-pager="budget"]')?.dataset.page === '1');
    assert.equal(await description(0), first, 'page 1 again, as it was');

    // The finding names the far line; its link turns to page 494 and focuses it.
    const path = `budget[${far}].activity`;
    const link = page.locator(`a[data-finding-link="${path}"]`).first();
    await link.waitFor({ timeout: 10_000 });
    await link.click();
    await page.waitForFunction(() => document.querySelector('nav[data-pager="budget"]')?.dataset.page === '494');
    assert.match(await pager.innerText(), /Regels 12\.326–12\.350 van 20\.000/);
    await page.waitForFunction((id) => document.activeElement?.id === id, `field-${path}`, { timeout: 10_000 });
    assert.equal(await page.locator('select[data-page-jump="budget"]').inputValue(), '494');
    assert.equal(await revision(page), rev, 'following a link is no edit');
    assert.deepEqual(app.errors, []);
  });
});
