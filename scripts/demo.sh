#!/usr/bin/env bash
# The whole pipeline on generated data, as far as it exists. Safe to re-run: the generator is
# deterministic and every load is idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
strata() { "$STRATA_CLI" "$@"; }
data="$STRATA_DATA/demo"

echo "==> 1. Raw schema in PostgreSQL"
strata db init
echo "==> 2. Generating realistic data with defects into $data"
strata generate --out "$data" --defects 0.01 "$@"
echo "==> 3. Ingesting the CSV files into the raw tier (bad rows go to quarantine)"
strata ingest "$data"
echo "==> 4. What landed"
strata query --tier postgres "SELECT target_table, reason, count(*) AS rows FROM quarantine GROUP BY 1, 2 ORDER BY 1, 3 DESC LIMIT 12"
echo
echo "Done. Look around with: ./strata.sh query --tier postgres \"SELECT * FROM sales_data LIMIT 10\""
