#!/usr/bin/env bash
# Starts the whole Klagesak platform on this machine: Kafka (KRaft), a MongoDB-compatible store, Keycloak, an SMTP
# server with a mail viewer, and the six applications. Ctrl-C stops everything. See README.md.
# ./run-local.sh --cluster runs three Kafka nodes and two replicas of every application (docs/reliability.md).
set -euo pipefail
cd "$(dirname "$0")"

is_jdk25() { [ -x "$1/bin/java" ] && "$1/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; }

if ! is_jdk25 "${JAVA_HOME:-/nonexistent}"; then
  if is_jdk25 /usr/lib/jvm/temurin-25-jdk-amd64; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  elif command -v java >/dev/null && is_jdk25 "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"; then
    export JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  else
    echo "Klagesak needs JDK 25 or newer: set JAVA_HOME to it." >&2
    exit 1
  fi
fi

echo "Building (tests skipped) …"
./mvnw -q -B install -DskipTests
exec "$JAVA_HOME/bin/java" -cp "local-stack/target/classes:$(cat local-stack/target/classpath.txt)" \
  no.klagesak.localstack.LocalStack "$@"
