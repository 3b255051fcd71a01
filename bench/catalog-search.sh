#!/usr/bin/env bash
# Search latency benchmark: p50/p99 of the in-memory guide search at the shipped catalog's size
# and at 100,000 generated items. Results go into docs/benchmarks/catalog.md.
#   bench/catalog-search.sh [seed folder] [sizes...]
# Example: bench/catalog-search.sh catalog-service/src/main/resources/seed 1009 100000
set -euo pipefail
cd "$(dirname "$0")/.."
seed="${1:-catalog-service/src/main/resources/seed}"
shift || true
mvn -B -q -o -pl catalog-service test-compile
mvn -B -q -o -pl catalog-service dependency:build-classpath -Dmdep.outputFile=target/catalog-bench.classpath >/dev/null
exec java -Xms2g -Xmx2g -cp "catalog-service/target/test-classes:catalog-service/target/classes:$(cat catalog-service/target/catalog-bench.classpath)" \
  gov.maservice.catalog.search.SearchBenchmark "$seed" "$@"
