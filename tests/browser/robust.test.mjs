// Garbage in every field (issue 5): the example plan loaded, then every text
// field and number field of the form gets text no form should choke on, and
// every select each of its options. The page must keep working (no uncaught
// error, a verdict always shown), a number field must say it cannot read the
// text while the judgement stays that of the last valid value, a text field
// must keep any text as typed, and once the fields are set back the exported
// proposal is the same file as before: no earlier valid input is lost.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  STATUSES, click, field, revision, statuses, verdict, waitForRevisionAfter, waitForStatus,
} from './harness.mjs';
import { appSession, loadExample } from './session.mjs';

const INJECTION = `"; DROP TABLE--<script>alert(1)</script> ∞ -1e999 €€ ,,.. 🙂`;

// Text that no number field can read. Each one is refused as a whole, and
// INJECTION and '-5' have no readable prefix either, so they are also typed
// key by key.
const NUMBER_GARBAGE = [
  INJECTION,
  '-5',
  '1e40',
  `1${'0'.repeat(40)}`, // 1e40 written out: more digits than an exact decimal holds
  '1234567890'.repeat(500), // 5,000 digits
  ' \u00a0\t x \u2003 ', // whitespace around a letter
  '１２３', // full-width digits
  '1,2,3',
  '1.23.4',
  'NaN',
  '79228162514264337593543950336', // one more than the largest exact decimal
];
// Readable, but totals with it no longer fit an exact decimal.
const MONEY_GARBAGE = ['9'.repeat(28)];
const TOTALLED = ['money', 'hours', 'rate'];
const TYPED = new Set([INJECTION, '-5']);

// Text a text field must keep exactly as typed.
const TEXT_GARBAGE = [
  INJECTION,
  'Zoë Ørsted-Łukasiewicz · 北海道 · ١٢٣ · \u202eksiR\u202c · 👩🏽‍🔬',
  'ÄbÇ🙂 '.repeat(1000).slice(0, 5000), // 5,000 UTF-16 units
  '   \u00a0  ',
  '<img src=x onerror=alert(1)>&amp;&#0;',
];

/** The kind of a form field, from its path: every kind must be covered. */
function kindOf(path, tag, inputmode) {
  if (!inputmode) return tag === 'TEXTAREA' ? 'long text' : 'text';
  if (/\.hourly_rate$/.test(path)) return 'rate';
  if (/\.hours$/.test(path)) return 'hours';
  if (/(\.amount)$/.test(path)) return 'money';
  if (/\.target\.count$/.test(path)) return 'count';
  if (/(year|years)$/.test(path)) return 'year';
  if (/\.baseline$/.test(path)) return 'baseline';
  if (/^impact\[\d+\]\.target$/.test(path)) return 'target';
  return `number ${path}`;
}
const NUMBER_KINDS = ['money', 'hours', 'rate', 'count', 'year', 'baseline', 'target'];

const session = appSession();
const downloads = mkdtempSync(join(tmpdir(), 'centra-robust-'));


/** What the user sees of the judgement: verdict, statuses, and the whole results column. */
async function judgement(page) {
  return {
    verdict: await verdict(page),
    statuses: await statuses(page),
    results: await page.locator('aside#results').innerText(),
  };
}

/** Sets a field's text in one input event (as a paste does) or key by key, and waits for the report. */
async function enter(page, path, text, { keys = false } = {}) {
  const input = field(page, path);
  const seen = await revision(page);
  if (keys) {
    await input.click();
    await input.press('ControlOrMeta+a');
    await input.pressSequentially(text);
  } else {
    await input.fill(text);
  }
  await waitForRevisionAfter(page, seen);
}

async function exportProposal(page, name) {
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, '[data-export="proposal"]')]);
  const file = join(downloads, name);
  await download.saveAs(file);
  return readFileSync(file, 'utf8');
}

/** Every text-like control of the form: path, tag, kind and value. */
async function formFields(page) {
  const fields = await page.evaluate(() =>
    [...document.querySelectorAll('input[data-field], textarea[data-field], select[data-field]')]
      .filter((e) => e.tagName !== 'INPUT' || e.type === 'text')
      .map((e) => ({ path: e.dataset.field, tag: e.tagName, inputmode: e.getAttribute('inputmode'), value: e.value })),
  );
  return fields.map((f) => ({ ...f, kind: f.tag === 'SELECT' ? 'select' : kindOf(f.path, f.tag, f.inputmode) }));
}

describe('garbage in every field', () => {
  test('every number field refuses garbage, marks it, and keeps judging the last valid value', async () => {
    const app = await session.open();
    const { page, errors } = app;
    await loadExample(page);
    const fields = (await formFields(page)).filter((f) => NUMBER_KINDS.includes(f.kind));
    const kinds = new Set(fields.map((f) => f.kind));
    assert.deepEqual([...kinds].sort(), [...NUMBER_KINDS].sort(), 'the example has every kind of number field');
    const baseline = await judgement(page);
    const exported = await exportProposal(page, 'before-numbers.json');

    // Every field gets one garbage text (in turn); the first field of each
    // kind gets all of them.
    const firstOfKind = new Set();
    let turn = 0;
    for (const f of fields) {
      const all = !firstOfKind.has(f.kind);
      firstOfKind.add(f.kind);
      const garbage = all ? [...NUMBER_GARBAGE] : [NUMBER_GARBAGE[turn++ % NUMBER_GARBAGE.length]];
      if (all && TOTALLED.includes(f.kind)) garbage.push(...MONEY_GARBAGE);
      for (const text of garbage) {
        const what = `${f.path} (${f.kind}) ← ${JSON.stringify(text.slice(0, 40))}`;
        await enter(page, f.path, text, { keys: all && TYPED.has(text) });
        const error = page.locator(`[data-field-error="${f.path}"]`);
        assert.equal(await error.count(), 1, `${what}: the field says it cannot read this`);
        assert.ok(await error.isVisible(), `${what}: the message is visible`);
        assert.notEqual((await error.innerText()).trim(), '', `${what}: the message says why`);
        assert.equal(await field(page, f.path).getAttribute('aria-invalid'), 'true', `${what}: aria-invalid`);
        const shown = await field(page, f.path).inputValue();
        assert.ok(shown === text, `${what}: the typed text stays in the field (${shown.length} of ${text.length} characters)`);
        assert.ok(STATUSES.includes(await verdict(page)), `${what}: a verdict is shown`);
        assert.deepEqual(await judgement(page), baseline, `${what}: the judgement is that of the last valid value`);
        assert.deepEqual(errors, [], `${what}: no uncaught error`);
      }
      // Set back: the mark goes, the judgement is as before.
      await enter(page, f.path, f.value);
      assert.equal(await page.locator(`[data-field-error="${f.path}"]`).count(), 0, `${f.path}: no mark once it reads`);
      assert.equal(await field(page, f.path).getAttribute('aria-invalid'), null, `${f.path}: valid again`);
    }
    assert.deepEqual(await judgement(page), baseline, 'after setting every field back');
    assert.equal(await exportProposal(page, 'after-numbers.json'), exported, 'the exported proposal is unchanged');
  });

  test('every text field keeps any text exactly as typed, and the page keeps working', async () => {
    const app = await session.open();
    const { page, errors } = app;
    await loadExample(page);
    const fields = (await formFields(page)).filter((f) => f.kind === 'text' || f.kind === 'long text');
    assert.ok(fields.some((f) => f.kind === 'long text'), 'a multi-line field is among them');
    for (const prefix of ['centre.name', 'centre.alliances[', 'partners[', 'budget[', 'activities[', 'impact[']) {
      assert.ok(fields.some((f) => f.path.startsWith(prefix)), `text fields of ${prefix}`);
    }
    const baseline = await judgement(page);
    const exported = await exportProposal(page, 'before-texts.json');

    const firstOfKind = new Set();
    let turn = 0;
    for (const f of fields) {
      const all = !firstOfKind.has(f.kind);
      firstOfKind.add(f.kind);
      const garbage = all ? TEXT_GARBAGE : [TEXT_GARBAGE[turn++ % TEXT_GARBAGE.length]];
      for (const text of garbage) {
        const what = `${f.path} ← ${JSON.stringify(text.slice(0, 40))}`;
        await enter(page, f.path, text, { keys: all && text === INJECTION });
        const kept = await field(page, f.path).inputValue();
        assert.ok(kept === text, `${what}: kept as typed (${JSON.stringify(kept.slice(0, 40))}…, ${kept.length} of ${text.length} characters)`);
        assert.equal(await page.locator(`[data-field-error="${f.path}"]`).count(), 0, `${what}: no complaint about text`);
        assert.ok(STATUSES.includes(await verdict(page)), `${what}: a verdict is shown`);
        assert.deepEqual(errors, [], `${what}: no uncaught error`);
      }
      await enter(page, f.path, f.value);
    }
    assert.deepEqual(await judgement(page), baseline, 'after setting every field back');
    assert.equal(await exportProposal(page, 'after-texts.json'), exported, 'the exported proposal is unchanged');

    // A Unicode name goes into the file as typed, and nothing is dropped.
    const name = TEXT_GARBAGE[1];
    await enter(page, 'centre.name', name);
    await enter(page, 'partners[0].name', INJECTION);
    const file = JSON.parse(await exportProposal(page, 'unicode.json'));
    assert.equal(file.centre.name, name);
    assert.equal(file.partners[0].name, INJECTION);
    const original = JSON.parse(exported);
    original.centre.name = name;
    original.partners[0].name = INJECTION;
    assert.deepEqual(file, original, 'only the two names changed');
  });

  test('every option of every select can be chosen, and choosing back restores the judgement', async () => {
    const app = await session.open();
    const { page, errors } = app;
    await loadExample(page);
    const baseline = await judgement(page);
    const exported = await exportProposal(page, 'before-selects.json');
    const selects = (await formFields(page)).filter((f) => f.kind === 'select');
    // One select of each sort (centre.type, partners[0].kind, …[0].form, …).
    const sorts = new Map();
    for (const s of selects) {
      const sort = s.path.replace(/\[\d+\]/g, '[]');
      if (!sorts.has(sort)) sorts.set(sort, s);
    }
    assert.ok(sorts.size >= 9, `sorts of select: ${[...sorts.keys()]}`);
    for (const s of sorts.values()) {
      const options = await field(page, s.path).evaluate((e) => [...e.options].map((o) => o.value));
      assert.ok(options.length >= 2, `${s.path} has options`);
      for (const option of options) {
        const seen = await revision(page);
        await field(page, s.path).selectOption(option);
        if (option !== s.value) await waitForRevisionAfter(page, seen);
        assert.ok(STATUSES.includes(await verdict(page)), `${s.path} = ${option}: a verdict is shown`);
        assert.deepEqual(errors, [], `${s.path} = ${option}: no uncaught error`);
      }
      const seen = await revision(page);
      await field(page, s.path).selectOption(s.value);
      await waitForRevisionAfter(page, seen);
      assert.deepEqual(await judgement(page), baseline, `${s.path} chosen back as ${s.value}`);
    }
    assert.equal(await exportProposal(page, 'after-selects.json'), exported, 'hidden fields (hours, activity) kept their values');
  });

  test('after garbage over a valid amount, a reload brings back the valid amount', async () => {
    const app = await session.open();
    const { page } = app;
    await loadExample(page);
    const path = 'partners[2].contributions[0].amount';
    // A last valid value that differs from the example's: € 2 too much (C3 partly).
    await enter(page, path, '120002');
    await waitForStatus(page, 'C3', 'partly');
    const judged = await judgement(page);
    await enter(page, path, INJECTION, { keys: true });
    await page.locator(`[data-field-error="${path}"]`).waitFor();
    await page.reload();
    await page.locator('[data-verdict]').waitFor();
    await waitForStatus(page, 'C3', 'partly');
    assert.equal(await field(page, path).inputValue(), '120002', 'the last valid amount is back in the field');
    assert.deepEqual(await judgement(page), judged);
  });
});
