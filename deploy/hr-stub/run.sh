#!/usr/bin/env bash
# The civil-service HR system of the local stack: a WireMock standalone stub with the demo province's employees
# (contract: hr-api.yaml; answers: mappings/, generated with the demo by vn.party.e2e.demo.HrStubFiles).
#
#   deploy/hr-stub/run.sh <port> <workdir>
#
# Runs in the foreground on 127.0.0.1:<port> until stopped (it execs java, so its pid is the stub's). The jar is
# fetched once from Maven Central with `mvn dependency:copy` into SUITE_CACHE (default deploy/.suite/cache); the
# mappings are copied into <workdir>, so the repository is never written. Ready when
# http://127.0.0.1:<port>/__admin/health answers 200. cadre-service reaches it with
#   QUARKUS_REST_CLIENT_HR_URL=http://127.0.0.1:<port>/hr/v1
#   QUARKUS_OIDC_CLIENT_HR_AUTH_SERVER_URL=http://127.0.0.1:<port>
#   QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL=http://127.0.0.1:<port>
# (client party-cadre / local-stub-secret are cadre's defaults and what the stub's token endpoint accepts).
set -euo pipefail

[ $# -eq 2 ] || { echo "usage: $0 <port> <workdir>" >&2; exit 2; }
PORT=$1
WORK=$2
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WIREMOCK_VERSION=${WIREMOCK_VERSION:-3.13.2}
CACHE=${SUITE_CACHE:-$ROOT/deploy/.suite/cache}
JAR=$CACHE/wiremock-standalone-$WIREMOCK_VERSION.jar

if [ ! -f "$JAR" ]; then
  mkdir -p "$CACHE"
  (cd "$ROOT" && mvn -B -ntp -q -N ${MAVEN_ARGS:-} dependency:copy \
      -Dartifact="org.wiremock:wiremock-standalone:$WIREMOCK_VERSION" -DoutputDirectory="$CACHE")
fi

rm -rf "$WORK/mappings" "$WORK/__files"
mkdir -p "$WORK/mappings" "$WORK/__files"
cp "$HERE"/mappings/*.json "$WORK/mappings/"

exec java -Xms32m -Xmx128m -XX:+UseSerialGC -jar "$JAR" --bind-address 127.0.0.1 --port "$PORT" \
  --root-dir "$WORK" --disable-banner --no-request-journal --max-request-journal-entries 0
