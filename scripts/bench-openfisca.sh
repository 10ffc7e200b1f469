#!/usr/bin/env bash
# The OpenFisca side of the benchmark: per-household cost of OpenFisca's country-template on a
# comparable 3-member household (bench/openfisca_compare.py), single and vectorised, and the
# ratio to our native figure when given one.
#   scripts/bench-openfisca.sh [--install] [--native-us MICROSECONDS]
# --install makes the venv (pinned: bench/openfisca-requirements.txt) when it is missing;
# without it a missing venv skips the comparison (exit 0). The venv lives outside the repo:
#   ${XDG_CACHE_HOME:-$HOME/.cache}/assistance-calculator/openfisca-venv (or $OPENFISCA_VENV).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${OPENFISCA_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/assistance-calculator/openfisca-venv}
install=0 native_us=
while [ $# -gt 0 ]; do
  case "$1" in
    --install) install=1 ;;
    --native-us) native_us=$2; shift ;;
    *) echo "usage: $0 [--install] [--native-us MICROSECONDS]" >&2; exit 2 ;;
  esac
  shift
done

if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import openfisca_core, openfisca_country_template' 2>/dev/null; then
  if [ "$install" = 0 ]; then
    echo "[bench] OpenFisca comparison skipped: no venv at $VENV (scripts/bench.sh --openfisca installs it)"
    exit 0
  fi
  echo "[bench] installing OpenFisca into $VENV"
  mkdir -p "$(dirname "$VENV")"
  python3 -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r bench/openfisca-requirements.txt
fi

out=$("$VENV/bin/python" bench/openfisca_compare.py)
printf '%s\n' "$out"
[ -n "$native_us" ] || exit 0
line=$(printf '%s\n' "$out" | grep '^openfisca single_us=')
field() { printf '%s\n' "$line" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
awk -v n="$native_us" -v s="$(field single_us)" -v v="$(field vector_us)" -v c="$(field vector_calc_us)" 'BEGIN {
  printf "ratio 3 members, single household per simulation: OpenFisca %.1f µs / native %.1f µs = %.2f (native %.1fx faster)\n", s, n, s / n, s / n
  printf "ratio 3 members, vectorised (build + calculate): OpenFisca %.3f µs / native %.1f µs = %.4f (OpenFisca %.0fx faster)\n", v, n, v / n, n / v
  printf "ratio 3 members, vectorised (calculate only):    OpenFisca %.3f µs / native %.1f µs = %.4f (OpenFisca %.0fx faster)\n", c, n, c / n, n / c
}'
