#!/usr/bin/env bash
# Query latency benchmark: generates a large graph through GraphWriter (every catalogued state, skewed like the
# news), starts Entente on it and measures p50/p99 of /api/relations, /api/graph/neighborhood (depth 2) and
# /api/graph/path over HTTP. Not part of the test suite. Takes a while (mostly the generation).
#
#   bench/query-latency.sh                        # 200k facts, 20k articles, 1000 requests per scenario
#   FACTS=20000 ARTICLES=2000 REQUESTS=200 bench/query-latency.sh   # a quick run
#
# The Markdown table is printed and written to bench/last-query-latency.md; bench/RESULTS-queries.md keeps the
# figures recorded so far.
set -euo pipefail
cd "$(dirname "$0")/.."
FACTS="${FACTS:-200000}"
ARTICLES="${ARTICLES:-20000}"
REQUESTS="${REQUESTS:-1000}"
WARMUP="${WARMUP:-200}"
./mvnw -B -q -Pbench test \
  -Dtest=QueryLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.facts="${FACTS}" -Dbench.articles="${ARTICLES}" -Dbench.requests="${REQUESTS}" \
  -Dbench.warmup="${WARMUP}" -Dbench.out="$(pwd)/bench/last-query-latency.md" \
  -DtrimStackTrace=false -Dsurefire.timeout=0
echo "Results: bench/last-query-latency.md"
