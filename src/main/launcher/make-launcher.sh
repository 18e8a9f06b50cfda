#!/usr/bin/env bash
# Run by 'mvn package' after the jar is built: puts the launcher in target/bin/baton and makes
# the class-data-sharing archive it uses (target/baton.jsa) by one training run of the example pipeline,
# in a BATON_HOME of its own under target/. Usage: make-launcher.sh JAVA_HOME TARGET_DIR PROJECT_DIR
set -euo pipefail
java="$1/bin/java"
target=$(readlink -f "$2")
project=$(readlink -f "$3")
install -D -m 755 "$project/src/main/launcher/baton" "$target/bin/baton"
rm -rf "$target/cds-training-home" "$target/baton.jsa"
mkdir -m 700 "$target/cds-training-home"
# a failed training run leaves no archive, and the launcher runs as 'java -jar' does
if ! BATON_HOME="$target/cds-training-home" "$java" -XX:ArchiveClassesAtExit="$target/baton.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 \
    -jar "$target/baton.jar" --pipeline "$project/pipelines/example.yaml" --parallel --output json >/dev/null 2>"$target/cds-training.log" </dev/null; then
  echo "warning: the class-data-sharing training run failed (see $target/cds-training.log); target/bin/baton runs without the archive" >&2
  rm -f "$target/baton.jsa"
fi
rm -rf "$target/cds-training-home"
