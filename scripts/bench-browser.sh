#!/usr/bin/env bash
# Browser benchmarks of the release build in dist/ (reports, not tests; nothing is asserted):
#   1. wasm engine time per household (the 1/3/5/8-member households of examples/bench.rs),
#      AssistanceCalculator.evaluate in a loop in headless Chromium, with the per-call
#      JS<->wasm conversion cost shown apart;
#   2. input-to-updated-result time on index.html with the CPU slowed 4x (median and p95 over
#      30 keystrokes in an income field), with the main thread's breakdown;
#   2b. the page load at 4x CPU: the main thread's tasks >= 50 ms and what they spent time on;
#   3. Lighthouse mobile (simulated slow 4G, 4x CPU), performance and accessibility, on dist/
#      as served by tests/e2e/serve.mjs and again behind a gzip proxy; reports in
#      bench/browser/out/ (ignored by git).
# Each is run 3 times (--runs N) and the spread printed. dist/ is served on 127.0.0.1 by
# tests/e2e/serve.mjs, stopped by PID. Lighthouse is installed on first use outside the project,
# in ${XDG_CACHE_HOME:-~/.cache}/assistance-calculator/lighthouse-12.8.2 (about 185 MB;
# 12.x because Lighthouse 13 needs Node >= 22.19).
#   scripts/bench-browser.sh [--runs N] [--only engine,input,load,lighthouse] [--no-lighthouse] [--no-lighthouse-gzip]
set -euo pipefail
cd "$(dirname "$0")/.."
LIGHTHOUSE_VERSION=12.8.2
runs=3; only=engine,input,load,lighthouse; extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift ;;
    --only) only=$2; shift ;;
    --no-lighthouse) only=${only//lighthouse/}; only=${only//,,/,}; only=${only#,}; only=${only%,} ;;
    --no-lighthouse-gzip) extra+=(--no-lighthouse-gzip) ;;
    *) echo "usage: $0 [--runs N] [--only engine,input,load,lighthouse] [--no-lighthouse] [--no-lighthouse-gzip]" >&2; exit 2 ;;
  esac
  shift
done
[ -n "$only" ] || { echo "[bench-browser] nothing to run" >&2; exit 2; }
for f in dist/index.html dist/widget_bg.wasm dist/widget.js dist/assistance-calculator.js; do
  [ -e "$f" ] || { echo "[bench-browser] $f missing: run scripts/release.sh (or trunk build --release) first" >&2; exit 1; }
done
[ -d node_modules/playwright-core ] || { echo "[bench-browser] node_modules/playwright-core missing: run scripts/setup.sh --browsers" >&2; exit 1; }
export CHROMIUM=${CHROMIUM:-/usr/bin/chromium} CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
[ -x "$CHROMIUM" ] || { echo "[bench-browser] $CHROMIUM missing: run scripts/setup.sh --browsers" >&2; exit 1; }
if [[ ",$only," == *,lighthouse,* ]]; then
  lh_dir=${LIGHTHOUSE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/assistance-calculator/lighthouse-$LIGHTHOUSE_VERSION}
  if [ ! -x "$lh_dir/node_modules/.bin/lighthouse" ]; then
    echo "[bench-browser] installing lighthouse@$LIGHTHOUSE_VERSION into $lh_dir"
    mkdir -p "$lh_dir"
    [ -e "$lh_dir/package.json" ] || echo '{ "private": true }' >"$lh_dir/package.json"
    npm install --prefix "$lh_dir" --no-audit --no-fund --omit=optional "lighthouse@$LIGHTHOUSE_VERSION"
  fi
  export LIGHTHOUSE_BIN="$lh_dir/node_modules/.bin/lighthouse"
fi
exec node bench/browser/run.mjs --runs "$runs" --only "$only" "${extra[@]}"
