// Importing proposal files: every file in examples/ must get the same verdict
// and criterion statuses in the browser as from the command-line checker, and
// a refused file must say why (with its path) and change nothing.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  ROOT, click, cliReport, field, revision, shownFindings, statuses, verdict, waitForRevisionAfter,
  waitForStatus, werkdefinitieVerdicts,
} from './harness.mjs';
import { appSession } from './session.mjs';

const IMPORT = 'input[type=file][data-import="proposal"]';
// The shipped examples (version 3) and the test plans: versions 1 and 2 as
// compatibility cases, and version-3 plans that show every code new in it.
const jsonIn = (dir) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.json')).sort()
  .map((f) => join(dir, f));
const examples = [...jsonIn('examples'), ...jsonIn('tests/fixtures')];

const session = appSession();

describe('importing each example file', () => {
  test('there are example files to import', () => {
    assert.ok(examples.length >= 10, `examples/ and tests/fixtures/: ${examples}`);
    assert.ok(examples.filter((f) => f.includes('fixtures/v3-')).length >= 4, 'version-3 test plans');
  });

  for (const name of examples) {
    test(`${name}: the browser agrees with the command-line checker`, async () => {
      const file = join(ROOT, name);
      const cli = cliReport(file);
      assert.ok(cli.verdict, `the CLI reads ${name} (exit ${cli.exit}: ${cli.stderr})`);
      const app = await session.open();
      const { page } = app;
      // Start from a different state than the file's, so the import must show.
      if (cli.verdict === 'incomplete') {
        const seen = await revision(page);
        await click(page, '[data-load-example="civ-slimme-maakindustrie"]');
        await waitForRevisionAfter(page, seen);
        await waitForStatus(page, 'verdict', 'meets');
      }
      const seen = await revision(page);
      await page.locator(IMPORT).setInputFiles(file);
      await waitForRevisionAfter(page, seen);
      await waitForStatus(page, 'verdict', cli.verdict);
      assert.deepEqual(await statuses(page), cli.statuses, 'each criterion as the CLI judges it');
      assert.deepEqual(await shownFindings(page), cli.findings, 'every finding, its severity and its basis');
      assert.deepEqual(await werkdefinitieVerdicts(page), { verdict: cli.werkdefinitieVerdict, statuses: cli.werkdefinitieStatuses },
        'the werkdefinitie\'s own verdict and statuses as the CLI gives them');
      const firstInC3 = await page.locator('[data-criterion="C3"] li[data-finding]').first().getAttribute('data-finding').catch(() => null);
      assert.equal(firstInC3, cli.firstInC3, 'C3 starts with the same finding (the balance plan, when there is one)');
      // The balance plan, word for word, in the money panel (advice only).
      const plan = page.locator('[data-balance-plan]');
      if (cli.balancePlan) assert.equal((await plan.innerText()).trim(), cli.balancePlan);
      else assert.equal(await plan.count(), 0, 'no plan where the CLI gives none');
      assert.equal(await page.locator('[data-import-error]').filter({ hasText: /\S/ }).count(), 0, 'no import error');
    });
  }
});

describe('a refused file', () => {
  test('shows the reason with its path and changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'centra-import-'));
    const file = join(dir, 'typo.json');
    writeFileSync(file, JSON.stringify({
      format: 'centra-check/proposal',
      version: 1,
      centre: { name: 'Ander plan' },
      partners: [
        { id: 'p1', name: 'Bedrijf', kind: 'company', contributons: [{ form: 'cash', amount: '1000' }] },
      ],
    }));
    const cli = cliReport(file);
    assert.equal(cli.exit, 2, 'the CLI refuses it too');
    assert.match(cli.stderr, /partners\[0\]\.contributons/);

    const app = await session.open();
    const { page } = app;
    const seen = await revision(page);
    await click(page, '[data-load-example="civ-slimme-maakindustrie"]');
    await waitForRevisionAfter(page, seen);
    await waitForStatus(page, 'verdict', 'meets');
    const before = await statuses(page);

    await page.locator(IMPORT).setInputFiles(file);
    const error = page.locator('[data-import-error]').filter({ hasText: /\S/ }).first();
    await error.waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await error.innerText(), /partners\[0\]\.contributons/, 'the message names the path');
    assert.equal(await verdict(page), 'meets', 'verdict unchanged');
    assert.deepEqual(await statuses(page), before, 'statuses unchanged');
    assert.equal(await field(page, 'centre.name').inputValue(), 'Centrum Slimme Maakindustrie Twente', 'the plan is still there');
  });

  test('a file that is not JSON at all is refused too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'centra-import-'));
    const file = join(dir, 'notes.json');
    writeFileSync(file, 'Dit is geen JSON\n');
    const app = await session.open();
    const { page } = app;
    await page.locator(IMPORT).setInputFiles(file);
    const error = page.locator('[data-import-error]').filter({ hasText: /\S/ }).first();
    await error.waitFor({ state: 'visible', timeout: 10_000 });
    assert.equal(await verdict(page), 'incomplete', 'the empty plan stays as it was');
  });
});
