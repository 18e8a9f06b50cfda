#!/usr/bin/env bash
# Prepares the unpacked WildFly distribution for Baton's tests, once: two application users for
# the REST API (add-user.sh), the JDBC job repository of src/main/wildfly/jdbc-repository.cli, and the
# connection factory of src/main/wildfly/remote-workers.cli without its last line (WildFlyWorkersIT sets the
# system property baton.broker while it runs, so that the other tests run their stages in the server),
# applied offline (embedded server), before Arquillian starts the server. Each step has its own marker.
#   src/test/wildfly/prepare.sh WILDFLY_HOME
set -euo pipefail
home=${1:?WILDFLY_HOME}
here=$(cd "$(dirname "$0")/../../.." && pwd)
export JAVA_OPTS="-Xms32m -Xmx256m"
script=$(mktemp)
trap 'rm -f "$script"' EXIT

# applies the commands on stdin to the server's configuration, offline
apply() {
  { echo "embed-server --std-out=discard --server-config=standalone.xml"; cat; echo "stop-embedded-server"; } > "$script"
  bash "$home/bin/jboss-cli.sh" --file="$script" > "$home/.baton-prepare.log" 2>&1 || { cat "$home/.baton-prepare.log"; exit 1; }
}

if [[ ! -f $home/.baton-prepared ]]; then
  bash "$home/bin/add-user.sh" -s -a -u batonadmin -p 'Admin-pass-1' -g baton-admin
  bash "$home/bin/add-user.sh" -s -a -u batonviewer -p 'Viewer-pass-1' -g baton-viewer
  grep -v '^#' "$here/src/main/wildfly/jdbc-repository.cli" | apply
  touch "$home/.baton-prepared"
fi
if [[ ! -f $home/.baton-prepared-workers ]]; then
  grep -v '^#' "$here/src/main/wildfly/remote-workers.cli" | grep -v '^/system-property=baton.broker:' | apply
  touch "$home/.baton-prepared-workers"
fi
