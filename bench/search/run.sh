#!/usr/bin/env bash
# The search benchmark (issue 8): the sample site, then a synthetic site of 10,000 stories and
# 50,000 awards, each built with the portal and measured in headless Chromium (measure.py).
#   bench/search/run.sh                  release build of the portal (swift build -c release first)
#   PORTAL_BIN=.build/debug/portal STORIES=1000 AWARDS=5000 bench/search/run.sh
# Needs the e2e venv (scripts/install-deps.sh test) for selenium. Leaves everything in $BENCH_DIR.
set -euo pipefail
cd "$(dirname "$0")/../.."
portal=${PORTAL_BIN:-.build/release/portal}
python=${PYTHON:-.venv/bin/python}
dir=${BENCH_DIR:-${TMPDIR:-/tmp}/portal-search-bench}
[ -x "$portal" ] || { echo "bench: no portal at $portal (swift build -c release --product portal)" >&2; exit 2; }
mkdir -p "$dir"

echo "== sample site" >&2
"$portal" build --source . --output "$dir/sample-public" --today 2024-03-15 >&2
"$python" bench/search/measure.py "$dir/sample-public"

echo "== synthetic site: ${STORIES:-10000} stories, ${AWARDS:-50000} awards" >&2
python3 bench/search/generate.py "$dir/synthetic" --stories "${STORIES:-10000}" --awards "${AWARDS:-50000}"
start=$(date +%s.%N)
"$portal" build --source "$dir/synthetic" --output "$dir/synthetic-public" --today 2025-06-01 2>"$dir/build.log" || {
  tail -20 "$dir/build.log" >&2; exit 1; }
echo "built in $(echo "$(date +%s.%N) - $start" | bc) s ($(tail -1 "$dir/build.log"))"
"$python" bench/search/measure.py "$dir/synthetic-public"
