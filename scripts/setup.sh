#!/usr/bin/env bash
# Installs and starts what Strata needs on a Debian machine that has only the .NET SDK, idempotently:
# PostgreSQL (server, role, databases), the embedded ClickHouse engine (libchdb, cached outside the repo),
# docker-compose (the deployment tests validate deploy/compose with it; no Docker engine is needed or installed) and
# Python 3 (the tests compile the generated orchestration files), Prometheus, promtool and the Pushgateway (the
# monitoring tests run them on loopback), the charting library, Debian's Chromium (the dashboard's browser tests) and
# Debian's Python packages the analysts' notebook runs on.
# Sourced by strata.sh; every function is safe to run again and quick when there is nothing to do.

STRATA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STRATA_CACHE="${STRATA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/strata}"
# The CLI as build_cli publishes it, ReadyToRun for this machine.
export STRATA_CLI="$STRATA_ROOT/src/Strata.Cli/bin/ready-to-run/strata"

LIBCHDB_PACKAGE="@chdb/lib-linux-x64-gnu@26.7.3-stable.1"
LIBCHDB_TARBALL_SHA256="c0d32b129e988f2b9a9a31c9141aecf5e1e2453f9a079efc4d36ab8e3f92b2ad"
LIBCHDB_DIR="$STRATA_CACHE/libchdb/26.7.3-stable.1"

# The charting library of `strata report --html` and the dashboard, bundled into the engine at build time (the HTML opens
# offline); fetched from npm into the cache, never committed. Strata.Web.csproj embeds $STRATA_ECHARTS.
ECHARTS_PACKAGE="echarts@6.1.0"
ECHARTS_TARBALL_SHA256="681aff88cc1038c3fa941a3a53d1b177a52250b05335efc607d6105ae13be481"
ECHARTS_DIR="$STRATA_CACHE/echarts/6.1.0"

# The local default role; production points STRATA_POSTGRES / STRATA_GREENPLUM elsewhere.
PG_ROLE=strata
PG_PASSWORD=strata

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  say "Installing $* from apt"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

setup_postgres() {
  command -v pg_lsclusters >/dev/null 2>&1 || apt_install postgresql
  local cluster
  cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
  if [ -z "$cluster" ]; then
    local version
    version=$(ls /usr/lib/postgresql | sort -V | tail -n1)
    as_root pg_createcluster "$version" main >/dev/null
    cluster="$version main"
  fi
  # shellcheck disable=SC2086
  if ! pg_lsclusters --no-header | awk 'NR==1 {print $4}' | grep -q online; then
    say "Starting PostgreSQL $cluster"
    as_root pg_ctlcluster $cluster start
  fi
  local port
  port=$(pg_lsclusters --no-header | awk 'NR==1 {print $3}')
  export STRATA_PG_PORT="$port"
  as_root runuser -u postgres -- psql -p "$port" -qtAX -v ON_ERROR_STOP=1 >/dev/null <<SQL
SELECT 'CREATE ROLE $PG_ROLE LOGIN CREATEDB PASSWORD ''$PG_PASSWORD'''
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_ROLE') \gexec
-- The tests drop their databases WITH (FORCE); an autovacuum worker busy in one belongs to no login role, and only
-- pg_signal_backend lets the local role end it (otherwise the drop fails now and then with error 42501).
SELECT 'GRANT pg_signal_backend TO $PG_ROLE'
WHERE NOT pg_has_role('$PG_ROLE', 'pg_signal_backend', 'member') \gexec
-- strata db init creates the least-privilege roles strata_etl and strata_reader (docs/deployment.md, "Roles").
SELECT 'ALTER ROLE $PG_ROLE CREATEROLE'
WHERE NOT (SELECT rolcreaterole FROM pg_roles WHERE rolname = '$PG_ROLE') \gexec
SELECT 'CREATE DATABASE strata OWNER $PG_ROLE'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'strata') \gexec
SELECT 'CREATE DATABASE strata_archive OWNER $PG_ROLE'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'strata_archive') \gexec
SQL
}

# Debian's Python 3: the tests compile the generated Airflow DAGs and Dagster definitions and read their structure with
# its py_compile and ast modules (neither orchestrator is installed: docs/orchestration.md).
setup_python() {
  [ -x /usr/bin/python3 ] && return
  apt_install python3
}

# Debian's docker-compose 1.29 validates the compose files (`docker-compose config`). Without its recommended docker.io:
# nothing here runs a container. kubectl, which renders the Kubernetes overlays, comes with the machine's image.
setup_deployment_tools() {
  command -v docker-compose >/dev/null 2>&1 && return
  say "Installing docker-compose from apt"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose >/dev/null
}

# Fetches one file of an npm package into DEST: `npm pack`, the tarball's SHA-256 checked, the file moved in whole.
fetch_npm_file() {
  local package="$1" sha256="$2" member="$3" dest="$4"
  command -v npm >/dev/null 2>&1 || apt_install nodejs npm
  mkdir -p "$(dirname "$dest")"
  local work
  work=$(mktemp -d)
  (cd "$work" && npm pack --silent "$package" >/dev/null)
  local tarball
  tarball=$(ls "$work"/*.tgz)
  echo "$sha256  $tarball" | sha256sum --check --quiet -
  tar -xzf "$tarball" -C "$work" "package/$member"
  mv "$work/package/$member" "$dest.partial"
  mv "$dest.partial" "$dest"
  rm -rf "$work"
}

# Debian's Prometheus (with promtool) and Pushgateway: the tests check the alert rules with `promtool test rules`, scrape
# Strata with a real Prometheus on loopback and push to a real Pushgateway. The packages' services are not started here.
setup_monitoring_tools() {
  command -v promtool >/dev/null 2>&1 && command -v prometheus-pushgateway >/dev/null 2>&1 && return
  say "Installing prometheus and prometheus-pushgateway from apt"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus prometheus-pushgateway >/dev/null
}

# The analysts' notebook (notebooks/retail-analysis.ipynb) runs on Debian's Python, never PyPI: pandas, matplotlib and
# psycopg2 for the queries and charts, nbconvert and the ipykernel kernel so the tests execute it headless.
setup_notebook_tools() {
  [ -x /usr/bin/jupyter-nbconvert ] && /usr/bin/python3 -c "import pandas, matplotlib, psycopg2, ipykernel" >/dev/null 2>&1 && return
  apt_install python3-pandas python3-matplotlib python3-psycopg2 python3-ipykernel jupyter-nbconvert
}

setup_libchdb() {
  if [ -n "${STRATA_LIBCHDB:-}" ] && [ -f "$STRATA_LIBCHDB" ]; then return; fi
  export STRATA_LIBCHDB="$LIBCHDB_DIR/libchdb.so"
  [ -f "$STRATA_LIBCHDB" ] && return
  say "Fetching the embedded ClickHouse engine ($LIBCHDB_PACKAGE, about 180 MB) into $LIBCHDB_DIR"
  fetch_npm_file "$LIBCHDB_PACKAGE" "$LIBCHDB_TARBALL_SHA256" libchdb.so "$STRATA_LIBCHDB"
}

setup_echarts() {
  export STRATA_ECHARTS="$ECHARTS_DIR/echarts.min.js"
  [ -f "$STRATA_ECHARTS" ] && return
  say "Fetching the charting library ($ECHARTS_PACKAGE, about 1 MB) into $ECHARTS_DIR"
  fetch_npm_file "$ECHARTS_PACKAGE" "$ECHARTS_TARBALL_SHA256" dist/echarts.min.js "$STRATA_ECHARTS"
}

# Debian's Chromium, the browser the dashboard's end-to-end tests drive through Playwright (no browser download).
setup_chromium() {
  command -v chromium >/dev/null 2>&1 || apt_install chromium
}

# Variables the CLI and the tests read, with the local defaults (only where the caller set none).
setup_environment() {
  local port="${STRATA_PG_PORT:-5432}"
  export STRATA_POSTGRES="${STRATA_POSTGRES:-Host=127.0.0.1;Port=$port;Username=$PG_ROLE;Password=$PG_PASSWORD;Database=strata}"
  export STRATA_GREENPLUM="${STRATA_GREENPLUM:-Host=127.0.0.1;Port=$port;Username=$PG_ROLE;Password=$PG_PASSWORD;Database=strata_archive}"
  export STRATA_DATA="${STRATA_DATA:-$STRATA_ROOT/.strata}"
  [ -n "${STRATA_LIBCHDB:-}" ] || export STRATA_LIBCHDB="$LIBCHDB_DIR/libchdb.so"
  [ -n "${STRATA_ECHARTS:-}" ] || export STRATA_ECHARTS="$ECHARTS_DIR/echarts.min.js"
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
}

setup_all() {
  command -v dotnet >/dev/null 2>&1 || { echo "strata: the .NET 10 SDK is required (dotnet not on PATH)." >&2; exit 1; }
  setup_postgres
  setup_libchdb
  setup_echarts
  setup_chromium
  setup_deployment_tools
  setup_python
  setup_monitoring_tools
  setup_notebook_tools
  setup_environment
}

# Builds the CLI when anything it is made of changed since the last build; otherwise reuses it. Published ReadyToRun for
# this machine's platform: its code and its libraries' (Npgsql, System.CommandLine...) are compiled ahead of time, as .NET's
# own are, so a `strata` process does not compile them first (a few hundred ms of a nightly run; docs/benchmark.md).
build_cli() {
  setup_environment
  setup_echarts
  if [ -x "$STRATA_CLI" ] && [ -z "$(find "$STRATA_ROOT/src" "$STRATA_ROOT/sql" "$STRATA_ROOT/orchestration" "$STRATA_ROOT"/Directory.*.props \
        -newer "$STRATA_CLI" -type f -print -quit 2>/dev/null)" ]; then
    return
  fi
  say "Building strata"
  local arch
  case "$(uname -m)" in
    aarch64 | arm64) arch=arm64 ;;
    *) arch=x64 ;;
  esac
  dotnet publish "$STRATA_ROOT/src/Strata.Cli/Strata.Cli.csproj" -c Release -r "linux-$arch" --self-contained false -p:PublishReadyToRun=true \
    -o "$(dirname "$STRATA_CLI")" -nologo -v quiet -clp:ErrorsOnly >&2
  touch "$STRATA_CLI"
}
