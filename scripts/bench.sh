#!/usr/bin/env bash
# Benchmarks, not tests: builds the jar, then measures. Usage: scripts/bench.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q package -DskipTests
mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
java -cp "$CP" dev.baton.bench.ParallelSpeedupBenchmark "${1:-3}"
java -cp "$CP" dev.baton.bench.RepositorySizeBenchmark
