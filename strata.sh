#!/usr/bin/env bash
# Strata's two commands, and the door to the CLI:
#   ./strata.sh demo            install what is missing, build, run the whole pipeline on generated data
#   ./strata.sh test            the same setup, then the whole test suite
#   ./strata.sh <args...>       the `strata` CLI itself (built once, then reused)
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=scripts/setup.sh
source scripts/setup.sh

case "${1:-}" in
  demo)
    setup_all
    build_cli
    shift
    exec scripts/demo.sh "$@"
    ;;
  test)
    setup_all
    shift
    exec scripts/test.sh "$@"
    ;;
  "")
    build_cli
    exec "$STRATA_CLI" --help
    ;;
  *)
    setup_environment
    build_cli
    exec "$STRATA_CLI" "$@"
    ;;
esac
