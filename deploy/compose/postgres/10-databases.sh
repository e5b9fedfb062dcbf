#!/bin/bash
# Runs once, when the postgres volume is new (the image's /docker-entrypoint-initdb.d): the raw tier's role reads
# timestamps in UTC (ClickHouse's postgresql() drops the offset otherwise: docs/clickhouse.md, quirk 2), and the
# databases of the optional Airflow and Metabase services get roles of their own.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v airflow_password="$AIRFLOW_DB_PASSWORD" -v metabase_password="$METABASE_DB_PASSWORD" <<'SQL'
ALTER ROLE CURRENT_USER SET timezone = 'UTC';
CREATE ROLE airflow LOGIN PASSWORD :'airflow_password';
CREATE DATABASE airflow OWNER airflow;
CREATE ROLE metabase LOGIN PASSWORD :'metabase_password';
CREATE DATABASE metabase OWNER metabase;
SQL
