#!/usr/bin/env bash
# Benchmark: native evaluation time per household, and the release bundle's sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --release --quiet --example bench
if [ -d dist ]; then scripts/size.sh || true; else echo "[bench] run trunk build --release for bundle sizes"; fi
