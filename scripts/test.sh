#!/usr/bin/env bash
# The whole test suite against the real PostgreSQL and the real embedded ClickHouse engine.
# Called by `./strata.sh test` after setup; prints one closing line "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."
results=$(mktemp -d)
status=0
# Style first: what .editorconfig says (formatting, usings, naming) must already hold.
dotnet format Strata.slnx --verify-no-changes -v quiet || { echo "dotnet format found code to reformat: run 'dotnet format Strata.slnx'." >&2; exit 1; }
dotnet test Strata.slnx -c Release -nologo --logger "trx;LogFileName=tests.trx" --results-directory "$results" "$@" || status=$?
trx="$results/tests.trx"
if [ -f "$trx" ]; then
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n1)
  count() { echo "$counters" | grep -o "$1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  echo "$(count passed) passed, $(count failed) failed, $(( $(count total) - $(count executed) )) skipped"
fi
rm -rf "$results"
exit "$status"
