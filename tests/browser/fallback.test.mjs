// A browser without an API the app uses (issue 11): the app falls back or
// says plainly what does not work, never a blank page. Chromium with the API
// taken away before the app's first script, as an older engine would lack it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { click, field, typeInto, waitForStatus } from './harness.mjs';
import { appSession, loadExample } from './session.mjs';

const session = appSession();

/** Opens the app in a context where `remove` ran before any of the page's scripts. */
async function openWithout(remove, { waitForApp = true } = {}) {
  const context = await session.browser.newContext();
  await context.addInitScript(remove);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(session.server.origin + '/');
  if (waitForApp) await page.locator('[data-verdict]').waitFor({ timeout: 30_000 });
  return { context, page, errors };
}

describe('without an API the app uses', () => {
  test('without WebAssembly: a plain message, not a blank page', async () => {
    const { context, page } = await openWithout(() => { delete globalThis.WebAssembly; }, { waitForApp: false });
    try {
      const message = page.locator('[data-boot-error][role=alert]');
      await message.waitFor({ timeout: 15_000 });
      assert.match(await message.innerText(), /kon niet starten in deze browser/);
      assert.match(await message.innerText(), /could not start in this browser/);
    } finally {
      await context.close();
    }
  });

  test('without CompressionStream: the share button says so and suggests the file; the rest works', async () => {
    const { context, page, errors } = await openWithout(() => { delete globalThis.CompressionStream; });
    try {
      await loadExample(page);
      await click(page, 'button[data-share="link"]');
      const said = page.locator('[data-share-error]');
      await said.waitFor({ timeout: 10_000 });
      assert.match(await said.innerText(), /Exporteren|bestand/);
      await typeInto(page, 'partners[2].contributions[0].amount', '100.000');
      await waitForStatus(page, 'C3', 'not_met');
      assert.deepEqual(errors, [], 'no uncaught error');
    } finally {
      await context.close();
    }
  });

  test('without local storage: the app works in memory and says the plan is not kept', async () => {
    const { context, page, errors } = await openWithout(() => {
      Object.defineProperty(globalThis, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
    });
    try {
      await loadExample(page);
      await typeInto(page, 'centre.name', 'Zonder opslag');
      assert.equal(await field(page, 'centre.name').inputValue(), 'Zonder opslag');
      const said = page.locator('[data-save-error]');
      await said.waitFor({ timeout: 5_000 });
      assert.match(await said.innerText(), /niet bewaard/);
      assert.equal(await page.locator('button[data-save-error-export]').count(), 1, 'the export at hand');
      assert.deepEqual(errors, [], 'no uncaught error');
    } finally {
      await context.close();
    }
  });
});
