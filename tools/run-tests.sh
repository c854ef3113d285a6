#!/usr/bin/env bash
# `make test`: every check and test, each step run even after an earlier one
# failed, then one summary. Exit status non-zero if anything failed.
#
# The closing line "total: N passed, M failed" adds up the tests that cargo
# and node's test runner report, plus one per check (fmt, clippy, builds).
set -uo pipefail
cd "$(dirname "$0")/.."

log_dir=$(mktemp -d)
trap 'rm -rf "$log_dir"' EXIT
passed=0
failed=0
failed_steps=()
step_no=0

# run_step NAME KIND COMMAND...   KIND: cargo | node | check
run_step() {
  local name=$1 kind=$2
  shift 2
  step_no=$((step_no + 1))
  local log="$log_dir/$step_no.log"
  echo
  echo "=== $name: $*"
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  local p=0 f=0
  case $kind in
    cargo)
      # "test result: ok. 12 passed; 0 failed; ..." per test binary
      p=$(grep -aoE 'test result: [a-zA-Z]+\. [0-9]+ passed' "$log" | awk '{s+=$4} END {print s+0}')
      f=$(grep -aoE '[0-9]+ failed;' "$log" | awk '{s+=$1} END {print s+0}')
      ;;
    node)
      # spec reporter summary: "ℹ pass 12" / "ℹ fail 0"
      p=$(grep -aE '^ℹ pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
      f=$(grep -aE '^ℹ fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
      ;;
    check)
      if [ "$status" -eq 0 ]; then p=1; else f=1; fi
      ;;
  esac
  # A runner that crashed before reporting still counts as a failure.
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  passed=$((passed + p))
  failed=$((failed + f))
  if [ "$status" -ne 0 ]; then
    failed_steps+=("$name")
    echo "=== $name: FAILED (exit $status)"
  fi
  return 0
}

# The Makefile holds the release wasm's toolchain and flags (make dist).
trunk_build() {
  make --no-print-directory dist
}

run_step "cargo fmt" check cargo fmt --check
run_step "cargo clippy" check cargo clippy --all-targets -- -D warnings
run_step "cargo test" cargo cargo test
if grep -qE '^ssr[[:space:]]*=' Cargo.toml; then
  run_step "cargo clippy (ssr)" check cargo clippy --all-targets --features ssr -- -D warnings
  run_step "cargo test (ssr)" cargo cargo test --features ssr
fi
run_step "release bundle (make dist)" check trunk_build
if [ -f dist/index.html ]; then
  run_step "browser tests" node node --test --test-reporter=spec --test-concurrency=1 tests/browser/
  # The smoke suite in the other engines: each fails loudly if its browser
  # or driver cannot start.
  run_step "browser tests (Firefox ESR)" node node --test --test-reporter=spec tests/engines/firefox.test.mjs
  run_step "browser tests (WebKitGTK)" node node --test --test-reporter=spec tests/engines/webkit.test.mjs
else
  echo "=== browser tests (Chromium, Firefox ESR, WebKitGTK): skipped, no dist/index.html (the bundle did not build)"
  failed=$((failed + 1))
  failed_steps+=("browser tests (no bundle)")
fi

# The JavaScript library (lib-js/, docs/library.md): its own crate and wasm
# build, so it gets its own lint, build and tests.
lib_lint() {
  cargo fmt --manifest-path lib-js/Cargo.toml --check \
    && cargo clippy --manifest-path lib-js/Cargo.toml --target wasm32-unknown-unknown -- -D warnings
}
run_step "library: cargo fmt and clippy (lib-js)" check lib_lint
rm -rf lib-js/pkg
run_step "library build (make lib)" check make --no-print-directory lib
if [ -f lib-js/pkg/index.js ]; then
  run_step "library tests (bare page, Node)" node node --test --test-reporter=spec --test-concurrency=1 tests/library/
else
  echo "=== library tests: skipped, no lib-js/pkg/index.js (the library did not build)"
  failed=$((failed + 1))
  failed_steps+=("library tests (no build)")
fi

echo
if [ ${#failed_steps[@]} -gt 0 ]; then
  (IFS=","; echo "make test: FAILED steps: ${failed_steps[*]}")
else
  echo "make test: every step passed"
fi
echo "total: $passed passed, $failed failed"
[ ${#failed_steps[@]} -eq 0 ]
