#!/usr/bin/env bash
# HTTP benchmark of qr-service alone (no gateway): a cached QR image and the /q/ redirect (each
# request one $inc upsert), with wrk at CONNECTIONS connections. Starts an in-memory Mongo-wire
# server and the service on spare ports, without a Kafka broker (not needed for these paths),
# and stops both on exit. Needs wrk (apt-get install -y wrk), curl, Java 17, Maven.
# Settings: DURATION (20s), CONNECTIONS (50), THREADS (2), BENCH_QR_PORT (18082), BENCH_MONGO_PORT (18027).
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
PORT=${BENCH_QR_PORT:-18082}
MONGO_PORT=${BENCH_MONGO_PORT:-18027}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

mvn -B -o -q -pl qr-service test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
CP="qr-service/target/classes:qr-service/target/test-classes:$(cat qr-service/target/bench.classpath)"

PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

java -cp "$CP" gov.maservice.qr.bench.BenchSupport mongo "$MONGO_PORT" >/dev/null &
PIDS+=($!)
QR_PORT=$PORT MONGODB_URI="mongodb://127.0.0.1:$MONGO_PORT/qr" KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1 \
  SPRING_PROFILES_ACTIVE=mongo-wire JWT_PUBLIC_KEY_LOCATION=classpath:jwt/jwt-public.pem \
  java -Xmx512m -cp "$CP" gov.maservice.qr.QrServiceApplication >target/bench-qr.log 2>&1 &
PIDS+=($!)
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT/actuator/health/liveness" 2>/dev/null && break
  sleep 1
done
TOKEN=$(java -cp "$CP" gov.maservice.qr.bench.BenchSupport token)
LINK=$(curl -fsS -X POST "http://127.0.0.1:$PORT/api/v1/links" -H "Authorization: $TOKEN" \
  -H 'Content-Type: application/json' -d '{"title":"河南政务服务网","target":"https://www.hnzwfw.gov.cn/"}')
SHORT=$(echo "$LINK" | sed -E 's/.*"token":"([^"]+)".*/\1/')
IMAGE="http://127.0.0.1:$PORT/api/v1/qr/links/$SHORT.png"
curl -fsS -o /dev/null "$IMAGE"
echo "== cached PNG: $IMAGE"
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$IMAGE" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$IMAGE"
echo "== redirect (counts every scan): /q/$SHORT"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT/q/$SHORT"
echo "== scans counted today:"
curl -fsS "http://127.0.0.1:$PORT/api/v1/scans/daily?days=1&token=$SHORT" -H "Authorization: $TOKEN"; echo
