#!/usr/bin/env bash
# Benchmarks, not tests: builds the jar, runs every benchmark side by side, and writes
# docs/BENCHMARKS.md and docs/benchmarks-makespan.svg. Usage: scripts/bench.sh [rounds]   (default 3)
# scripts/bench.sh ROUNDS cold-start   runs only the cold-start benchmark and prints it (docs untouched)
# scripts/bench.sh ROUNDS tracing      runs only the tracing-overhead benchmark (OpenTelemetry off and on) and prints it
# scripts/bench.sh ROUNDS workers      runs only the remote-workers benchmark and prints it (docs untouched)
# scripts/bench.sh ROUNDS console      runs only the console benchmark (Chromium, 2,000-stage graph) and prints it
# scripts/bench.sh ROUNDS only NAME... runs only the named benchmarks (skewed, makespan, chains) and prints them
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q package -DskipTests
mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -Xmx2g -Djava.util.logging.config.file=src/test/resources/logging.properties \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  dev.baton.bench.BenchmarkSuite "${1:-3}" "${@:2}"
