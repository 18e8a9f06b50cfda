#!/usr/bin/env bash
# Runs every test: unit tests (surefire) and the tests that drive the built jar (failsafe).
# Needs Java 17 and Maven; everything else comes from Maven Central.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp verify "$@"
