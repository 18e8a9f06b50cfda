#!/usr/bin/env bash
# Benchmarks, not tests: builds the jar, runs every benchmark side by side, and writes
# docs/BENCHMARKS.md and docs/benchmarks-makespan.svg. Usage: scripts/bench.sh [rounds]   (default 3)
# scripts/bench.sh ROUNDS cold-start   runs only the cold-start benchmark and prints it (docs untouched)
# scripts/bench.sh ROUNDS tracing      runs only the tracing-overhead benchmark (OpenTelemetry off and on) and prints it
# scripts/bench.sh ROUNDS workers      runs only the remote-workers benchmark and prints it (docs untouched)
# scripts/bench.sh ROUNDS console      runs only the console benchmark (Chromium, 2,000-stage graph) and prints it
# scripts/bench.sh ROUNDS only NAME... runs only the named benchmarks (overhead, skewed, makespan, chains,
#                                      cold-overhead, peer) and prints them
# The side by side with the seed framework's runner (peer) needs python3 with PyYAML, Jinja2 and pydantic 2: where
# python3 is present and lacks them, they are installed (Debian packages as root, else pip --user); without python3
# that benchmark says so and measures nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
if command -v python3 >/dev/null && ! python3 -c 'import yaml, jinja2, pydantic' 2>/dev/null; then
  echo "bench: installing PyYAML, Jinja2 and pydantic for the seed framework's runner" >&2
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -q python3-yaml python3-jinja2 python3-pydantic >&2 || true
  fi
  python3 -c 'import yaml, jinja2, pydantic' 2>/dev/null || python3 -m pip install --user -q pyyaml jinja2 'pydantic>=2' >&2 || true
fi
command -v python3 >/dev/null || echo "bench: no python3: the side by side with the seed framework's runner is skipped" >&2
mvn -B -ntp -q package -DskipTests
mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -Xmx2g -Djava.util.logging.config.file=src/test/resources/logging.properties \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  dev.baton.bench.BenchmarkSuite "${1:-3}" "${@:2}"
