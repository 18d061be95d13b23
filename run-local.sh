#!/usr/bin/env bash
# Starts the whole Klagesak platform on this machine: Kafka (KRaft), a MongoDB-compatible store, Keycloak, an SMTP
# server with a mail viewer, and the five applications. Ctrl-C stops everything. See README.md.
set -euo pipefail
cd "$(dirname "$0")"

if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
  if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  fi
fi

echo "Building (tests skipped) …"
./mvnw -q -B install -DskipTests
exec "$JAVA_HOME/bin/java" -cp "local-stack/target/classes:$(cat local-stack/target/classpath.txt)" \
  no.klagesak.localstack.LocalStack
