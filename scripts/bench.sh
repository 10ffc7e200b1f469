#!/usr/bin/env bash
# Benchmark: native evaluation time per household (1, 3, 5 and 8 members), then OpenFisca's
# cost on a comparable 3-member household and the ratio (when its venv exists, or with
# --openfisca, which installs it), then the release bundle's sizes; with --browser, then the
# browser benchmarks of dist/ (scripts/bench-browser.sh: wasm, input latency, Lighthouse).
#   scripts/bench.sh [--openfisca | --no-openfisca] [--browser]
set -euo pipefail
cd "$(dirname "$0")/.."
openfisca=auto
browser=no; if [ "${1:-}" = --browser ]; then browser=yes; shift; elif [ "${2:-}" = --browser ]; then browser=yes; set -- "$1"; fi
case "${1:-}" in
  --openfisca) openfisca=install ;;
  --no-openfisca) openfisca=no ;;
  "") ;;
  *) echo "usage: $0 [--openfisca | --no-openfisca] [--browser]" >&2; exit 2 ;;
esac
native=$(mktemp); trap 'rm -f "$native"' EXIT
# The native profile (opt-level 3): the release profile is tuned for the wasm's size.
cargo run --profile native --quiet --example bench | tee "$native"
if [ "$openfisca" != no ]; then
  us3=$(sed -n 's/^native 3 members: \([0-9.]*\) µs.*/\1/p' "$native")
  args=(--native-us "$us3"); [ "$openfisca" = install ] && args+=(--install)
  scripts/bench-openfisca.sh "${args[@]}"
fi
if [ -d dist ]; then scripts/size.sh || true; else echo "[bench] run trunk build --release for bundle sizes"; fi
if [ "$browser" = yes ]; then scripts/bench-browser.sh; fi
