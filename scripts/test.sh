#!/usr/bin/env bash
# Runs every test: unit tests (surefire) and the tests that drive the built jar (failsafe).
# Needs Java 17 and Maven; PostgreSQL comes from Debian (scripts/postgres.sh), the rest from Maven Central.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${BATON_TEST_POSTGRES_URL:-}" ]]; then eval "$(scripts/postgres.sh start)"; fi
mvn -B -ntp verify "$@"
