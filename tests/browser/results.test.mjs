// The results column while typing: the pieces a keystroke changes are kept
// in the page and brought up to date in place (src/web/markup.rs, `live`).
// Whatever was typed before, the column must show exactly what a page
// opened afresh on the same plan shows.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { click, revision, typeInto, waitForRevisionAfter, waitForStatus } from './harness.mjs';
import { appSession, loadExample } from './session.mjs';

const session = appSession();

// Techniek Hengelo BV's cash contribution of € 120.000 in the example.
const TECHNIEK_CASH = 'partners[2].contributions[0].amount';

/** The summary bar and the results column as markup, but for the revision. */
async function shown(page) {
  return page.evaluate(() => [document.querySelector('.summary-bar'), document.querySelector('.results-column')]
    .map((element) => element.outerHTML.replace(/ data-revision="\d+"/g, ''))
    .join('\n'));
}

/** What a fresh page shows for the plan now kept (the app keeps it when the page is left). */
async function afresh(page) {
  await page.reload();
  await page.locator('[data-verdict]').waitFor();
  return shown(page);
}

describe('the results while typing', () => {
  test('after edits that change statuses back and forth, they are what a fresh page shows', async () => {
    const { page } = await session.open();
    await loadExample(page);
    // Not met (findings appear), partly, met again (the findings go), and
    // once more: the same pieces with other words, other elements, and
    // back.
    for (const [amount, status] of [['100000', 'not_met'], ['€ 120.002', 'partly'], ['120000', 'meets'], ['100000', 'not_met']]) {
      await typeInto(page, TECHNIEK_CASH, amount);
      await waitForStatus(page, 'C3', status);
    }
    // One digit at a time, as perf.mjs types: every keystroke a new report.
    const input = page.locator(`[data-field="${TECHNIEK_CASH}"]`);
    await input.click();
    await input.press('End');
    for (const key of ['5', 'Backspace', '5']) {
      const seen = await revision(page);
      await page.keyboard.press(key);
      await waitForRevisionAfter(page, seen);
    }
    const typed = await shown(page);
    assert.equal(typed, await afresh(page));

    // In English, after the switch and after more typing.
    await click(page, '[data-lang-switch="en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await typeInto(page, TECHNIEK_CASH, '120000');
    await waitForStatus(page, 'C3', 'meets');
    const english = await shown(page);
    assert.notEqual(english, typed, 'another language, another status');
    assert.equal(english, await afresh(page));
  });

  test('the icons show their shapes, and the shapes stand nowhere on their own', async () => {
    const { page } = await session.open();
    await loadExample(page);
    await typeInto(page, TECHNIEK_CASH, '100000');
    await waitForStatus(page, 'C3', 'not_met');
    const sizes = await page.evaluate(() => ({
      // What each icon's reference draws, in the icon's 16 × 16 units.
      icons: [...document.querySelectorAll('.result-panel .icon use')].map((use) => use.getBBox().width),
      // Every other drawing in the result panel: the shapes the icons refer to.
      others: [...document.querySelectorAll('.result-panel svg:not(.icon)')]
        .map((svg) => svg.getBoundingClientRect().height),
    }));
    assert.ok(sizes.icons.length > 7, 'the verdict, six statuses and the findings have icons');
    for (const width of sizes.icons) assert.ok(width > 10, `an icon draws its shape (${width})`);
    assert.ok(sizes.others.length > 0);
    for (const height of sizes.others) assert.equal(height, 0, 'no drawing of its own');
  });
});
