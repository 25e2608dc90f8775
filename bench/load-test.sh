#!/usr/bin/env bash
# Concurrency load test (not part of ./mvnw verify): packages Entente, starts it on loopback with a fresh data
# directory and free ports, runs LoadTest (8 writers ingesting distinct articles, 32 readers querying, 60 s), checks
# for 5xx and for a consistent graph, appends the figures to bench/RESULTS-load.md and stops the server.
#
#   bench/load-test.sh                                   # 60 s, 8 writers, 32 readers
#   SECONDS_=20 WRITERS=2 READERS=4 bench/load-test.sh   # a quick run
#   NOTE="idle 8-core laptop" bench/load-test.sh          # a line recorded next to the figures
#
# Exit code 0 when every check passed. Server log: $BUILD_DIR/load/server.log.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${SECONDS_:-60}"
WRITERS="${WRITERS:-8}"
READERS="${READERS:-32}"
BUILD_DIR="${BUILD_DIR:-target-load}"
OFFLINE="${OFFLINE:--o}"
HEAP="${HEAP:-2g}"
NOTE="${NOTE:-}"
OUT="${OUT:-bench/RESULTS-load.md}"
READY_TIMEOUT="${READY_TIMEOUT:-300}"   # seconds to wait for the server to be ready
work="$BUILD_DIR/load"
mkdir -p "$work"

if [ "${SKIP_BUILD:-}" != "1" ]; then
  ./mvnw ${OFFLINE} -B -q -Pbench -Dentente.build.dir="$BUILD_DIR" package -DskipTests \
    dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt"
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
http_port=$(free_port)
bolt_port=$(free_port)
data=$(mktemp -d "${TMPDIR:-/tmp}/entente-load-XXXXXX")
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill "$server" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$server" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$server" 2>/dev/null || true
  fi
  rm -rf "$data"
}
trap cleanup EXIT INT TERM

java -Xmx"$HEAP" --add-opens java.base/java.nio=ALL-UNNAMED --add-opens java.base/java.io=ALL-UNNAMED \
  --add-opens java.base/sun.nio.ch=ALL-UNNAMED --add-opens java.base/java.lang=ALL-UNNAMED \
  -Dlog4j2.shutdownHookEnabled=false \
  -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$http_port" \
  -Dentente.neo4j.data-dir="$data" -Dentente.neo4j.bolt-address="127.0.0.1:$bolt_port" \
  -jar "$BUILD_DIR/quarkus-app/quarkus-run.jar" serve >"$work/server.log" 2>&1 &
server=$!
echo "Entente (pid $server) starting on 127.0.0.1:$http_port, Bolt 127.0.0.1:$bolt_port, data $data"
tries=$((READY_TIMEOUT * 2))
for i in $(seq 1 "$tries"); do
  if curl -fs "http://127.0.0.1:$http_port/q/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then echo "Entente did not start: see $work/server.log" >&2; exit 2; fi
  if [ "$i" = "$tries" ]; then echo "Entente not ready after $READY_TIMEOUT s: see $work/server.log" >&2; exit 2; fi
  sleep 0.5
done
echo "Ready. Load for ${DURATION} s: $WRITERS writers, $READERS readers."

set +e
java -Xmx512m -cp "$BUILD_DIR/test-classes:$BUILD_DIR/classes:$(cat "$work/cp.txt")" \
  -Dload.base="http://127.0.0.1:$http_port" -Dload.bolt="bolt://127.0.0.1:$bolt_port" \
  -Dload.seconds="$DURATION" -Dload.writers="$WRITERS" -Dload.readers="$READERS" \
  -Dload.corpus="src/test/resources/gold,src/main/resources/demo" -Dload.out="$OUT" -Dload.note="$NOTE" \
  org.entente.bench.LoadTest
status=$?
set -e
if grep -q ' ERROR ' "$work/server.log"; then
  echo "The server logged errors (first ones):"; grep -m 5 ' ERROR ' "$work/server.log"
fi
exit $status
