// The JavaScript library (make lib, lib-js/pkg/) as a web developer uses
// it: loaded by a bare page with no other script, called with hold-out-like
// proposals, and compared with what the CLI says about the same files.
// Also in Node, from the same folder.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, ROOT, startServer } from '../browser/harness.mjs';

const PKG = join(ROOT, 'lib-js', 'pkg');
const EXAMPLES = join(ROOT, 'examples');
const example = (name) => JSON.parse(readFileSync(join(EXAMPLES, `${name}.json`), 'utf8'));

// --- the CLI ------------------------------------------------------------------

const target = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
const CLI = join(target, 'debug', 'centra-check');
let work;

/** Runs the CLI; never throws, returns {exit, stdout, stderr}. */
function cli(args) {
  try {
    const stdout = execFileSync(CLI, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
    return { exit: 0, stdout, stderr: '' };
  } catch (e) {
    return { exit: e.status, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** The CLI's --json reports for several proposals (objects or texts), in order. */
function cliReports(proposals, lang) {
  const files = proposals.map((proposal, i) => {
    const file = join(work, `p${i}.json`);
    writeFileSync(file, typeof proposal === 'string' ? proposal : JSON.stringify(proposal, null, 2));
    return file;
  });
  const { stdout } = cli(['--json', '--lang', lang, ...files]);
  const reports = JSON.parse(stdout);
  const list = Array.isArray(reports) ? reports : [reports];
  assert.equal(list.length, proposals.length, 'the CLI reported every file');
  return list.map(({ file, ...report }) => report);
}

/** The CLI's refusal of one file: the line on stderr after "centra-check: FILE: ". */
function cliRefusal(proposal, lang) {
  const file = join(work, 'refused.json');
  writeFileSync(file, typeof proposal === 'string' ? proposal : JSON.stringify(proposal));
  const { exit, stderr } = cli(['--lang', lang, file]);
  assert.equal(exit, 2, `the CLI refuses it: ${stderr}`);
  return stderr.trim().slice(`centra-check: ${file}: `.length);
}

// --- hold-out-like proposals ------------------------------------------------------

/** The scenario files' changes (tests/scenarios.rs), applied in JavaScript. */
function applyChange(proposal, change) {
  const steps = (path) =>
    path.split('.').flatMap((part) => {
      const [key, ...indexes] = part.split('[');
      return [...(key ? [key] : []), ...indexes.map((i) => Number(i.replace(']', '')))];
    });
  const walk = (value, list) =>
    list.reduce((at, step) => {
      if (typeof step === 'string' && !(step in at)) at[step] = null;
      return at[step];
    }, value);
  if (change.set !== undefined) {
    const all = steps(change.set);
    walk(proposal, all.slice(0, -1))[all.at(-1)] = change.value;
  } else if (change.append !== undefined) {
    const all = steps(change.append);
    const parent = walk(proposal, all.slice(0, -1));
    if (parent[all.at(-1)] == null) parent[all.at(-1)] = [];
    parent[all.at(-1)].push(change.value);
  } else {
    const all = steps(change.remove);
    const parent = walk(proposal, all.slice(0, -1));
    if (Array.isArray(parent)) parent.splice(all.at(-1), 1);
    else delete parent[all.at(-1)];
  }
}

function scenarioProposals() {
  const dir = join(ROOT, 'tests', 'scenarios');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const scenario = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      return ['triggers', 'just_not'].map((which) => {
        const proposal = example(scenario.base);
        for (const change of scenario[which].changes) applyChange(proposal, change);
        return { name: `${scenario.code} ${which}`, proposal };
      });
    });
}

function holdOuts() {
  const twente = example('civ-slimme-maakindustrie');
  const synthetic = execFileSync('cargo', ['run', '--quiet', '--example', 'make-proposal', '--', 'typical'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  // Money as JSON numbers, as some other tool might write it.
  const numbers = structuredClone(twente);
  for (const partner of numbers.partners) {
    for (const c of partner.contributions ?? []) if (c.amount !== undefined) c.amount = Number(c.amount);
  }
  for (const line of numbers.budget) line.amount = Number(line.amount);
  return [
    { name: 'Twente example', proposal: twente },
    { name: 'empty', proposal: example('empty') },
    { name: 'synthetic typical plan', proposal: JSON.parse(synthetic) },
    { name: 'money as numbers', proposal: numbers },
    ...scenarioProposals(),
    ...fixtureProposals(),
  ];
}

/** The test plans of tests/fixtures/: versions 1 and 2 and the version-3 plans of every new code. */
function fixtureProposals() {
  const dir = join(ROOT, 'tests', 'fixtures');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: `fixture ${f}`, proposal: JSON.parse(readFileSync(join(dir, f), 'utf8')) }));
}

// --- the bare page ------------------------------------------------------------------

let server;
let browser;
let page;
const pageErrors = [];
const requests = [];

before(async () => {
  assert.ok(existsSync(join(PKG, 'index.js')), `${PKG} is missing: run make lib first`);
  execFileSync('cargo', ['build', '--quiet', '--bin', 'centra-check'], { cwd: ROOT, stdio: 'inherit' });
  work = mkdtempSync(join(tmpdir(), 'centra-check-library-'));
  const site = join(work, 'site');
  mkdirSync(site);
  cpSync(PKG, join(site, 'centra-check'), { recursive: true });
  // A page of another site: nothing of the app's bundle, one module script.
  writeFileSync(
    join(site, 'index.html'),
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>A grant portal</title>\n' +
      '<h1>Registration</h1><script type="module" src="./portal.js"></script>\n',
  );
  writeFileSync(
    join(site, 'portal.js'),
    [
      "import { init, check, read } from './centra-check/index.js';",
      'let early = null;',
      'try { check({}); } catch (e) { early = e.message; }',
      'await init();',
      'window.centraCheck = { check, read, early };',
      "document.documentElement.dataset.ready = 'yes';",
    ].join('\n'),
  );
  server = await startServer(site);
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(server.origin + '/');
  await page.waitForSelector('html[data-ready="yes"]', { timeout: 30_000 });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Calls check in the page for every proposal; a thrown error comes back as {thrown}. */
function checkInPage(proposals, lang) {
  return page.evaluate(
    ([list, lang]) =>
      list.map((p) => {
        try {
          return window.centraCheck.check(p, { lang });
        } catch (e) {
          return { thrown: { name: e.name, path: e.path, problem: e.problem, message: e.message, isError: e instanceof Error } };
        }
      }),
    [proposals, lang],
  );
}

test('the bare page loads only the library: engine.js, its wasm, nothing else', () => {
  assert.deepEqual(pageErrors, []);
  const files = requests.map((url) => new URL(url).pathname).sort();
  assert.deepEqual(files, ['/', '/centra-check/engine.js', '/centra-check/engine_bg.wasm', '/centra-check/index.js', '/portal.js']);
  assert.ok(requests.every((url) => url.startsWith(server.origin + '/')), 'nothing from elsewhere');
});

test('calling check before init() says so', async () => {
  const early = await page.evaluate(() => window.centraCheck.early);
  assert.match(early, /await init\(\)/);
});

for (const lang of ['nl', 'en']) {
  test(`check returns what centra-check --json prints, for every hold-out-like proposal (${lang})`, async () => {
    const cases = holdOuts();
    assert.ok(cases.length > 100, `${cases.length} proposals`);
    const expected = cliReports(cases.map((c) => c.proposal), lang);
    const got = await checkInPage(cases.map((c) => c.proposal), lang);
    const verdicts = new Set();
    cases.forEach((c, i) => {
      assert.deepEqual(got[i], expected[i], c.name);
      verdicts.add(got[i].verdict);
    });
    assert.deepEqual([...verdicts].sort(), ['incomplete', 'meets', 'not_met', 'partly'], 'every verdict occurs');
    // The file's text gives the same report as the object.
    const texts = cases.slice(0, 4).map((c) => JSON.stringify(c.proposal, null, 1));
    assert.deepEqual(await checkInPage(texts, lang), expected.slice(0, 4));
  });
}

test('the report of version 3 comes through whole: both verdicts, the balance plan, money per sector and year', async () => {
  const file = (name) => JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', `${name}.json`), 'utf8'));
  const plans = [file('v3-guidelines-only'), file('v3-balance-plan'), example('civ-slimme-maakindustrie')];
  const [guidelines, plan, twente] = await checkInPage(plans, 'nl');
  assert.deepEqual([guidelines, plan, twente], cliReports(plans, 'nl'));
  assert.equal(guidelines.version, 3);
  assert.equal(guidelines.verdict, 'partly');
  assert.equal(guidelines.werkdefinitie_verdict, 'meets', 'held back by guidelines only');
  assert.equal(guidelines.criteria[2].werkdefinitie_status, 'meets');
  const balance = plan.criteria[2].findings[0];
  assert.equal(balance.code, 'C3_BALANCE_PLAN', 'the plan comes first in C3');
  assert.deepEqual(balance.params, { practice: '0', government: '150000', education: '0', total: '150000' });
  assert.match(balance.message, /^Eén plan dat alles oplost: overheid \+ € 150\.000/);
  const figures = twente.figures;
  assert.deepEqual(figures.sector_cash, { practice: '180000', government: '400000', education: '150000', unassigned: '0' });
  assert.deepEqual(figures.sector_in_kind, { practice: '220000', government: '0', education: '250000', unassigned: '0' });
  assert.equal(figures.private_cofinancing, '400000');
  assert.equal(figures.private_share, '0.3333');
  assert.deepEqual(figures.per_year, {
    2027: { costs: '0', cofinancing: '120000' },
    none: { costs: '1200000', cofinancing: '1080000' },
  });
});

test('money comes back as exact decimal strings, never floats', async () => {
  const twente = example('civ-slimme-maakindustrie');
  twente.partners[0].contributions[0].amount = '12345678901234567890.12';
  const [report] = await checkInPage([twente], 'nl');
  assert.equal(typeof report.figures.total_cofinancing, 'string');
  assert.ok(report.figures.total_cofinancing.endsWith('890.12'), report.figures.total_cofinancing);
  assert.deepEqual(report, cliReports([twente], 'nl')[0]);
  // A JavaScript number is read as the decimal String(n) shows.
  twente.partners[0].contributions[0].amount = 0.1;
  const [fromNumber] = await checkInPage([twente], 'nl');
  twente.partners[0].contributions[0].amount = '0.1';
  assert.deepEqual(fromNumber, cliReports([twente], 'nl')[0]);
});

/** Objects a file could hold that the reader refuses, each for another reason. */
function wrongProposals() {
  const base = () => example('civ-slimme-maakindustrie');
  const wrong = [];
  let p = base();
  p.partners[2].contributons = [];
  wrong.push(p);
  p = base();
  p.partners[0].contributions[0].amount = '-5';
  wrong.push(p);
  p = base();
  p.partners[1].contributions[0].hours = true;
  wrong.push(p);
  p = base();
  p.partners[1].id = p.partners[0].id;
  wrong.push(p);
  p = base();
  p.partners[0].kind = 'bedrijf';
  wrong.push(p);
  p = base();
  p.budget[0].amount = '1,5';
  wrong.push(p);
  p = base();
  p.budget[0].amount = '1' + '0'.repeat(30);
  wrong.push(p);
  p = base();
  p.version = 99;
  wrong.push(p);
  wrong.push({ format: 'iets-anders', version: 1 });
  wrong.push([]);
  return wrong;
}

test('a wrong object is refused with the same path and reason as the same file', async () => {
  const wrong = wrongProposals();
  for (const lang of ['nl', 'en']) {
    const got = await checkInPage(wrong, lang);
    wrong.forEach((proposal, i) => {
      const line = cliRefusal(proposal, lang);
      const { thrown } = got[i];
      assert.ok(thrown, `case ${i} throws`);
      assert.equal(thrown.name, 'CentraCheckError');
      assert.ok(thrown.isError, 'an Error, with a stack');
      assert.equal(thrown.message, line, `case ${i}`);
      assert.equal(thrown.message, thrown.path ? `${thrown.path}: ${thrown.problem}` : thrown.problem);
    });
  }
  const got = await checkInPage(wrong.slice(0, 1), 'en');
  assert.equal(got[0].thrown.path, 'partners[2].contributons');
  assert.equal(got[0].thrown.problem, 'unknown field');
});

// The browser compiles a hot function again with its optimizing tier. Such
// code once lost a word of the reader's error in Chromium 156, and refusing
// `hours: true` after the hold-outs trapped (docs/library.md, "Browser
// compiler bugs"). So the same questions are asked again and again while
// the engine warms up: whenever a function is optimized, the answers after
// it must be those before it, and every refusal a CentraCheckError.
test('answers stay the same while the browser optimizes the engine: no refusal traps', async () => {
  const plans = holdOuts().map((c) => c.proposal);
  const wrong = wrongProposals();
  const rounds = await page.evaluate(
    ([plans, wrong]) => {
      const { check } = window.centraCheck;
      const answer = (p, lang) => {
        try {
          return JSON.stringify(check(p, { lang }));
        } catch (e) {
          return JSON.stringify({ name: e.name, path: e.path, problem: e.problem, message: e.message });
        }
      };
      const rounds = [];
      for (let round = 0; round < 8; round++) {
        const lang = round % 2 ? 'en' : 'nl';
        // Refusals between the plans too, so they meet code optimized at any point.
        const answers = [];
        plans.forEach((p, i) => {
          answers.push(answer(p, lang));
          if (i % 16 === 0) answers.push(...wrong.map((w) => answer(w, lang)));
        });
        answers.push(...wrong.map((w) => answer(w, lang)));
        rounds.push(answers);
        // After a trap the instance is broken; what follows says nothing more.
        if (answers.some((a) => a.includes('"RuntimeError"'))) break;
      }
      return rounds;
    },
    [plans, wrong],
  );
  assert.equal(rounds.length, 8, 'no round trapped');
  rounds.forEach((answers, round) => {
    const first = rounds[round % 2];
    answers.forEach((a, i) => assert.equal(a, first[i], `round ${round}, answer ${i}`));
    const refusals = answers.map((a) => JSON.parse(a)).filter((a) => a.name !== undefined);
    assert.ok(refusals.length >= wrong.length, `round ${round} has refusals`);
    for (const r of refusals) assert.equal(r.name, 'CentraCheckError', `round ${round}: ${r.message}`);
  });
});

test('values no file can hold are refused at their path, and the engine keeps working', async () => {
  const small = { format: 'centra-check/proposal', version: 1, partners: [{ id: 'a', kind: 'company', contributions: [{ form: 'cash', amount: '10' }] }] };
  const results = await page.evaluate((small) => {
    const { check } = window.centraCheck;
    const plan = () => structuredClone(small);
    const refuse = (change) => {
      const p = plan();
      change(p);
      try {
        check(p, { lang: 'en' });
        return null;
      } catch (e) {
        return { path: e.path, problem: e.problem };
      }
    };
    return {
      nan: refuse((p) => (p.partners[0].contributions[0].amount = NaN)),
      infinity: refuse((p) => (p.partners[0].contributions[0].year = Infinity)),
      fn: refuse((p) => (p.partners[0].name = () => 'x')),
      set: refuse((p) => (p.centre = { themes: new Set(['high_tech']) })),
      cycle: refuse((p) => (p.partners[0].self = p)),
      undefinedIsAbsent: refuse((p) => (p.partners[0].name = undefined)),
      after: check(plan(), { lang: 'en' }),
    };
  }, small);
  assert.deepEqual(results.nan, { path: 'partners[0].contributions[0].amount', problem: results.nan.problem });
  assert.match(results.nan.problem, /not a number/);
  assert.equal(results.infinity.path, 'partners[0].contributions[0].year');
  assert.equal(results.fn.path, 'partners[0].name');
  assert.match(results.fn.problem, /not a JSON value/);
  assert.equal(results.set.path, 'centre.themes');
  assert.match(results.cycle.problem, /nested too deeply/);
  assert.ok(results.cycle.path.startsWith('partners[0].self.partners[0].self'));
  assert.equal(results.undefinedIsAbsent, null, 'undefined counts as absent, as JSON.stringify drops it');
  assert.deepEqual(results.after, cliReports([small], 'en')[0]);
});

test('read gives the proposal as the file writes it, or the refusal with its path', async () => {
  const text = readFileSync(join(EXAMPLES, 'civ-slimme-maakindustrie.json'), 'utf8');
  const typo = text.replace('"contributions"', '"contributons"');
  const [good, bad, broken, english] = await page.evaluate(
    ([text, typo]) => {
      const { read } = window.centraCheck;
      return [read(text), read(typo), read('{ "format": '), read(typo, { lang: 'en' })];
    },
    [text, typo],
  );
  assert.equal(good.ok, true);
  assert.equal(good.proposal.partners[0].contributions[0].amount, example('civ-slimme-maakindustrie').partners[0].contributions[0].amount);
  assert.equal(typeof good.proposal.version, 'number');
  // What read returns is a proposal that checks the same as the file.
  assert.deepEqual((await checkInPage([good.proposal], 'nl'))[0], cliReports([text], 'nl')[0]);
  assert.equal(bad.ok, false);
  assert.deepEqual(bad.error, {
    path: 'partners[0].contributons',
    problem: 'onbekend veld',
    message: cliRefusal(typo, 'nl'),
  });
  assert.equal(broken.ok, false);
  assert.equal(broken.error.path, '');
  assert.equal(broken.error.message, cliRefusal('{ "format": ', 'nl'));
  assert.equal(english.error.problem, 'unknown field');
});

test('a proposal over a limit of the format is refused with the path and the limit, as a file is', async () => {
  const plan = { format: 'centra-check/proposal', version: 2, activities: [] };
  for (let i = 0; i < 2001; i++) plan.activities.push({ id: `a${i}` });
  const [checked, read] = await page.evaluate((plan) => {
    const { check, read } = window.centraCheck;
    let thrown;
    try { check(plan, { lang: 'en' }); } catch (e) { thrown = { name: e.name, path: e.path, problem: e.problem }; }
    return [thrown, read(JSON.stringify(plan))];
  }, plan);
  assert.deepEqual(checked, { name: 'CentraCheckError', path: 'activities', problem: 'more than 2,000 activities' });
  assert.equal(read.error.message, 'activities: meer dan 2.000 activiteiten');
  assert.equal(read.error.message, cliRefusal(JSON.stringify(plan), 'nl'));
});

test('an unknown language is a RangeError, not a Dutch report', async () => {
  const error = await page.evaluate(() => {
    try {
      window.centraCheck.check({ format: 'centra-check/proposal', version: 1 }, { lang: 'de' });
    } catch (e) {
      return { name: e.name, message: e.message };
    }
    return null;
  });
  assert.equal(error?.name, 'RangeError');
  assert.match(error.message, /"de"/);
});

test('the same folder works in Node', async () => {
  const lib = await import(join(PKG, 'index.js'));
  await lib.init();
  const twente = example('civ-slimme-maakindustrie');
  assert.deepEqual(lib.check(twente, { lang: 'en' }), cliReports([twente], 'en')[0]);
});
