#!/usr/bin/env bash
# Guide search latency: p50/p99 of the in-memory search index at the shipped catalog's size and at
# 100,000 items generated from the seed's vocabulary. Prints a Markdown section.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$BENCH_ROOT"
bench_build
SIZES=(1009 100000) ROUNDS_TEXT="200 rounds (40 at 100,000 items)"
[ "$BENCH_QUICK" = 1 ] && SIZES=(1009 5000) ROUNDS_TEXT="5 rounds"
cat <<MD
## Search

What: the catalog's search (the index behind \`GET /api/v1/search\`), in process on one thread, a mix
of real queries (names, pinyin initials, materials, blank listing). Method: 3 warm-up rounds of the
whole mix, then ${ROUNDS_TEXT}; p50/p99 over every measured query. Source:
\`catalog-service/src/test/java/gov/maservice/catalog/search/SearchBenchmark.java\`.
MD
java -Xms2g -Xmx2g -Dbench.quick="$([ "$BENCH_QUICK" = 1 ] && echo true || echo false)" \
	-cp "$(bench_classpath catalog-service)" gov.maservice.catalog.search.SearchBenchmark \
	catalog-service/src/main/resources/seed "${SIZES[@]}"
