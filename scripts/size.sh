#!/usr/bin/env bash
# Prints the gzip size of the first load (what an embedding page loads: loader, wasm-bindgen
# glue, wasm with the default region's data, style sheet) from the release build in dist/,
# and fails over budget. Bytes are deterministic, so this is a real check (unlike wall-clock
# times). The budget holds what the lazy tables and the byte cuts saved (first load 259.8 KB
# gzip; budget = that rounded up to a whole KB plus 2 KB); issue 7's target is 200 KB, not yet
# met: Yew and the widget's views, the engine, serde_json and core's formatting are the bulk
# (README "Benchmark").
set -euo pipefail
cd "$(dirname "$0")/.."
BUDGET_BYTES=${BUDGET_BYTES:-268288}   # 262 KB (was 320 KB, then 284 KB; issue 7 asks for 200 KB)
total=0
for f in dist/widget_bg.wasm dist/widget.js dist/assistance-calculator.js dist/styles.css; do
  [ -e "$f" ] || { echo "[size] $f missing: run scripts/release.sh (or trunk build --release)" >&2; exit 1; }
  raw=$(wc -c <"$f"); gz=$(gzip -9c "$f" | wc -c); total=$((total + gz))
  printf '[size] %-28s %8d bytes, %8d gzip\n' "$(basename "$f")" "$raw" "$gz"
done
awk -v t="$total" -v b="$BUDGET_BYTES" 'BEGIN { printf "[size] total gzip an embedding page loads: %d bytes = %.1f KB (budget %d KB)\n", t, t / 1024, b / 1024 }'
# Loaded later or elsewhere, so outside the budget: printed for the record.
for f in dist/names.tsv dist/hant.tsv dist/batch-worker_bg.wasm dist/batch-worker.js; do
  [ -e "$f" ] && printf '[size] not in the first load: %-22s %8d gzip\n' "$(basename "$f")" "$(gzip -9c "$f" | wc -c)"
done
if [ "$total" -gt "$BUDGET_BYTES" ]; then
  echo "[size] over budget" >&2
  exit 1
fi
