#!/usr/bin/env bash
# End-to-end ingestion benchmark on the embedded database: N articles (default 5000) ingested by the CLI with
# several write batch sizes, each into a fresh data directory. Prints articles/s and facts/s per batch size.
#   bench/ingest.sh [N] [BATCH_SIZES...]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-5000}; shift || true
sizes=${*:-1 10 50 200}
work=target/bench
mkdir -p "$work"
./mvnw -q -B -Pbench test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" org.entente.bench.CorpusGenerator "$n" "$work/corpus.jsonl"
# always repackage: a jar left by an older build would measure old code
./mvnw -q -B package -DskipTests
echo "batch  seconds  articles/s  facts/s"
for b in $sizes; do
  rm -rf "$work/data-$b"
  line=$(java -Xmx2g --add-opens java.base/java.nio=ALL-UNNAMED --add-opens java.base/java.io=ALL-UNNAMED \
      --add-opens java.base/sun.nio.ch=ALL-UNNAMED -Dentente.ingest.write-batch-size="$b" \
      -Dentente.neo4j.data-dir="$work/data-$b" -Dentente.neo4j.bolt-address=127.0.0.1:17$((600 + b % 100)) \
      -jar target/quarkus-app/quarkus-run.jar ingest "$work/corpus.jsonl" 2>/dev/null | tail -1)
  # "Ingested 1 files, 2000 articles in 12.3 s: ... ; 8123 facts."
  secs=$(sed -E 's/.* in ([0-9.]+) s:.*/\1/' <<<"$line")
  facts=$(sed -E 's/.*; ([0-9]+) facts\./\1/' <<<"$line")
  awk -v b="$b" -v s="$secs" -v n="$n" -v f="$facts" 'BEGIN { printf "%5d  %7.1f  %10.0f  %7.0f\n", b, s, n / s, f / s }'
done
