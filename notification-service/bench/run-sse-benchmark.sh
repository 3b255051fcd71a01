#!/usr/bin/env bash
# Board-stream benchmark of notification-service (see docs/benchmarks/notification.md).
# Usage: notification-service/bench/run-sse-benchmark.sh [boards=10000] [rounds=5] [server heap=1g]
# Loopback only; the load client, Kafka and the Mongo-wire server share the machine with the service.
set -euo pipefail
cd "$(dirname "$0")/../.."
BOARDS="${1:-10000}"
ROUNDS="${2:-5}"
HEAP="${3:-1g}"
# Each stream is one socket on each side: raise the file limit where the shell allows it.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
echo "open files limit: $(ulimit -n)"
mvn -B -q -pl notification-service -DskipTests package
mvn -B -q -pl notification-service dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
CP="notification-service/target/test-classes:notification-service/target/classes:$(cat notification-service/target/bench.classpath)"
exec java -Xmx3g -cp "$CP" gov.maservice.notification.benchmark.SseBenchmark \
  notification-service/target/notification-service-0.1.0-SNAPSHOT.jar "$BOARDS" "$ROUNDS" "$HEAP"
