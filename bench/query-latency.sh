#!/usr/bin/env bash
# Query latency benchmark: generates a large graph through GraphWriter (every catalogued state, skewed like the
# news), starts Entente on it and measures p50/p99 of /api/relations, /api/graph/neighborhood (depth 2) and
# /api/graph/path over HTTP. Not part of the test suite.
#
#   bench/query-latency.sh                        # 200k facts, 20k articles, 1000 requests per scenario
#   FACTS=20000 ARTICLES=2000 REQUESTS=200 bench/query-latency.sh   # a quick run
#   SCENARIOS=relations,neighborhood bench/query-latency.sh         # only the scenarios named so
#
# The database is kept in $BUILD_DIR/bench-graph (BUILD_DIR defaults to target): a later run with the same FACTS,
# ARTICLES and SEED reuses it and only measures (the generation of the full graph takes minutes); REGENERATE=true
# forces a new one. BUILD_DIR=target-x builds in another folder (for example while another build uses target);
# quarkus.bootstrap.effective-model-builder makes the Quarkus test bootstrap see that folder rather than target/.
# The Markdown table is printed and written to bench/last-query-latency.md; bench/RESULTS-queries.md keeps the
# figures recorded so far.
set -euo pipefail
cd "$(dirname "$0")/.."
FACTS="${FACTS:-200000}"
ARTICLES="${ARTICLES:-20000}"
REQUESTS="${REQUESTS:-1000}"
WARMUP="${WARMUP:-200}"
SEED="${SEED:-7}"
BUILD_DIR="${BUILD_DIR:-target}"
./mvnw -B -q -Pbench test -Dentente.build.dir="${BUILD_DIR}" -Dquarkus.bootstrap.effective-model-builder=true \
  -Dtest=QueryLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.facts="${FACTS}" -Dbench.articles="${ARTICLES}" -Dbench.requests="${REQUESTS}" \
  -Dbench.warmup="${WARMUP}" -Dbench.seed="${SEED}" -Dbench.out="$(pwd)/bench/last-query-latency.md" \
  -Dbench.data-dir="$(pwd)/${BUILD_DIR}/bench-graph" -Dbench.regenerate="${REGENERATE:-false}" \
  -Dbench.scenarios="${SCENARIOS:-}" -DtrimStackTrace=false -Dsurefire.timeout=0
echo "Results: bench/last-query-latency.md"
