#!/usr/bin/env bash
# Trunk post-build hook: stamps the service worker with this build's identity, so browsers see
# a new worker exactly when the code or the policy data changed, and the update bar can say
# which policy data the new version brings. Runs in Trunk's staging directory.
set -euo pipefail
dir=${TRUNK_STAGING_DIR:?run by trunk}
cd "$(dirname "$0")/.."
code=$(cat "$dir"/index.html "$dir"/widget.js "$dir"/widget_bg.wasm "$dir"/styles.css "$dir"/assistance-calculator.js "$dir"/offline.js | sha256sum | cut -c1-16)
# The policy version comes from the engine itself (same rule as the JS API's version()).
versions=$(cargo run --quiet --bin assistance-calculator -- version)
policy=$(printf '%s' "$versions" | sed -n 's/.*"policyVersion": "\(.*\)".*/\1/p')
widget=$(printf '%s' "$versions" | sed -n 's/.*"widget": "\(.*\)".*/\1/p')
sed -i "s|^const BUILD = .*|const BUILD = { code: '$code', policyVersion: '$policy', widget: '$widget' };|" "$dir/sw.js"
echo "[stamp-sw] $code $policy $widget"
