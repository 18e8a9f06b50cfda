#!/usr/bin/env bash
# Prepares the unpacked WildFly distribution for Baton's tests, once: two application users for
# the REST API (add-user.sh) and the JDBC job repository of src/main/wildfly/jdbc-repository.cli,
# applied offline (embedded server), before Arquillian starts the server.
#   src/test/wildfly/prepare.sh WILDFLY_HOME
set -euo pipefail
home=${1:?WILDFLY_HOME}
here=$(cd "$(dirname "$0")/../../.." && pwd)
marker=$home/.baton-prepared
[[ -f $marker ]] && exit 0
export JAVA_OPTS="-Xms32m -Xmx256m"
bash "$home/bin/add-user.sh" -s -a -u batonadmin -p 'Admin-pass-1' -g baton-admin
bash "$home/bin/add-user.sh" -s -a -u batonviewer -p 'Viewer-pass-1' -g baton-viewer
script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
  echo "embed-server --std-out=discard --server-config=standalone.xml"
  grep -v '^#' "$here/src/main/wildfly/jdbc-repository.cli"
  echo "stop-embedded-server"
} > "$script"
bash "$home/bin/jboss-cli.sh" --file="$script" > "$home/.baton-prepare.log" 2>&1 || { cat "$home/.baton-prepare.log"; exit 1; }
touch "$marker"
