// Shared set-up for the browser tests and measurements: a tiny static server
// for dist/ on 127.0.0.1 (random free port), Debian's Chromium through
// playwright-core, a record of every network request, and helpers that act
// on the app the way a user does, through the attributes of
// docs/ui-contract.md.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const DIST = process.env.CENTRA_DIST ? resolve(process.env.CENTRA_DIST) : join(ROOT, 'dist');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const STATUSES = ['meets', 'partly', 'not_met', 'incomplete'];
export const CRITERIA = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6'];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `dir` on 127.0.0.1 at a free port, gzipping text and wasm as a real host would.
 * `extra` adds files by URL path (`{'/probe.js': text}`); `headScript` puts a
 * `<script src>` of one of them first in index.html's head (same origin, so
 * the app's CSP allows it): how the WebDriver tests see errors in the page.
 */
export async function startServer(dir = DIST, { index = 'index.html', extra = {}, headScript = null } = {}) {
  if (!existsSync(join(dir, index))) {
    throw new Error(`${dir}/${index} is missing: build the bundle first (make dist)`);
  }
  const gzipCache = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (Object.hasOwn(extra, url.pathname)) {
      const body = Buffer.from(extra[url.pathname]);
      res.writeHead(200, { 'content-type': TYPES[extname(url.pathname)] ?? 'text/plain', 'content-length': body.length, 'cache-control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    let path = normalize(join(dir, decodeURIComponent(url.pathname)));
    if (!path.startsWith(dir + sep) && path !== dir) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, index);
    if (!existsSync(path)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    let body = readFileSync(path);
    if (headScript && path === join(dir, index)) {
      // After <head>, or after the charset when a minified page omits the tag.
      body = Buffer.from(body.toString('utf8').replace(/<head>|<meta charset=[^>]*>/i,
        (tag) => `${tag}<script src="${headScript}"></script>`));
    }
    const headers = { 'content-type': type, 'cache-control': 'no-cache' };
    if (/gzip/.test(req.headers['accept-encoding'] ?? '') && !/image\/png/.test(type)) {
      const cacheKey = `${path}\0${headScript}`;
      if (!gzipCache.has(cacheKey)) gzipCache.set(cacheKey, gzipSync(body, { level: 9 }));
      body = gzipCache.get(cacheKey);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

/** Debian's Chromium, headless, with a new empty profile (playwright makes a fresh one). */
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Opens the app in a new context (empty storage) and records every request.
 * Dialogs (confirm before replacing work) are accepted, as a user who means it would.
 */
export async function openApp(browser, origin, { width = 1280, height = 900, path = '/' } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('dialog', (dialog) => dialog.accept());
  await page.goto(origin + path);
  await page.locator('[data-verdict]').waitFor({ timeout: 30_000 });
  return { context, page, requests, errors };
}

/** Requests to anything but the app's own origin (data: and blob: URLs stay in the page). */
export function foreignRequests(requests, origin) {
  return requests.filter((url) => !(url.startsWith(origin + '/') || url.startsWith('data:') || url.startsWith('blob:')));
}

export async function verdict(page) {
  return page.locator('[data-verdict]').getAttribute('data-verdict');
}

export async function revision(page) {
  return Number(await page.locator('[data-verdict]').getAttribute('data-revision'));
}

/** {C1: 'meets', …} as the page shows it. */
export async function statuses(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-criterion]')].map((e) => [e.dataset.criterion, e.dataset.status]),
    ),
  );
}

/** Waits until the report has been recomputed after revision `after`. */
export async function waitForRevisionAfter(page, after, timeout = 10_000) {
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-verdict]')?.dataset.revision) > n,
    after,
    { timeout },
  );
}

/** Waits until `[data-criterion=id]` shows `status` (or the verdict, for id 'verdict'). */
export async function waitForStatus(page, id, status, timeout = 10_000) {
  const selector = id === 'verdict' ? '[data-verdict]' : `[data-criterion="${id}"]`;
  const attribute = id === 'verdict' ? 'verdict' : 'status';
  try {
    await page.waitForFunction(
      ([sel, attr, want]) => document.querySelector(sel)?.dataset[attr] === want,
      [selector, attribute, status],
      { timeout },
    );
  } catch {
    const now = await page.locator(selector).first().getAttribute(`data-${attribute}`).catch(() => null);
    throw new Error(`${id} should read ${status} but reads ${now}`);
  }
}

export function field(page, path) {
  return page.locator(`[data-field="${path}"]`).first();
}

/** Replaces a text field's content by typing, key by key, as a user does. */
export async function typeInto(page, path, text) {
  const input = field(page, path);
  await input.click();
  await input.press('ControlOrMeta+a');
  if (text === '') await input.press('Backspace');
  else await input.pressSequentially(text);
}

/** Chooses `value` in a select, or checks the radio/checkbox of that value. */
export async function choose(page, path, value) {
  const first = field(page, path);
  const tag = await first.evaluate((e) => e.tagName);
  if (tag === 'SELECT') await first.selectOption(value);
  else await page.locator(`[data-field="${path}"][value="${value}"]`).check();
}

export async function check(page, path, value) {
  const selector = value === undefined ? `[data-field="${path}"]` : `[data-field="${path}"][value="${value}"]`;
  await page.locator(selector).first().check();
}

export async function click(page, selector) {
  await page.locator(selector).first().click();
}

let cliBuilt = false;

/** What the command-line checker says about a file: {verdict, statuses, exit, stderr}. */
export function cliReport(file) {
  if (!cliBuilt) {
    // Up to date with the engine sources (a no-op when cargo test just built it).
    execFileSync('cargo', ['build', '--quiet', '--bin', 'centra-check'], { cwd: ROOT, stdio: 'inherit' });
    cliBuilt = true;
  }
  let stdout = '';
  let stderr = '';
  let exit = 0;
  try {
    stdout = execFileSync(join(process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'), 'debug', 'centra-check'), ['--json', file], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      // The report of a plan at the limits runs to megabytes.
      maxBuffer: 256 * 2 ** 20,
    });
  } catch (e) {
    stdout = e.stdout ?? '';
    stderr = e.stderr ?? '';
    exit = e.status;
  }
  if (!stdout.trim()) return { exit, stderr };
  const report = JSON.parse(stdout);
  return {
    exit,
    stderr,
    verdict: report.verdict,
    statuses: Object.fromEntries(report.criteria.map((c) => [c.id, c.status])),
    werkdefinitieVerdict: report.werkdefinitie_verdict,
    werkdefinitieStatuses: Object.fromEntries(report.criteria.map((c) => [c.id, c.werkdefinitie_status])),
    findings: report.criteria.flatMap((c) =>
      c.findings.map((f) => `${c.id} ${f.code} ${f.severity} ${f.basis}`)).sort(),
    // The same in the report's own order.
    ordered: report.criteria.flatMap((c) => c.findings.map((f) => `${c.id} ${f.code}`)),
    firstInC3: report.criteria[2].findings[0]?.code ?? null,
    balancePlan: report.criteria[2].findings.find((f) => f.code === 'C3_BALANCE_PLAN')?.message ?? null,
  };
}

/** The werkdefinitie's own verdict and statuses as the page shows them. */
export async function werkdefinitieVerdicts(page) {
  return page.evaluate(() => ({
    verdict: document.querySelector('[data-verdict]').dataset.werkdefinitieVerdict,
    statuses: Object.fromEntries(
      [...document.querySelectorAll('[data-criterion]')].map((e) => [e.dataset.criterion, e.dataset.werkdefinitieStatus]),
    ),
  }));
}

/** Every finding the page lists, as `C3 C3_NO_DURATION warning guideline`, sorted. */
export async function shownFindings(page) {
  const shown = await page.locator('[data-criterion] li[data-finding]').evaluateAll((items) =>
    items.map((li) => {
      const criterion = li.closest('[data-criterion]').dataset.criterion;
      return `${criterion} ${li.dataset.finding} ${li.dataset.severity} ${li.dataset.basis}`;
    }));
  return shown.sort();
}
