#!/usr/bin/env bash
# Crash safety: SIGKILL the JVM in the middle of a large ingest, restart on the same data directory, check that
# nothing is half-written (every Article has all its facts and every fact its summary edge), then rerun the ingest
# and check that the complete set is there. Needs the packaged jar (./mvnw package) and the bench classes.
#   scripts/crash-test.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1500}
work=$(mktemp -d /tmp/entente-crash-XXXXXX)
trap 'rm -rf "$work"' EXIT
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
./mvnw -q -B -Pbench test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" org.entente.bench.CorpusGenerator "$n" \
  "$work/corpus.jsonl" >/dev/null
# every call below runs in a subshell (background job or pipeline): exec makes the JVM that subshell, so that
# kill -9 hits the JVM itself; each run takes a fresh Bolt port
run() {
  local port=$((20000 + RANDOM % 20000))
  exec java -Xmx1g --add-opens java.base/java.nio=ALL-UNNAMED --add-opens java.base/java.io=ALL-UNNAMED \
    --add-opens java.base/sun.nio.ch=ALL-UNNAMED -Dentente.neo4j.data-dir="$work/data" \
    -Dentente.neo4j.bolt-address=127.0.0.1:$port -Dentente.ingest.write-batch-size=25 -jar "$jar" "$@"
}

echo "crash-test: ingesting $n articles, then SIGKILL mid-way"
run ingest "$work/corpus.jsonl" >"$work/ingest1.log" 2>&1 &
pid=$!
# wait until some batches are committed, then kill without warning
for _ in $(seq 1 240); do
  if grep -qE '\] [1-9][0-9]{2,}/' "$work/ingest1.log" 2>/dev/null; then break; fi
  sleep 0.5
done
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
echo "crash-test: killed after: $(grep -oE '[0-9]+/[0-9]+ articles' "$work/ingest1.log" | tail -1)"

echo "crash-test: restart and check"
run check | tee "$work/check1.log"
grep -q '^consistent$' "$work/check1.log"
before=$(grep -oE '^[0-9]+ articles' "$work/check1.log" | cut -d' ' -f1)
if [ "$before" -ge "$n" ]; then
  echo "crash-test: the ingest finished before the kill ($before articles): use a larger N" >&2
  exit 1
fi

echo "crash-test: rerun the ingest"
run ingest "$work/corpus.jsonl" | tail -1
run check | tee "$work/check2.log"
grep -q '^consistent$' "$work/check2.log"
after=$(grep -oE '^[0-9]+ articles' "$work/check2.log" | cut -d' ' -f1)
[ "$after" -eq "$n" ] || { echo "crash-test: expected $n articles, found $after" >&2; exit 1; }
echo "crash-test: passed ($before articles survived the kill intact; $after after the rerun)"
