#!/usr/bin/env bash
# One command to set up and pass every test: installs what is missing (wasm target, Trunk,
# wasm-bindgen-cli, binaryen, Chromium, npm packages), then runs
#   1. native tests: unit tests, golden household cases, command line, policy-data lint;
#   2. wasm-bindgen tests in headless Chromium;
#   3. the release build and its gzip size budget;
#   4. end-to-end tests in headless Chromium (screenshots in tests/e2e/screenshots/): the
#      widget, regions, host packs and the embedding demo pages;
#   5. the core flow in WebKit and Firefox ESR over WebDriver.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
scripts/setup.sh --browsers
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
step() { printf '\n[test] == %s (%ds so far)\n' "$*" $(( $(date +%s) - start )); }

step "native tests"
cargo test --locked
step "wasm-bindgen tests in headless Chromium"
cargo test --locked --target wasm32-unknown-unknown --test web
step "release build (opt-level z, LTO, wasm-opt -Os with the flags in www/index.html) and release folder with SRI hashes"
scripts/release.sh
scripts/size.sh
step "end-to-end tests in headless Chromium"
node --test tests/e2e/
step "core flow in WebKit (WebKitWebDriver) and Firefox ESR (geckodriver)"
node --test tests/webdriver/
step "all tests passed in $(( $(date +%s) - start ))s"
