// Issue 21, from the spreadsheet into the plan: numbers as a Dutch or an
// English sheet writes them, rows pasted (as text and as the HTML table a
// spreadsheet puts on the clipboard) and read from CSV files through the
// preview, one undo for all of them, and the app's own CSV downloads read
// back to the same rows.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { click, field, revision, typeInto, waitForRevisionAfter } from './harness.mjs';
import { appSession, loadExample } from './session.mjs';

const session = appSession();

/** The proposal as the page exports it. */
async function exported(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, '[data-export="proposal"]')]);
  return JSON.parse(readFileSync(await download.path(), 'utf8'));
}

/** What a download button gives: its file name and text. */
async function downloaded(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, selector)]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

/** Pastes into the paste panel of `list` as a browser does: a clipboard with text, and HTML if given. */
async function paste(page, list, text, html) {
  await page.locator(`[data-paste-input="${list}"]`).evaluate((area, [text, html]) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    if (html) data.setData('text/html', html);
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, [text, html]);
}

/** Opens the paste panel of `list`. */
async function openPanel(page, list) {
  await click(page, `button[data-paste="${list}"]`);
  await page.locator(`[data-paste-input="${list}"]`).waitFor();
}

/** Adds what the panel of `list` shows, and waits for the plan to take it. */
async function apply(page, list) {
  const button = page.locator(`button[data-paste-apply="${list}"]`);
  await page.waitForFunction((list) => {
    const b = document.querySelector(`button[data-paste-apply="${list}"]`);
    return b && !b.disabled;
  }, list);
  const seen = await revision(page);
  await button.click();
  await waitForRevisionAfter(page, seen);
}

/** The preview's rows: per row its cells' texts. */
async function preview(page, list) {
  return page.locator(`table[data-paste-preview="${list}"] tbody tr`).evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.innerText.trim())));
}

describe('numbers as a spreadsheet writes them', () => {
  for (const lang of ['nl', 'en']) {
    test(`150,000 and 50,000 typed in the ${lang} page are 150000 and 50000 in the exported proposal`, async () => {
      const { page } = await session.open();
      await loadExample(page);
      if (lang === 'en') await click(page, '[data-lang-switch="en"]');
      const roc = 'partners[0].contributions[0].amount';
      const techniek = 'partners[2].contributions[0].amount';
      await typeInto(page, roc, '150,000');
      await typeInto(page, techniek, '50,000');
      const note = page.locator(`[data-field-note="${roc}"]`);
      await note.waitFor();
      assert.match(await note.innerText(), lang === 'nl' ? /gelezen als 150\.000/ : /read as 150,000/);
      const plan = await exported(page);
      assert.equal(plan.partners[0].contributions[0].amount, '150000');
      assert.equal(plan.partners[2].contributions[0].amount, '50000');
      assert.equal(await field(page, roc).inputValue(), '150,000', 'what was typed stays');
    });
  }
});

describe('pasting rows', () => {
  test('budget lines with column names, Dutch and English numbers and a bad cell arrive exactly, and one undo takes them back', async () => {
    const { page } = await session.open();
    await loadExample(page);
    const before = await exported(page);
    await openPanel(page, 'budget');
    await paste(page, 'budget', [
      'Omschrijving\tSoort\tActiviteit\tJaar\tBedrag',
      'Huur werkplaats\tactiviteit\tHybride leeromgeving maaktechniek\t2027\t€ 150.000,-',
      'Reiskosten\tbureau\t\t2028\t1,234.56',
      'Kapot\tbureau\t\t\ttwaalf',
      '"Twee\nregels"\tbureau\t\t\t50,000',
    ].join('\n'));
    const problem = page.locator('table[data-paste-preview="budget"] [data-paste-problem="4:amount"]');
    await problem.waitFor();
    assert.match(await problem.innerText(), /Rij 4, Bedrag \(€\): .*geen getal/, 'row, column and reason');
    const rows = await preview(page, 'budget');
    assert.equal(rows.length, 4, 'one row per row of the sheet');
    assert.deepEqual(rows[0].slice(3), ['2027', '€ 150.000']);
    assert.equal(rows[1][4], '€ 1.234,56');
    assert.match(await page.locator('[data-paste-summary]').innerText(), /Toe te voegen: 3 · niet leesbaar \(⚠\): 1/);
    await apply(page, 'budget');
    assert.equal(await page.locator('[data-paste-panel]').count(), 0, 'the panel closes');
    const after = await exported(page);
    const added = after.budget.slice(before.budget.length);
    assert.deepEqual(added, [
      { kind: 'activity', activity: 'hybride', description: 'Huur werkplaats', amount: '150000', year: 2027 },
      { kind: 'bureau', description: 'Reiskosten', amount: '1234.56', year: 2028 },
      { kind: 'bureau', description: 'Twee\nregels', amount: '50000' },
    ]);
    assert.match(await page.locator('[data-notice]').innerText(), /Rijen toegevoegd: 3/);
    await click(page, 'button[data-undo]');
    assert.deepEqual((await exported(page)).budget, before.budget, 'one undo takes every line back');
  });

  test('partners from the HTML table on the clipboard, kinds in words, several lines of one partner', async () => {
    const { page } = await session.open();
    await loadExample(page);
    const before = await exported(page);
    await openPanel(page, 'partners');
    // As a spreadsheet puts it on the clipboard: the text is a poorer copy
    // (its line break in a cell is lost), the HTML table is taken.
    const html = `<html><body><!--StartFragment--><table>
      <tr><td>Partner</td><td>Soort</td><td>Vorm</td><td>Bedrag</td><td>Uren</td><td>Tarief</td><td>Omschrijving</td></tr>
      <tr><td>Noorderpoort</td><td>roc</td><td>cash</td><td>50,000</td><td></td><td></td><td>Bijdrage</td></tr>
      <tr><td>Noorderpoort</td><td>roc</td><td>in kind</td><td></td><td>500</td><td>80</td><td>Docenten<br>en  instructeurs</td></tr>
      <tr><td>Hanzehogeschool</td><td>hogeschool</td><td>cash</td><td>€&nbsp;25.000</td><td></td><td></td><td></td></tr>
      <tr><td>Provincie Groningen</td><td>provincie</td><td>cash</td><td>250.000</td><td></td><td></td><td></td></tr>
      </table><!--EndFragment--></body></html>`;
    await paste(page, 'partners', 'not this text', html);
    await page.locator('table[data-paste-preview="partners"]').waitFor();
    const rows = await preview(page, 'partners');
    assert.equal(rows[2][1], 'hogeschool → hbo', 'the preview shows how a word is read');
    await apply(page, 'partners');
    const after = await exported(page);
    const added = after.partners.slice(before.partners.length);
    assert.deepEqual(added.map((p) => [p.name, p.kind, p.contributions.length]), [
      ['Noorderpoort', 'mbo', 2],
      ['Hanzehogeschool', 'hbo', 1],
      ['Provincie Groningen', 'province', 1],
    ]);
    assert.equal(added[0].contributions[0].amount, '50000');
    assert.equal(added[0].contributions[1].category, 'staff_hours');
    assert.equal(added[0].contributions[1].description, 'Docenten\nen instructeurs');
    assert.equal(added[1].contributions[0].amount, '25000');
    assert.equal(added[2].contributions[0].amount, '250000');
    await click(page, 'button[data-undo]');
    assert.equal((await exported(page)).partners.length, before.partners.length, 'one undo takes them back');
  });

  test('without column names the user says which column is which', async () => {
    const { page } = await session.open();
    await loadExample(page);
    await openPanel(page, 'impact');
    await paste(page, 'impact', 'Tevredenheid bedrijven\tbedrijven\t7\t8,5\n');
    // In template order: group, label, measure; the first two are swapped.
    const problem = page.locator('[data-paste-problem="1:group"]');
    await problem.waitFor();
    await page.locator('select[data-paste-column="0"]').selectOption('label');
    await page.locator('select[data-paste-column="1"]').selectOption('group');
    await page.locator('select[data-paste-column="2"]').selectOption('baseline');
    await page.locator('select[data-paste-column="3"]').selectOption('target');
    await page.waitForFunction(() => !document.querySelector('[data-paste-problem]'));
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.pasteColumn), '3', 'the focus stays on the choice');
    const before = (await exported(page)).impact.length;
    await apply(page, 'impact');
    const impact = (await exported(page)).impact;
    assert.equal(impact.length, before + 1);
    assert.deepEqual(impact.at(-1), {
      group: 'companies', label: 'Tevredenheid bedrijven', measure: 'count', baseline: '7', target: '8.5', unit: '', direction: 'up',
    });
  });
});

describe('rows from a file', () => {
  test('the app\'s own CSV downloads read back to the same rows, and a template names the columns', async () => {
    const { page } = await session.open();
    await loadExample(page);
    const plan = await exported(page);
    const cofinancing = await downloaded(page, '[data-csv="cofinancing"]');
    const budget = await downloaded(page, '[data-csv="budget"]');
    // The budget into the same plan: five lines more, the same five.
    await openPanel(page, 'budget');
    await page.locator('[data-paste-panel="budget"] input[type=file][data-import="rows"]').setInputFiles({
      name: budget.name, mimeType: 'text/csv', buffer: Buffer.from(budget.text),
    });
    await page.waitForFunction(() => /Toe te voegen: 5/.test(document.querySelector('[data-paste-summary]')?.innerText));
    await apply(page, 'budget');
    const withBudget = await exported(page);
    assert.deepEqual(withBudget.budget.slice(plan.budget.length), plan.budget);
    // The partners into a new, empty plan.
    await click(page, '[data-plan-action="new"]');
    await openPanel(page, 'partners');
    await page.locator('[data-paste-panel="partners"] input[type=file][data-import="rows"]').setInputFiles({
      name: cofinancing.name, mimeType: 'text/csv', buffer: Buffer.from(cofinancing.text),
    });
    await page.waitForFunction(() => /overgeslagen/.test(document.querySelector('[data-paste-summary]')?.innerText));
    await apply(page, 'partners');
    const partners = (await exported(page)).partners;
    // The CSV gives a staff-hours contribution without an amount hours × rate.
    const counted = (p) => p.contributions.map(({ amount, hours, hourly_rate: rate, ...rest }) => ({
      ...rest, hours, hourly_rate: rate, amount: amount ?? String(Number(hours) * Number(rate)),
    }));
    assert.deepEqual(partners.map((p) => [p.name, p.kind, counted(p)]), plan.partners.map((p) => [p.name, p.kind, counted(p)]));
    // The template: an empty sheet with the column names.
    await openPanel(page, 'budget');
    const template = await downloaded(page, '[data-paste-template="budget"]');
    assert.equal(template.name, 'sjabloon-begroting.csv');
    assert.equal(template.text, '\ufeffOmschrijving;Soort kosten;Voor activiteit;Jaar (leeg: hele looptijd);Bedrag (€)\r\n');
  });

  test('a CSV as Dutch Excel saves it (Windows-1252) reads with its accents and euro signs', async () => {
    const { page } = await session.open();
    await openPanel(page, 'activities');
    // "Café-opleiding;€ 5" in Windows-1252: é is 0xE9, € is 0x80.
    const line = Buffer.from('Naam;Eenheid\r\nCaf\xe9-opleiding;\x80 5\r\n', 'latin1');
    await page.locator('input[type=file][data-import="rows"]').setInputFiles({ name: 'activiteiten.csv', mimeType: 'text/csv', buffer: line });
    const cell = page.locator('table[data-paste-preview="activities"] tbody td').first();
    await cell.waitFor();
    assert.equal(await cell.innerText(), 'Café-opleiding');
    assert.equal(await page.locator('table[data-paste-preview="activities"] tbody td').nth(1).innerText(), '€ 5');
  });

  test('a spreadsheet\'s own file is refused with a reason', async () => {
    const { page } = await session.open();
    await openPanel(page, 'activities');
    await page.locator('input[type=file][data-import="rows"]').setInputFiles({
      name: 'begroting.xlsx', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0x14, 0]),
    });
    const error = page.locator('[data-paste-error]');
    await error.waitFor();
    assert.match(await error.innerText(), /CSV/);
  });
});

// Issue 21, "Limits": a large paste is read a piece at a time (1,000 lines
// each), with the page answering in between, and added in one step.
describe('a large paste', () => {
  test('3,500 lines are read in several pieces while the page answers, every line arrives in order, and one undo takes them all back', async () => {
    const { page } = await session.open();
    await loadExample(page);
    const before = await exported(page);
    await openPanel(page, 'budget');
    const lines = 3500;
    const text = ['Omschrijving\tBedrag',
      ...Array.from({ length: lines }, (_, i) => `Regel ${i + 1}\t${i + 1},5`)].join('\n');
    // Follow the reading: each piece's mark, and whether a timer set at the
    // paste ran before the last piece was read (the page was not held for
    // the whole text).
    await page.evaluate(() => {
      window.__pieces = new Set();
      window.__steps = new Set();
      window.__ready = null;
      new MutationObserver(() => {
        for (const mark of document.querySelectorAll('[data-paste-step]')) window.__pieces.add(mark.dataset.pasteStep);
        for (const mark of document.querySelectorAll('[data-rows-step]')) window.__steps.add(mark.dataset.rowsStep);
        const button = document.querySelector('button[data-paste-apply="budget"]');
        if (window.__ready === null && button && !button.disabled) window.__ready = performance.now();
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.locator('[data-paste-input="budget"]').evaluate((area, text) => {
      window.__answered = null;
      setTimeout(() => { window.__answered = performance.now(); }, 0);
      const data = new DataTransfer();
      data.setData('text/plain', text);
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
    await page.waitForFunction(() => window.__ready !== null, null, { timeout: 120_000 });
    const { pieces, answered, ready } = await page.evaluate(() => ({
      pieces: window.__pieces.size, answered: window.__answered, ready: window.__ready,
    }));
    assert.ok(pieces >= 3, `read in pieces (${pieces} marks seen)`);
    assert.ok(answered !== null && answered < ready, 'a timer set at the paste ran before the reading was done');
    assert.match(await page.locator('[data-paste-summary]').innerText(), /Toe te voegen: 3500$/);
    assert.equal(await page.locator('nav[data-pager="paste"]').getAttribute('data-pages'), '140', 'the preview pages through every line');

    await apply(page, 'budget');
    // The page of lines it added comes five rows a frame (no task holds
    // the page for the whole page of rows), focused on the first new line.
    await page.waitForFunction(() => !document.querySelector('[data-rows-step]'));
    const first = before.budget.length;
    const steps = await page.evaluate(() => [...window.__steps].map(Number));
    assert.deepEqual(steps, [first + 5, first + 10, first + 15].filter((end) => end < 25), 'five rows a step');
    const amounts = page.locator('[data-field^="budget["][data-field$="].amount"]');
    assert.equal(await amounts.count(), 25, 'then the whole page');
    assert.equal(await page.evaluate(() => document.activeElement?.closest('[data-row]')?.dataset.row), `budget[${first}]`);
    const after = await exported(page);
    assert.equal(after.budget.length, before.budget.length + lines, 'every line arrives');
    assert.deepEqual(after.budget.slice(0, before.budget.length), before.budget, 'the lines there stay');
    after.budget.slice(before.budget.length).forEach((line, i) => {
      assert.deepEqual(line, { description: `Regel ${i + 1}`, amount: `${i + 1}.5` }, `line ${i + 1}, in order`);
    });
    assert.deepEqual({ ...after, budget: before.budget }, before, 'nothing else changes');
    assert.match(await page.locator('[data-notice]').innerText(), /Rijen toegevoegd: 3500/);

    await click(page, 'button[data-undo]');
    assert.deepEqual(await exported(page), before, 'one undo takes every line back, and nothing else changed');
  });
});
