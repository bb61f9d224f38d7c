#!/usr/bin/env bash
# Rewrites Tests/Golden/ from the sample site, built as the golden test builds it.
# Review the resulting diff (git diff Tests/Golden) like code before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf Tests/Golden
.build/debug/portal build --source . --output Tests/Golden --today 2024-03-15
rm -f Tests/.Golden.lock
echo "Tests/Golden/ rewritten: $(find Tests/Golden -type f | wc -l) files." >&2
