#!/usr/bin/env bash
# Installs what building and testing the widget needs, skipping what is already there.
# Pinned versions come from design/TOOLCHAIN.md: newer Trunk needs a newer rustc, and the
# wasm-bindgen CLI must match the library pin in Cargo.toml exactly.
# Usage: scripts/setup.sh [--browsers]   (--browsers also installs Chromium and npm test packages)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
GECKODRIVER_VERSION=0.37.1
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '[setup] %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown || { echo "[setup] could not add the wasm32 target: check access to the Rust distribution server" >&2; exit 1; }
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes)"
  # Not --locked: its lockfile names a webpki-roots version the registry does not serve.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/webdriver ] || [ ! -d node_modules/@axe-core/playwright ]; then
  say "installing npm packages (binaryen's wasm-opt, playwright-core, webdriver, axe-core)"
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--browsers" ]; then
  # Chromium, WebKitGTK (WebKitWebDriver + MiniBrowser, on a private Xvfb display) and
  # Firefox ESR for the browser tests; CJK fonts so screenshots show Chinese, not boxes.
  packages="chromium chromium-driver fonts-noto-cjk webkit2gtk-driver firefox-esr xvfb xauth"
  if ! dpkg -s $packages >/dev/null 2>&1; then
    say "installing Debian's $packages"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $packages >/dev/null
  fi
  # geckodriver from crates.io (its npm package downloads from GitHub, which is closed here).
  if ! geckodriver --version 2>/dev/null | grep -q "$GECKODRIVER_VERSION"; then
    say "installing geckodriver $GECKODRIVER_VERSION (about 4 minutes)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
  fi
fi
say "ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | head -1)"
