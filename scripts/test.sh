#!/usr/bin/env bash
# Runs every test: unit tests (surefire) and the tests that drive the built jar (failsafe).
# Needs Java 17 and Maven; PostgreSQL and Chromium come from Debian's packages, the rest from Maven Central.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${BATON_TEST_POSTGRES_URL:-}" ]]; then eval "$(scripts/postgres.sh start)"; fi
# Chromium, for the ScreenshotAgent of the seed pipelines (Debian's package)
if ! command -v chromium >/dev/null 2>&1 && [[ "$(id -u)" == 0 ]]; then
  (export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq chromium >/dev/null) || echo "warning: could not install chromium" >&2
fi
# chromium-driver, for the console's browser tests (Selenium drives chromium through /usr/bin/chromedriver)
if [[ ! -x /usr/bin/chromedriver && "$(id -u)" == 0 ]]; then
  (export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null) || echo "warning: could not install chromium-driver" >&2
fi
mvn -B -ntp verify "$@"
