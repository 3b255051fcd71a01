#!/usr/bin/env bash
# Board streams held by one notification-service instance (no gateway): SSE connections open, heap
# per stream, and the time from posting a district-wide notice to its arrival on every board.
# The load client, broker and store share the machine with the service. Prints a Markdown section.
# Settings: BOARDS (10000), ROUNDS (5), SERVER_HEAP (1g).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$BENCH_ROOT"
bench_build
BOARDS=${BOARDS:-10000} ROUNDS=${ROUNDS:-5} SERVER_HEAP=${SERVER_HEAP:-1g}
[ "$BENCH_QUICK" = 1 ] && BOARDS=300 ROUNDS=1
# Each stream is one socket on each side: raise the file limit where the shell allows it.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
mkdir -p "$BENCH_ROOT/target/bench"
cat <<MD
## Boards held by notification-service

What: ${BOARDS} registered boards each holding an SSE stream straight to one notification-service
instance (heap ${SERVER_HEAP}); a district-wide notice is posted ${ROUNDS} times (2 s apart) and the
arrival time on every stream recorded. Heap per stream: live heap of the service (after a full GC)
with all streams open minus before, divided by the streams. Percentiles over every delivery of
every round. Open-file limit here: $(ulimit -n). Source:
\`notification-service/src/test/java/gov/maservice/notification/benchmark/SseBenchmark.java\`.

MD
java -Xmx3g -cp "$(bench_classpath notification-service)" gov.maservice.notification.benchmark.SseBenchmark \
	"$(bench_jar notification-service)" "$BOARDS" "$ROUNDS" "$SERVER_HEAP" \
	| tee "$BENCH_ROOT/target/bench/boards.log" | grep '^|' || bench_fail "see target/bench/boards.log"
