// Gathers the figures of `make bench` into one table: criterion's estimates
// (target/criterion), the browser measurements (bench-results/browser.json)
// and the bundle size (bench-results/dist-size.json). Prints it, writes
// bench-results/latest.md, bench-results/latest.json and a dated copy, and
// shows the previous run's figures beside this run's.
// Usage: node tools/bench-report.mjs [--since EPOCH_SECONDS]
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const results = join(root, 'bench-results');
const criterionDir = join(process.env.CARGO_TARGET_DIR ?? join(root, 'target'), 'criterion');
const sinceArg = process.argv.indexOf('--since');
const since = sinceArg >= 0 ? Number(process.argv[sinceArg + 1]) * 1000 : 0;
const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);

function criterionResults() {
  const found = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (!statSync(path).isDirectory()) continue;
      const meta = join(path, 'new', 'benchmark.json');
      if (name !== 'report' && existsSync(meta) && statSync(meta).mtimeMs >= since) {
        const b = readJson(meta);
        const e = readJson(join(path, 'new', 'estimates.json'));
        found.push({
          id: b.full_id,
          group: b.group_id,
          input: b.value_str ?? b.function_id,
          rows: b.throughput?.Elements ?? null,
          median_ns: e.median.point_estimate,
          mean_ns: e.mean.point_estimate,
        });
      }
      walk(path);
    }
  };
  walk(criterionDir);
  return found.sort((a, b) => a.group.localeCompare(b.group) || (a.rows ?? 0) - (b.rows ?? 0));
}

const time = (ns) => (ns == null ? '–' : ns < 1e3 ? `${ns.toFixed(0)} ns` : ns < 1e6 ? `${(ns / 1e3).toFixed(1)} µs` : `${(ns / 1e6).toFixed(2)} ms`);
const ms = (v) => (v == null ? '–' : `${v.toFixed(1)} ms`);
const kib = (b) => (b == null ? '–' : `${(b / 1024).toFixed(1)} KiB`);

const previous = readJson(join(results, 'latest.json'));
const engine = criterionResults();
const browser = readJson(join(results, 'browser.json'));
const dist = readJson(join(results, 'dist-size.json'));
const now = new Date();
const figures = {
  date: now.toISOString(),
  machine: `${process.platform} ${process.arch}, ${(await import('node:os')).cpus().length} cores`,
  engine,
  browser,
  bundle: dist ? { gzip_bytes: dist.total.gzip, raw_bytes: dist.total.raw, files: dist.files } : null,
};

const prevEngine = new Map((previous?.engine ?? []).map((e) => [e.id, e]));
const lines = [];
lines.push(`# Centra-check benchmarks, ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
lines.push('');
lines.push(`Machine: ${figures.machine}.${previous ? ` Previous run: ${previous.date.slice(0, 16).replace('T', ' ')}.` : ''}`);
lines.push('');
lines.push('## Engine (native, criterion, median)');
lines.push('');
lines.push('| benchmark | rows | median | per row | previous |');
lines.push('|---|---:|---:|---:|---:|');
for (const e of engine) {
  const per = e.rows ? time(e.median_ns / e.rows) : '–';
  lines.push(`| ${e.id} | ${e.rows ?? '–'} | ${time(e.median_ns)} | ${per} | ${time(prevEngine.get(e.id)?.median_ns)} |`);
}
for (const group of ['evaluate_scaling', 'read_scaling']) {
  const series = engine.filter((e) => e.group === group && e.rows);
  if (series.length >= 2) {
    const first = series[0];
    const last = series[series.length - 1];
    const ratio = (last.median_ns / last.rows) / (first.median_ns / first.rows);
    lines.push('');
    lines.push(`Linearity, ${group}: ${last.rows / first.rows}× the rows costs ${(last.median_ns / first.median_ns).toFixed(1)}× the time (time per row ×${ratio.toFixed(2)}; 1.00 is perfectly linear).`);
  }
}
const limits = (name) => engine.find((e) => e.id === `limits/${name}`);
if (limits('plan_at_limits_read_and_judged')) {
  lines.push('');
  lines.push(`Hostile input (issue 23): a plan at every limit of the format (5,000 partners, 50,000 contributions and lines, 2,000 activities, …) read and judged in ${time(limits('plan_at_limits_read_and_judged').median_ns)}, the large plan the same way in ${time(limits('large_read_and_judged')?.median_ns)}; an object of 200,000 keys refused in ${time(limits('object_of_200000_keys_refused')?.median_ns)}.`);
}
lines.push('');
lines.push('## Browser (release bundle, headless Chromium): keystroke in an amount field to updated verdict on screen');
lines.push('');
lines.push('| proposal | median | p95 | max | in the DOM, median / p95 | measured | import | previous median / p95 |');
lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const k of browser?.keystroke ?? []) {
  const p = previous?.browser?.keystroke?.find((x) => x.size === k.size);
  const measured = `${k.measured}/${k.keystrokes}${k.stopped_early ? ' (time budget spent)' : ''}${k.missed ? `, ${k.missed} without a new report` : ''}`;
  lines.push(`| ${k.size} | ${ms(k.median_ms)} | ${ms(k.p95_ms)} | ${ms(k.max_ms)} | ${ms(k.dom_median_ms)} / ${ms(k.dom_p95_ms)} | ${measured} | ${k.import_ms} ms | ${p ? `${ms(p.median_ms)} / ${ms(p.p95_ms)}` : '–'} |`);
}
lines.push('');
lines.push('"In the DOM": keydown to the new data-revision (evaluation and render); the other columns add the wait for the frame that paints it.');
const spread = (browser?.keystroke ?? []).filter((k) => k.per_run?.length > 1);
if (spread.length) {
  lines.push('');
  lines.push(`Each figure is the median of ${spread[0].per_run.length} runs of ${spread[0].keystrokes / spread[0].per_run.length} keystrokes, each in a fresh page; the runs' own medians in the DOM: ${spread.map((k) => `${k.size} ${k.per_run.map((r) => ms(r.dom_median_ms)).join(', ')}`).join('; ')}.`);
}
lines.push('');
lines.push('## Browser: the routine save after a keystroke (0.5 s after the last change)');
lines.push('');
lines.push('| proposal | longest main-thread task | all tasks | tasks | keystroke to write | previous longest task |');
lines.push('|---|---:|---:|---:|---:|---:|');
for (const k of browser?.keystroke ?? []) {
  const s = k.save;
  const p = previous?.browser?.keystroke?.find((x) => x.size === k.size)?.save;
  if (!s || s.error) {
    lines.push(`| ${k.size} | ${s?.error ?? 'not measured'} | | | | ${ms(p?.longest_ms)} |`);
    continue;
  }
  lines.push(`| ${k.size} | ${ms(s.longest_ms)} | ${ms(s.total_ms)} | ${s.tasks} | ${s.keystroke_to_write_ms.toFixed(0)} ms | ${ms(p?.longest_ms)} |`);
}
lines.push('');
lines.push('From the frame that paints the keystroke to the write to local storage (Chromium trace): while the save runs, the page can answer no input for as long as its longest task.');
lines.push('');
lines.push('## Browser: rows from a spreadsheet (issue 21), the large plan');
lines.push('');
const rowsNow = browser?.rows;
if (rowsNow) {
  const before = previous?.browser?.rows;
  lines.push('| what | lines | longest main-thread task | all tasks | tasks | start to rows in the form | previous longest task |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|');
  for (const [part, label] of [['import', 'budget CSV imported as a file'], ['paste', 'cofinancing table pasted as text']]) {
    const r = rowsNow[part];
    lines.push(`| ${label} | ${r.rows} | ${ms(r.longest_ms)} | ${ms(r.total_ms)} | ${r.tasks} | ${r.duration_ms.toFixed(0)} ms | ${ms(before?.[part]?.longest_ms)} |`);
  }
  lines.push('');
  lines.push('Read a piece of 1,000 lines per turn of the event loop; the longest task is that of adding the rows and showing the plan they make (Chromium trace, median of the runs).');
} else {
  lines.push('Not measured.');
}
const lh = browser?.lighthouse;
lines.push('');
lines.push('## First load (Lighthouse, mobile, simulated throttling)');
lines.push('');
if (lh) {
  const p = previous?.browser?.lighthouse;
  lines.push('| figure | value | previous |');
  lines.push('|---|---:|---:|');
  lines.push(`| performance score | ${lh.performance} | ${p?.performance ?? '–'} |`);
  lines.push(`| accessibility score | ${lh.accessibility} | ${p?.accessibility ?? '–'} |`);
  lines.push(`| first contentful paint | ${ms(lh.first_contentful_paint_ms)} | ${ms(p?.first_contentful_paint_ms)} |`);
  lines.push(`| largest contentful paint | ${ms(lh.largest_contentful_paint_ms)} | ${ms(p?.largest_contentful_paint_ms)} |`);
  lines.push(`| time to interactive | ${ms(lh.interactive_ms)} | ${ms(p?.interactive_ms)} |`);
  lines.push(`| total blocking time | ${ms(lh.total_blocking_time_ms)} | ${ms(p?.total_blocking_time_ms)} |`);
  lines.push(`| bytes transferred | ${kib(lh.transfer_bytes)} | ${kib(p?.transfer_bytes)} |`);
  if (lh.failed_accessibility_audits?.length) lines.push(`\nFailed accessibility audits: ${lh.failed_accessibility_audits.join(', ')}`);
} else {
  lines.push('No Lighthouse figures.');
}
lines.push('');
lines.push('## Bundle (dist/, wasm + js + css + html)');
lines.push('');
if (dist) {
  lines.push(`${kib(dist.total.gzip)} gzipped (${dist.total.gzip} bytes), ${kib(dist.total.raw)} raw${previous?.bundle ? `; previous ${kib(previous.bundle.gzip_bytes)} gzipped` : ''}.`);
}
if (browser?.errors?.length) {
  lines.push('');
  lines.push('## Problems');
  lines.push('');
  for (const e of browser.errors) lines.push(`- ${e}`);
}
const markdown = lines.join('\n') + '\n';
const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
writeFileSync(join(results, 'latest.md'), markdown);
writeFileSync(join(results, 'latest.json'), JSON.stringify(figures, null, 2) + '\n');
writeFileSync(join(results, `${stamp}.json`), JSON.stringify(figures, null, 2) + '\n');
console.log(markdown);
console.log(`Written: bench-results/latest.md, bench-results/latest.json, bench-results/${stamp}.json`);
if (browser?.errors?.length || !browser || !dist) {
  console.error('bench: some figures are missing (see Problems above)');
  process.exit(1);
}
