// The set-up every browser test file shares: one static server and one
// Chromium for the file, a fresh context per test, and after each test the
// checks that hold everywhere: no request outside the app's origin, no
// uncaught error in the page. Kept apart from harness.mjs, which the
// measurements in perf.mjs use without node's test runner.
import assert from 'node:assert/strict';
import { after, afterEach, before } from 'node:test';
import {
  click, foreignRequests, launchBrowser, openApp, revision, startServer, waitForRevisionAfter, waitForStatus,
} from './harness.mjs';

export const EXAMPLE = '[data-load-example="civ-slimme-maakindustrie"]';

/** Registers the file's hooks; `session.open(options)` opens the app for the current test. */
export function appSession() {
  const session = { server: null, browser: null, app: null };
  before(async () => {
    session.server = await startServer();
    session.browser = await launchBrowser();
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  afterEach(async () => {
    if (!session.app) return;
    const { context, requests, errors } = session.app;
    session.app = null;
    await context.close();
    assert.deepEqual(foreignRequests(requests, session.server.origin), [], 'requests outside the app origin');
    assert.deepEqual(errors, [], 'uncaught errors in the page');
  });
  session.open = async (options) => {
    session.app = await openApp(session.browser, session.server.origin, options);
    return session.app;
  };
  return session;
}

/** Loads the Twente example, which meets every criterion. On a phone the
 *  plans, examples and files are folded away: open them first, as a user would. */
export async function loadExample(page) {
  const seen = await revision(page);
  const fold = page.locator('#show-plans');
  if (await fold.isVisible() && !(await fold.isChecked())) await fold.check();
  await click(page, EXAMPLE);
  await waitForRevisionAfter(page, seen);
  await waitForStatus(page, 'verdict', 'meets');
}
