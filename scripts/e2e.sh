#!/usr/bin/env bash
# End-to-end checks of the built site (Tests/e2e/): builds the sample site into a temporary folder
# (the repo's own public/ is left alone) and runs the pytest suite on it from .venv
# (made by scripts/install-deps.sh test). Screenshots and the page-weight table go to artifacts/.
#   scripts/e2e.sh                 everything
#   scripts/e2e.sh -k browser      extra arguments go to pytest
# Environment: PORTAL_BIN (default .build/release/portal), E2E_KEEP=1 keeps the built site,
# E2E_KILLS (50) / E2E_KILL_SIZE (city; ward for a quick run) / E2E_SEED tune the killed-builds test.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
portal=${PORTAL_BIN:-$root/.build/release/portal}
[ -x "$portal" ] || { echo "e2e: no portal binary at $portal (swift build -c release --product portal)" >&2; exit 2; }
[ -x .venv/bin/python ] || { echo "e2e: no .venv: run scripts/install-deps.sh test" >&2; exit 2; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/portal-e2e.XXXXXX")
if [ "${E2E_KEEP:-}" = 1 ]; then
  trap 'echo "e2e: kept $tmp" >&2' EXIT
else
  trap 'rm -rf "$tmp"' EXIT
fi
rm -rf artifacts/screenshots artifacts/page-weight.txt
mkdir -p artifacts
echo "e2e: portal build --source . --output $tmp/public" >&2
"$portal" build --source . --output "$tmp/public"
rc=0
PORTAL_PUBLIC="$tmp/public" PORTAL_BIN="$portal" PORTAL_SOURCE="$root" PORTAL_ARTIFACTS="$root/artifacts" \
  TMPDIR="$tmp" .venv/bin/python -m pytest Tests/e2e -q "$@" || rc=$?
exit $rc
