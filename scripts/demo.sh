#!/usr/bin/env bash
# The whole pipeline on generated data: raw tier -> ClickHouse -> archive, with reports from both.
# Safe to re-run: the generator is deterministic and every load is idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
strata() { "$STRATA_CLI" "$@"; }
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
data="$STRATA_DATA/demo"
reports="$STRATA_DATA/reports"
start=2024-01-01
end=2025-12-31
# Every run below leaves its metrics here, as node_exporter's textfile collector would read them.
export STRATA_METRICS_TEXTFILE="${STRATA_METRICS_TEXTFILE:-$STRATA_DATA/metrics/strata.prom}"

step "1. Raw schema in PostgreSQL"
strata db init
step "2. Generating two years of realistic sales and their returns (about 2% of the lines), with 1% defects, into $data"
strata generate --out "$data" --start "$start" --end "$end" --defects 0.01 "$@"
step "3. Ingesting the CSV files into the raw tier (bad rows go to quarantine)"
strata ingest "$data"
strata query --tier postgres "SELECT target_table, reason, count(*) AS rows FROM quarantine GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 8"
step "4. Daily load PostgreSQL -> ClickHouse, the whole history in one set-based pass"
strata run daily --from "$start" --to "$end"
step "5. ClickHouse reports -> $reports/clickhouse"
strata report --tier clickhouse --out "$reports/clickhouse"
strata query --tier clickhouse "SELECT category, sum(revenue) AS revenue, sum(units) AS units FROM summary_sales GROUP BY category ORDER BY revenue DESC LIMIT 5"
echo "Net revenue and return rate by category (the returns_by_category report):"
head -6 "$reports/clickhouse/returns_by_category.csv"
step "6. Monthly archive ClickHouse -> archive tier (${start:0:7} .. ${end:0:7})"
strata run monthly --from "${start:0:7}" --to "${end:0:7}"
step "7. Historical reports -> $reports/greenplum"
strata report --tier greenplum --out "$reports/greenplum"
strata query --tier greenplum "SELECT * FROM bi_sales_forecast LIMIT 6"
strata query --tier greenplum "SELECT category, gross_revenue, returned_revenue, net_revenue, return_rate_pct FROM bi_returns_by_category"
step "8. The run history: every pipeline run above, its steps and checks (strata_meta in PostgreSQL)"
strata runs list --limit 5
strata check --pipeline daily --date "$end"
step "9. The Airflow DAGs and the Dagster code location, generated from the pipeline manifest"
strata orchestration generate --check --out orchestration

step "10. The HTML report: key figures and charts of both tiers, one file that opens offline, the CSV behind each chart beside it"
strata report --html --out "$reports/html"

cat <<TEXT

Done. Where to look:
  raw tier        ./strata.sh query --tier postgres   "SELECT * FROM sales_data LIMIT 10"
  rejected rows   ./strata.sh query --tier postgres   "SELECT * FROM quarantine LIMIT 10"
  ClickHouse      ./strata.sh query --tier clickhouse "SELECT * FROM summary_sales ORDER BY sale_date DESC LIMIT 10"
  archive         ./strata.sh query --tier greenplum  "SELECT * FROM bi_sales_by_month LIMIT 10"
  returns         ./strata.sh query --tier greenplum  "SELECT * FROM bi_returns_by_category"   (net revenue, return rate; also bi_returns_by_product, _by_month)
  report files    $reports/
  run history     ./strata.sh runs list    (one run: ./strata.sh runs show RUN_ID; tables strata_meta.runs, step_runs, check_results)
  the pipelines   ./strata.sh manifest     (steps, retries, timeouts, checks, schedules; docs/pipelines.md)
  run on schedule ./strata.sh serve        (runs every pipeline on its schedule: daily at 02:00, monthly on the 1st at 03:00, UTC; your commands then go through it)
  Airflow 3 DAGs  orchestration/airflow/dags/   (strata_ingest.py, strata_daily.py, strata_monthly.py)
  Dagster         orchestration/dagster/        (code location strata_dagster; dagster dev in that folder)
                  how to run Strata under each, and OpenLineage: docs/orchestration.md

The HTML report:  $reports/html/report.html
  open it in any browser (xdg-open $reports/html/report.html); it needs no network.
The live dashboard: ./strata.sh serve --no-scheduler, then open http://127.0.0.1:8080/dashboard
  (filters for dates, category and region; the pipeline page is http://127.0.0.1:8080/dashboard/pipeline).
  metrics         $STRATA_METRICS_TEXTFILE   (Prometheus text format, rewritten after every run; strata serve serves /metrics)
  alert rules     deploy/prometheus/alerts.yml   (runbook: docs/runbook.md#alerts; Prometheus config: deploy/prometheus/prometheus.yml)
  dashboard       deploy/grafana/dashboards/strata.json   (provisioning: deploy/grafana/provisioning/)
  alerts          set STRATA_SLACK_WEBHOOK_URL, STRATA_SMTP_URL (+ STRATA_ALERT_EMAIL_FROM/_TO) or STRATA_WEBHOOK_URL (README, "Monitoring")
TEXT

step "11. strata status: what the person on call sees"
strata status
