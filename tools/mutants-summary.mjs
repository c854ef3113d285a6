// After `make mutants`: each group's counts, and every missed mutant that is
// not marked `// mutants: equivalent` in the comment just above its line.
// Exits 1 when such a miss is left: it needs a test, or a marked reason.
// Usage: node tools/mutants-summary.mjs [bench-results/mutants]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] ?? 'bench-results/mutants';
const MARK = 'mutants: equivalent';

const lines = (file) =>
  existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()) : [];

/** True when the comment lines right above `line` (1-based) carry the mark. */
export function markedEquivalent(source, line) {
  const text = source.split('\n');
  for (let i = line - 2; i >= 0; i -= 1) {
    const above = text[i].trim();
    if (!above.startsWith('//')) return false;
    if (above.includes(MARK)) return true;
  }
  return false;
}

/** ", N tested in M min (build B s, test T s a mutant)" from outcomes.json, or "". */
function timing(out) {
  const file = join(out, 'outcomes.json');
  if (!existsSync(file)) return '';
  const mutants = JSON.parse(readFileSync(file, 'utf8')).outcomes.filter((o) => o.scenario !== 'Baseline');
  if (mutants.length === 0) return '';
  const phase = (name) =>
    mutants.reduce(
      (sum, o) => sum + o.phase_results.filter((p) => p.phase === name).reduce((s, p) => s + p.duration, 0),
      0,
    );
  const build = phase('Build');
  const test = phase('Test');
  const each = (seconds) => (seconds / mutants.length).toFixed(1);
  return (
    `; ${mutants.length} tested in ${((build + test) / 60).toFixed(1)} min ` +
    `(build ${each(build)} s, test ${each(test)} s a mutant)`
  );
}

let unexplained = 0;
const all = { tested: 0, caught: 0, missed: 0, timeout: 0, unviable: 0 };
for (const group of existsSync(root) ? readdirSync(root).sort() : []) {
  const out = join(root, group, 'mutants.out');
  if (!existsSync(out)) continue;
  const missed = lines(join(out, 'missed.txt'));
  const open = missed.filter((entry) => {
    const [file, line] = entry.split(':');
    return !(existsSync(file) && markedEquivalent(readFileSync(file, 'utf8'), Number(line)));
  });
  const [caught, timeout, unviable] = ['caught', 'timeout', 'unviable'].map(
    (name) => lines(join(out, `${name}.txt`)).length,
  );
  console.log(
    `${group}: ${caught} caught, ${missed.length} missed (${missed.length - open.length} marked equivalent), ` +
      `${timeout} timed out, ${unviable} unviable${timing(out)}`,
  );
  for (const entry of open) console.log(`  not explained: ${entry}`);
  all.caught += caught;
  all.missed += missed.length;
  all.timeout += timeout;
  all.unviable += unviable;
  unexplained += open.length;
}
all.tested = all.caught + all.missed + all.timeout + all.unviable;
console.log(
  `all: ${all.tested} mutants, ${all.caught} caught, ${all.missed} missed, ` +
    `${all.timeout} timed out, ${all.unviable} unviable`,
);
if (unexplained > 0) {
  console.log(`${unexplained} missed mutant(s) need a test or a marked reason`);
  process.exit(1);
}
