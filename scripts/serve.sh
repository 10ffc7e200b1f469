#!/usr/bin/env bash
# One command to set up and run the widget: installs what is missing, then serves a release
# build of the widget (岳阳楼区 data embedded) on http://127.0.0.1:8080/
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
echo "[serve] building and serving on http://127.0.0.1:${PORT:-8080}/  (Ctrl-C to stop)"
exec trunk serve --release --address 127.0.0.1 --port "${PORT:-8080}"
