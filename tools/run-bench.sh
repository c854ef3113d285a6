#!/usr/bin/env bash
# `make bench` (after `make dist`): engine benchmarks (criterion), browser
# keystroke timings and Lighthouse on the release bundle, and its size. Prints
# a table and writes bench-results/latest.md and a dated JSON file.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench-results/proposals
started=$(date +%s)

echo "=== synthetic proposals for the browser"
cargo build --release --quiet --example make-proposal
for size in typical large; do
  "${CARGO_TARGET_DIR:-target}/release/examples/make-proposal" "$size" > "bench-results/proposals/$size.json"
done
# The large plan's tables as the app's CSV downloads: pasted and imported
# as rows (issue 21).
for table in cofinancing budget; do
  "${CARGO_TARGET_DIR:-target}/release/examples/make-proposal" large "$table" > "bench-results/proposals/large-$table.csv"
done

echo "=== bundle size"
node tools/dist-size.mjs dist --json bench-results/dist-size.json

# The browser first: straight after the native benchmarks, whose compile
# and run keep both cores hot, the keystroke figures came out about a third
# slower on this 2-core machine (2026-11-26).
echo "=== browser: keystroke to verdict, Lighthouse"
node tests/browser/perf.mjs --proposals bench-results/proposals --out bench-results/browser.json

echo "=== engine benchmarks (cargo bench --bench engine)"
cargo bench --bench engine

echo
# Exits non-zero when a measurement failed, after writing what it has.
node tools/bench-report.mjs --since "$started"
