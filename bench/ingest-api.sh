#!/usr/bin/env bash
# Steady-state ingestion through the REST API: starts Entente once on a fresh embedded database, warms it up with
# W articles, then posts N more as NDJSON requests of B articles (POST /api/articles) and times them. Unlike
# bench/ingest.sh (a cold CLI process per batch size, JIT warm-up included), this is the rate of a running server.
#   bench/ingest-api.sh [N] [B] [W]          defaults: 10000 articles, 1000 per request, 2000 warm-up
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}; per=${2:-1000}; warm=${3:-2000}
bd=${BUILD_DIR:-target}   # another folder (BUILD_DIR=target-x) keeps it apart from a build in target/
mvn_dir=(); [ "$bd" = target ] || mvn_dir=(-Dentente.build.dir="$bd")
work=$bd/bench
mkdir -p "$work"
./mvnw -q -B -Pbench "${mvn_dir[@]}" test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
java -cp "$bd/test-classes:$bd/classes:$(cat "$work/cp.txt")" org.entente.bench.CorpusGenerator \
  $((n + warm)) "$work/api-corpus.jsonl" >/dev/null
./mvnw -q -B "${mvn_dir[@]}" package -DskipTests   # always: an older jar would measure old code
split -l "$per" -d -a 4 "$work/api-corpus.jsonl" "$work/api-part-"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
http_port=$(free_port); bolt_port=$(free_port); data=$(mktemp -d "${TMPDIR:-/tmp}/entente-ingest-XXXXXX")
java -Xmx2g --add-opens java.base/java.nio=ALL-UNNAMED --add-opens java.base/java.io=ALL-UNNAMED \
  --add-opens java.base/sun.nio.ch=ALL-UNNAMED -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$http_port" \
  -Dentente.neo4j.data-dir="$data" -Dentente.neo4j.bolt-address="127.0.0.1:$bolt_port" \
  -jar "$bd/quarkus-app/quarkus-run.jar" serve >"$work/api-server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data" "$work"/api-part-*' EXIT
until curl -fs "http://127.0.0.1:$http_port/q/health/ready" >/dev/null 2>&1; do
  kill -0 "$server" 2>/dev/null || { echo "Entente did not start: see $work/api-server.log" >&2; exit 2; }
  sleep 0.5
done
post() { curl -fsS -H 'Content-Type: application/x-ndjson' --data-binary @"$1" \
  "http://127.0.0.1:$http_port/api/articles" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(sum(a.get("facts",0) for a in d["articles"]))'; }
parts=("$work"/api-part-*)
warm_parts=$(( (warm + per - 1) / per ))
for p in "${parts[@]:0:$warm_parts}"; do post "$p" >/dev/null; done
# CPU time of the server (user + system, clock ticks): less sensitive than wall time to other load on the machine
cpu() { awk '{print $14 + $15}' "/proc/$server/stat"; }
start=$(date +%s.%N); cpu0=$(cpu); facts=0
for p in "${parts[@]:$warm_parts}"; do facts=$((facts + $(post "$p"))); done
end=$(date +%s.%N); cpu1=$(cpu)
awk -v n="$n" -v f="$facts" -v s0="$start" -v s1="$end" -v per="$per" -v w="$warm" \
  -v c="$(( (cpu1 - cpu0) ))" -v hz="$(getconf CLK_TCK)" -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
  s = s1 - s0; printf "%d articles (after %d warm-up) in requests of %d: %.1f s, %.0f articles/s, %.0f facts/s; server CPU %.1f s (%.0f articles per CPU-second); load %s\n", n, w, per, s, n / s, f / s, c / hz, n / (c / hz), load }'
