#!/usr/bin/env bash
# The one-machine store: what answering writes only once they are on disk costs. The same inserts
# against the store as shipped (commit + sync before the answer, group commit) and with the former
# 100 ms commit timer, in the same run, rounds interleaved; 1 and 8 concurrent writers.
# Prints a Markdown section. Settings: STORE_ROUNDS (3), STORE_INSERTS (3000).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$BENCH_ROOT"
bench_build
if [ "$BENCH_QUICK" = 1 ]; then
	ROUNDS=1 INSERTS=200
else
	ROUNDS=${STORE_ROUNDS:-3} INSERTS=${STORE_INSERTS:-3000}
fi
cat <<MD
## Store: durable acknowledgements

What: inserts through the MongoDB Java driver over loopback into the one-machine store, as shipped
(a write is answered after commit and sync; writers waiting together share one commit) and with the
former 100 ms commit timer. Method: ${INSERTS} measured inserts after 500 warm-up inserts per run,
${ROUNDS} rounds with both sides interleaved, the median round reported. Source:
\`local-infra/src/test/java/gov/maservice/localinfra/bench/StoreDurabilityBenchmark.java\`.

MD
java -Xmx512m -Dbench.rounds="$ROUNDS" -Dbench.inserts="$INSERTS" \
	-cp "$(bench_classpath local-infra)" gov.maservice.localinfra.bench.StoreDurabilityBenchmark | grep '^|'
