#!/usr/bin/env bash
# Installs what building and testing need on a fresh Debian machine; quick when all is there.
#   scripts/install-deps.sh build   libcmark, jemalloc (the portal's allocator), and zlib for ZIPFoundation
#   scripts/install-deps.sh test    also Java, Chromium, nginx, poppler and the Python venv of Tests/e2e
set -euo pipefail
cd "$(dirname "$0")/.."
want=(libcmark-dev libjemalloc-dev zlib1g-dev pkg-config)
if [ "${1:-build}" = test ]; then
  want+=(default-jre-headless chromium chromium-driver nginx-light poppler-utils python3-venv)
fi
missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  echo "Installing: ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ "${1:-build}" = test ]; then
  stamp=.venv/.requirements
  if [ ! -x .venv/bin/python ] || ! cmp -s Tests/e2e/requirements.txt "$stamp"; then
    python3 -m venv .venv
    .venv/bin/pip install -q --disable-pip-version-check -r Tests/e2e/requirements.txt
    cp Tests/e2e/requirements.txt "$stamp"
  fi
fi
