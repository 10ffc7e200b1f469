#!/usr/bin/env bash
# Builds the release folder a web team copies to any static server as is:
#   release/assistance-calculator/<version>/   (loader, wasm, glue, styles, iframe page, demos)
# and writes integrity.txt (SRI sha384 of each file an embedding page loads) and
# embed-snippet.html (copy-paste tags with the loader's integrity attribute).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
trunk build --release
out="release/assistance-calculator/$version"
rm -rf "$out" && mkdir -p "$out"
cp -r dist/. "$out/"
sri() { printf 'sha384-%s' "$(openssl dgst -sha384 -binary "$1" | openssl base64 -A)"; }
{
  for f in assistance-calculator.js widget.js widget_bg.wasm styles.css frame.html frame.js frame-parent.js; do
    printf '%s  %s\n' "$(sri "$out/$f")" "$f"
  done
} > "$out/integrity.txt"
cat > "$out/embed-snippet.html" <<SNIPPET
<!-- 社会救助政策测算 $version: put this folder at /assistance-calculator/$version/ on your own server. -->
<script type="module" src="/assistance-calculator/$version/assistance-calculator.js"
        integrity="$(sri "$out/assistance-calculator.js")" crossorigin="anonymous"></script>
<assistance-calculator region="430602"></assistance-calculator>
SNIPPET
echo "[release] $out ($(du -sh "$out" | cut -f1)); integrity.txt and embed-snippet.html written"
