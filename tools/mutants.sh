#!/usr/bin/env bash
# `make mutants`: mutation testing of the core, group by group, with
# MUTANTS_JOBS workers (default 2, one per core of the machine it was
# measured on). Each worker mutates its own copy of the tree
# (target/mutants-trees/<n>, kept between runs so its build stays warm), so
# the working tree is never changed and two mutants build and test at once.
# A worker takes the next part not yet taken (`mkdir` is the lock), largest
# first, so both finish near the same time.
#
# Each group of files runs with the test targets that exercise it (a caught
# mutant is caught for certain); every miss must be killed by a test or
# marked `// mutants: equivalent` with its reason above the line
# (tools/mutants-summary.mjs judges that, and sets the exit code).
#
# Options (environment): MUTANTS_JOBS=n; MUTANTS_SHARD=k/n for every n-th
# mutant of each group only (round robin, so the part stands for the whole);
# MUTANTS_FILES="src/json.rs …" for those files against the whole suite,
# in the working tree itself (results in bench-results/mutants.out).
set -euo pipefail

jobs=${MUTANTS_JOBS:-2}
shard=${MUTANTS_SHARD:-}
timeout=${MUTANTS_TIMEOUT:-10}
root=$(pwd)
trees=$root/target/mutants-trees
out=$root/bench-results/mutants

# A mutant that fails a property test is caught at its first failing case:
# no shrinking (it took seconds to minutes a mutant), and no regression file
# written for a failure that only the mutant had.
export PROPTEST_CASES=32 PROPTEST_MAX_SHRINK_ITERS=0 PROPTEST_DISABLE_FAILURE_PERSISTENCE=1

# Lib tests left out where they check none of a group's files (each costs
# seconds a mutant): the slug of every Unicode character (text::display, in
# no group) everywhere; storage's large plan, saving in steps and
# compressing a slice at a time outside the storage group (the readers and
# JSON have tests of their own at every limit).
skip_always="--skip text::display::tests::every_character_gives_the_slug_unicode_lower_case_gave"
# (One line each: a group below is read up to its line's end.)
storage_tests=formats::storage
skip_storage="--skip $storage_tests::compact::tests::compressing_a_slice_at_a_time_gives_the_same_bytes"
skip_storage+=" --skip $storage_tests::envelope::tests::a_large_plan_is_stored_compactly_and_comes_back_exactly"
skip_storage+=" --skip $storage_tests::envelope::tests::a_save_in_steps_writes_what_a_save_at_once_writes"

# name|files|test targets|lib tests left out|parts. Largest first; a group
# of many mutants is split in parts (round robin) so that no worker is left
# with one long group at the end.
groups=(
  "storage|src/formats/storage/*.rs|--lib||4"
  "reader|src/formats/proposal_file.rs src/engine/problem.rs src/engine/limits.rs|--lib --test mutants_reader|$skip_storage|3"
  "json|src/json.rs|--lib --test mutants_json|$skip_storage|2"
  "evaluate|src/engine/evaluate/*.rs|--lib --test mutants_evaluate|$skip_storage|2"
  "share_link|src/formats/share_link.rs|--lib --test share_link|$skip_storage|1"
  "totals|src/engine/totals.rs src/engine/balance.rs|--lib --test mutants_totals|$skip_storage|1"
  "edit|src/engine/edit.rs src/engine/path.rs src/engine/rows.rs|--lib --test mutants_edit|$skip_storage|1"
  "money_input|src/text/money_input.rs|--lib --test money_input|$skip_storage|1"
  "profile|src/engine/profile.rs|--lib --test mutants_profile|$skip_storage|1"
)
all_targets="--lib --test mutants_evaluate --test mutants_totals --test mutants_profile
  --test mutants_edit --test mutants_reader --test mutants_json --test money_input --test share_link"

cargo mutants --version >/dev/null 2>&1 || cargo install cargo-mutants --locked
flags=(--no-shuffle --in-place --profile mutants --timeout "$timeout")

if [ -n "${MUTANTS_FILES:-}" ]; then
  files=()
  for f in $MUTANTS_FILES; do files+=(--file "$f"); done
  exec cargo mutants "${flags[@]}" "${files[@]}" --output "$root/bench-results"
fi

# The tree as it is now (tracked and new files, not ignored ones) into each
# worker's copy; its target/ stays.
copy_tree() {
  local tree=$1
  mkdir -p "$tree"
  find "$tree" -mindepth 1 -maxdepth 1 ! -name target -exec rm -rf {} +
  git ls-files -z -co --exclude-standard |
    while IFS= read -r -d '' file; do [ -e "$file" ] && printf '%s\0' "$file"; done |
    tar --null -T - -cf - | tar -xf - -C "$tree"
  if [ ! -d "$tree/target/mutants" ] && [ -d "$root/target/mutants" ]; then
    # The dependencies already built here: only the crate builds anew.
    mkdir -p "$tree/target" && cp -a "$root/target/mutants" "$tree/target/"
  fi
}

rm -rf "$out" "$trees/claims"
mkdir -p "$out" "$trees/claims"
start=$(date +%s)
echo "=== mutants: $jobs worker(s), each in its own copy of the tree (target/mutants-trees)"
for n in $(seq 1 "$jobs"); do copy_tree "$trees/$n"; done

# The unmutated tree passes the tests of every group (once, in the first
# copy), while the other copies build the same targets.
echo "=== mutants: the unmutated tree passes the tests of every group"
pids=()
for n in $(seq 1 "$jobs"); do
  if [ "$n" = 1 ]; then
    (cd "$trees/$n" && cargo test -q --profile mutants $all_targets -- $skip_always) &
  else
    (cd "$trees/$n" && cargo test -q --profile mutants $all_targets --no-run 2>/dev/null) &
  fi
  pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done

# Each part: name, shard and arguments, a line each.
parts=()
for group in "${groups[@]}"; do
  IFS='|' read -r name files tests skips count <<<"$group"
  if [ -n "$shard" ]; then
    parts+=("$name|$files|$tests|$skips|$shard")
  elif [ "$count" = 1 ]; then
    parts+=("$name|$files|$tests|$skips|")
  else
    for k in $(seq 0 $((count - 1))); do parts+=("$name.$((k + 1))of$count|$files|$tests|$skips|$k/$count"); done
  fi
done

worker() {
  local n=$1 tree=$trees/$1 failed=0
  for part in "${parts[@]}"; do
    IFS='|' read -r name files tests skips part_shard <<<"$part"
    mkdir "$trees/claims/$name" 2>/dev/null || continue
    local began code=0 args=()
    began=$(date +%s)
    # The globs as they match in the copy.
    for f in $(cd "$tree" && echo $files); do args+=(--file "$f"); done
    for a in $tests; do args+=("--cargo-arg=$a"); done
    [ -n "$part_shard" ] && args+=(--shard "$part_shard" --sharding round-robin)
    (cd "$tree" && cargo mutants "${flags[@]}" --baseline skip "${args[@]}" \
      --output "$out/$name" -- -- $skip_always $skips) \
      >"$out/$name.log" 2>&1 || code=$?
    case $code in
      0 | 2 | 3) ;;
      *) echo "cargo mutants failed on $name ($code): $out/$name.log"; failed=1 ;;
    esac
    echo "    worker $n: $name, $(tail -n 1 "$out/$name.log") ($(( $(date +%s) - began )) s)"
  done
  return $failed
}

pids=()
for n in $(seq 1 "$jobs"); do worker "$n" & pids+=($!); done
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
minutes=$(( ($(date +%s) - start) / 60 ))
echo "=== mutants, per part ($minutes min in all, $jobs worker(s)):"
[ "$failed" = 0 ] || exit 1
node "$root/tools/mutants-summary.mjs" "$out"
