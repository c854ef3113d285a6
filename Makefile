# Centra-check: build, serve, test and measure from nothing.
#
#   make serve   install what is missing, build, serve the app on 127.0.0.1
#   make test    install what is missing, run every check and test
#   make help    every target, one line each (the `## ` after a target)
#
# Every install step is skipped when already done, so a second run is fast.
# Trunk always runs --offline: it uses the wasm-bindgen installed here and the
# wasm-opt of npm's binaryen (node_modules/.bin), and never downloads.
# The release wasm (make dist, test, bench, size) is built with a pinned
# nightly; everything else (tests, clippy, the CLI, make serve) with stable.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-print-directory

# cargo-installed tools (trunk, wasm-bindgen) live here on a fresh machine.
export PATH := $(HOME)/.cargo/bin:$(PATH)
NODE_BIN := $(CURDIR)/node_modules/.bin
# Trunk finds wasm-opt (npm binaryen) on this PATH.
TRUNK := PATH="$(NODE_BIN):$$PATH" trunk

# Must equal the wasm-bindgen crate in Cargo.lock and [tools] in Trunk.toml.
WASM_BINDGEN_VERSION := 0.2.130
TRUNK_VERSION := 0.21.14
CHROMIUM := /usr/bin/chromium
TWIGGY_VERSION := 0.8.0
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
PORT ?= 8080

# The release wasm: a pinned nightly rebuilds the standard library for size
# (-Zbuild-std with optimize_for_size), aborts on a panic without formatting
# its message, and leaves out panic locations. That takes about 33 KB off the
# gzipped download (193 KB instead of 226 KB measured on 2026-11-26). The
# nightly needs only rust-src, not a wasm32 std. Its own target dir keeps it
# apart from the stable builds.
WASM_NIGHTLY := nightly-2026-05-20
WASM_TARGET_DIR := $(CURDIR)/target/wasm-release
RELEASE_WASM_ENV := RUSTUP_TOOLCHAIN=$(WASM_NIGHTLY) CARGO_TARGET_DIR=$(WASM_TARGET_DIR) \
  CARGO_UNSTABLE_BUILD_STD=std,panic_abort CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
  RUSTFLAGS='-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none'

.PHONY: help tools tools-web tools-browser rust-target wasm-bindgen trunk \
        npm-packages chromium check-tool-versions wasm-nightly twiggy serve dist size test \
        bench fuzz clean

help: ## every target, one line each (this list)
	@grep -hE '^[a-zA-Z][a-zA-Z_-]*:.*## ' $(MAKEFILE_LIST) \
	  | sed -E 's/^([a-zA-Z_-]+):.*## (.*)$$/\1\t\2/' \
	  | awk -F'\t' '{ printf "  make %-20s %s\n", $$1, $$2 }'

# --- install steps, each skipped when already done ---------------------------

rust-target: ## install the wasm32-unknown-unknown target
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
	  || rustup target add wasm32-unknown-unknown

# Not --locked: wasm-bindgen-cli 0.2.130 fails to install with --locked.
wasm-bindgen: ## install wasm-bindgen-cli, exactly the crate's version
	@wasm-bindgen --version 2>/dev/null | grep -qx 'wasm-bindgen $(WASM_BINDGEN_VERSION)' \
	  || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)

# Only rust-src: -Zbuild-std builds the wasm32 std from it.
wasm-nightly: ## install the pinned nightly with rust-src (the release wasm only)
	@rustup toolchain list | grep -q '^$(WASM_NIGHTLY)-' \
	  && rustup component list --toolchain $(WASM_NIGHTLY) --installed | grep -q '^rust-src' \
	  || rustup toolchain install $(WASM_NIGHTLY) --profile minimal --component rust-src

# Lists the largest items of the wasm for `make size`.
twiggy: ## install twiggy (the largest wasm items, for make size)
	@twiggy --version 2>/dev/null | grep -qx 'twiggy-opt $(TWIGGY_VERSION)' \
	  || cargo install --locked twiggy --version $(TWIGGY_VERSION)

trunk: ## install Trunk 0.21.14
	@trunk --version 2>/dev/null | grep -qx 'trunk $(TRUNK_VERSION)' \
	  || cargo install --locked trunk --version $(TRUNK_VERSION)

# binaryen (wasm-opt for trunk), playwright-core, axe-core, lighthouse; pinned
# in package-lock.json. Reinstalled only when the lock file is newer.
npm-packages: node_modules/.installed ## install the npm packages of package-lock.json
node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# Debian's Chromium for the browser tests (no browser download is possible).
chromium: ## install Debian's Chromium and ChromeDriver
	@test -x $(CHROMIUM) || { $(SUDO) apt-get update \
	  && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver; }

# Java for the W3C Nu HTML checker (npm's vnu-jar) the browser tests run on
# the page: Debian's headless runtime, only when there is no java at all.
.PHONY: java
java: ## install Debian's headless Java (the Nu HTML checker) when there is none
	@command -v java >/dev/null || { $(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive \
	  apt-get install -y -o DPkg::Lock::Timeout=600 default-jre-headless; }

# The other engines of the smoke suite (tests/engines/): Debian's Firefox ESR,
# WebKitGTK's WebDriver (with MiniBrowser) and Xvfb, and geckodriver. The apt
# step waits for another apt run's lock.
FIREFOX := /usr/bin/firefox-esr
WEBKIT_DRIVER := /usr/bin/WebKitWebDriver
MINIBROWSER := /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser
GECKODRIVER_VERSION := 0.37.1
.PHONY: other-engines geckodriver
tools-browser: other-engines geckodriver ## install the browsers and drivers the tests use

other-engines: ## install Debian's Firefox ESR, WebKitGTK's WebDriver and Xvfb
	@test -x $(FIREFOX) && test -x $(WEBKIT_DRIVER) && test -x $(MINIBROWSER) && test -x /usr/bin/xvfb-run \
	  || { $(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive \
	       apt-get install -y -o DPkg::Lock::Timeout=600 firefox-esr webkit2gtk-driver xvfb; }

# Firefox's WebDriver from crates.io (Debian has none); about 4 minutes once.
geckodriver: ## install geckodriver (Firefox's WebDriver)
	@geckodriver --version 2>/dev/null | grep -q '^geckodriver $(GECKODRIVER_VERSION)' \
	  || cargo install --locked geckodriver --version $(GECKODRIVER_VERSION)

# Trunk accepts a tool only if its version matches Trunk.toml exactly; check
# here so a mismatch is reported plainly instead of as a failed download.
check-tool-versions: wasm-bindgen npm-packages ## check that the installed tools match the pins
	@node tools/check-tool-versions.mjs $(WASM_BINDGEN_VERSION)

tools-web: rust-target wasm-nightly wasm-bindgen trunk npm-packages check-tool-versions ## install what building the page needs
tools-browser: npm-packages chromium java
tools: tools-web tools-browser ## install everything: building, and the browsers for the tests

# --- build and serve ----------------------------------------------------------

serve: tools-web ## install what is missing, build, serve the app on 127.0.0.1 (PORT=8080)
	@echo "Centra-check: building, then serving on http://127.0.0.1:$(PORT)/ (Ctrl-C stops)"
	$(TRUNK) serve --offline --address 127.0.0.1 --port $(PORT)

# Trunk runs cargo --offline, so the crates are fetched first: the
# project's, and the standard library's own that -Zbuild-std compiles.
dist: tools-web ## the optimised release bundle in dist/, with its gzipped size
	@cargo fetch --quiet
	@RUSTUP_TOOLCHAIN=$(WASM_NIGHTLY) cargo fetch --quiet --manifest-path \
	  "$$(rustup run $(WASM_NIGHTLY) rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
	$(RELEASE_WASM_ENV) $(TRUNK) build --release --offline
	@node tools/minify-js.mjs dist
	@node tools/dist-size.mjs dist

# --- the JavaScript library (docs/library.md) ---------------------------------

# The engine as an ES module in lib-js/pkg/, ready to publish: its own wasm
# build from lib-js/ (the page's bundle does not change), wasm-bindgen
# --target web, wasm-opt -Oz, then index.js, index.d.ts, package.json and
# README.md from lib-js/js/.
LIB_OUT := lib-js/pkg
LIB_WASM := $(or $(CARGO_TARGET_DIR),lib-js/target)/wasm32-unknown-unknown/release/centra_check_js.wasm
.PHONY: lib
lib: rust-target wasm-bindgen npm-packages ## the engine as a JavaScript library in lib-js/pkg/
	cargo build --release --target wasm32-unknown-unknown --manifest-path lib-js/Cargo.toml
	rm -rf $(LIB_OUT)
	wasm-bindgen --target web --out-name engine --out-dir $(LIB_OUT) $(LIB_WASM)
	$(NODE_BIN)/wasm-opt -Oz $(LIB_OUT)/engine_bg.wasm -o $(LIB_OUT)/engine_bg.wasm
	cp lib-js/js/index.js lib-js/js/index.d.ts lib-js/js/package.json lib-js/js/README.md $(LIB_OUT)/
	@node tools/dist-size.mjs $(LIB_OUT)

# Every file of dist/ gzipped, the total, and the 20 largest items of the
# wasm (twiggy, on a copy optimised like the bundle but with names kept),
# each beside the previous run's figure (bench-results/size.json).
size: dist twiggy ## the bundle's gzipped size per file and its 20 largest wasm items
	@$(NODE_BIN)/wasm-opt -Oz --converge --low-memory-unused -ocimfs 50 --debuginfo $(WASM_TARGET_DIR)/wasm-bindgen/release/centra-check-web_bg.wasm \
	  -o $(WASM_TARGET_DIR)/named.wasm
	@node tools/size-report.mjs dist $(WASM_TARGET_DIR)/named.wasm

# --- test and measure -----------------------------------------------------------

# Runs every step even after a failure, then a summary; exits non-zero if
# anything failed.
test: tools ## install what is missing, run every check and test
	@tools/run-tests.sh

bench: tools dist ## engine benchmarks, browser timings, Lighthouse, bundle size
	@tools/run-bench.sh

# A long robustness run of the property tests (no panic on any proposal or
# any JSON, shares add up, fixes are exact, files round-trip; the session
# stays one with its saved plan under any sequence of messages). FUZZ_CASES
# cases for each of the 11 properties (9 of the engine, 2 of the session).
FUZZ_CASES ?= 20000
fuzz: ## a long property-test run (FUZZ_CASES cases per property)
	PROPTEST_CASES=$(FUZZ_CASES) cargo test --release --test properties --test session_properties
	@echo "fuzz: $(FUZZ_CASES) cases for each of 11 properties, $$(( $(FUZZ_CASES) * 11 )) in all, no failure"

# Mutation testing of the core (issues 9 and 22): cargo-mutants changes one
# line at a time in the evaluation, totals and balance plan, profile, the
# readers and limits, JSON, number input, storage and share links, and checks
# that some test fails. tools/mutants.sh runs each group of files with the
# test targets that exercise it, two workers at once (MUTANTS_JOBS), each in
# its own copy of the tree under target/mutants-trees/ (the working tree is
# never changed); tools/mutants-summary.mjs then fails the run for any miss
# not killed by a test or marked `// mutants: equivalent` with its reason
# above the line. Results in bench-results/mutants/; docs/testing.md has the
# figures. Each mutant is an incremental rebuild in the `mutants` profile (no
# debug info; the crate at opt-level 0, so a mutant builds in seconds, its
# dependencies at 2, so its tests take seconds); a group's integration test
# files are one test binary (tests/mutants/<group>.rs); the test targets go
# to cargo as `--cargo-arg` (arguments after `--` reach only `cargo test`,
# not the build of each mutant); property tests run 32 cases and stop at the
# first failure.
# One file with the whole suite: make mutants MUTANTS_FILES=src/json.rs
# One part of every group (every 8th mutant), to estimate a whole run:
# make mutants MUTANTS_SHARD=0/8
.PHONY: mutants cargo-mutants
cargo-mutants: ## install cargo-mutants
	@cargo mutants --version >/dev/null 2>&1 || cargo install cargo-mutants --locked

mutants: cargo-mutants ## mutation testing of the core, two groups at a time
	MUTANTS_FILES='$(MUTANTS_FILES)' MUTANTS_SHARD=$(MUTANTS_SHARD) bash tools/mutants.sh

clean: ## remove dist/, bench-results/ and the build
	rm -rf dist bench-results
	cargo clean
