#!/usr/bin/env bash
# qr-service alone over HTTP (no gateway): a cached QR image and the /q/ redirect (every scan
# counted). Starts an in-memory MongoDB-wire server and the service on free loopback ports (no
# broker: these paths do not need one), measures with wrk, stops both. Prints a Markdown section.
# Settings: DURATION (20s), WARMUP (5s), CONNECTIONS (50), REPEAT (3).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$BENCH_ROOT"
bench_need wrk curl java
bench_build
DURATION=${DURATION:-20s} WARMUP=${WARMUP:-5s} CONNECTIONS=${CONNECTIONS:-50} REPEAT=${REPEAT:-3}
[ "$BENCH_QUICK" = 1 ] && DURATION=2s WARMUP=1s REPEAT=1
PORT=$(bench_free_port)
MONGO_PORT=$(bench_free_port)
CP=$(bench_classpath qr-service)
LOG=$BENCH_ROOT/target/bench/qr-http.log
mkdir -p "$(dirname "$LOG")"

PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

java -cp "$CP" gov.maservice.qr.bench.BenchSupport mongo "$MONGO_PORT" >/dev/null &
PIDS+=($!)
QR_PORT=$PORT MONGODB_URI="mongodb://127.0.0.1:$MONGO_PORT/qr" KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1 \
	SPRING_PROFILES_ACTIVE=mongo-wire JWT_PUBLIC_KEY_LOCATION=classpath:jwt/jwt-public.pem \
	java -Xmx512m -cp "$CP" gov.maservice.qr.QrServiceApplication >"$LOG" 2>&1 &
PIDS+=($!)
BASE=http://127.0.0.1:$PORT
bench_wait_for "$BASE/actuator/health/liveness" 180
TOKEN=$(java -cp "$CP" gov.maservice.qr.bench.BenchSupport token)
LINK=$(curl -fsS -X POST "$BASE/api/v1/links" -H "Authorization: $TOKEN" \
	-H 'Content-Type: application/json' -d '{"title":"河南政务服务网","target":"https://www.hnzwfw.gov.cn/"}')
SHORT=$(echo "$LINK" | sed -E 's/.*"token":"([^"]+)".*/\1/')
IMAGE="$BASE/api/v1/qr/links/$SHORT.png"
curl -fsS -o /dev/null "$IMAGE"

declare -A RPS P50 P99
for name in image redirect; do RPS[$name]=""; P50[$name]=""; P99[$name]=""; done
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "$IMAGE" >/dev/null
for _ in $(seq 1 "$REPEAT"); do
	for name in image redirect; do
		url=$IMAGE
		[ "$name" = redirect ] && url=$BASE/q/$SHORT
		read -r rps p50 p99 < <(bench_wrk "$CONNECTIONS" "$DURATION" "$url")
		bench_log "$name: $rps req/s, p50 $p50 ms, p99 $p99 ms"
		RPS[$name]+=" $rps"; P50[$name]+=" $p50"; P99[$name]+=" $p99"
	done
done
COUNTED=$(curl -fsS "$BASE/api/v1/scans/daily?days=1&token=$SHORT" -H "Authorization: $TOKEN" | grep -o "\"scans\":[0-9]*" | head -1 | sed "s/.*://" || true)

cat <<MD
## QR service over HTTP

What: qr-service alone (no gateway) with an in-memory store and no broker. A cached PNG (445 bytes,
ETag, immutable) and the \`/q/{token}\` redirect, which counts every scan. Method: wrk, 2 threads,
${CONNECTIONS} connections, ${WARMUP} warm-up, ${REPEAT} runs of ${DURATION} each alternating the two
requests; medians. Scans counted by the service after the runs: ${COUNTED:-n/a}.

| request | requests/s | p50 ms | p99 ms | runs (requests/s) |
|---|---:|---:|---:|---|
| \`GET /api/v1/qr/links/{token}.png\` | $(bench_median ${RPS[image]}) | $(bench_median ${P50[image]}) | $(bench_median ${P99[image]}) | ${RPS[image]# } |
| \`GET /q/{token}\` (302, scan counted) | $(bench_median ${RPS[redirect]}) | $(bench_median ${P50[redirect]}) | $(bench_median ${P99[redirect]}) | ${RPS[redirect]# } |
MD
