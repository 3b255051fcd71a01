#!/usr/bin/env bash
# Gateway overhead: the same requests sent directly to a backend and through the gateway.
# Measures requests/s and p99 with wrk for a guide JSON and a guide page, prints the ratio and
# writes a Markdown table to target/bench/gateway-overhead-<time>.md.
#
# Default: a fast stub backend (bench/gateway/BenchBackend.java, also runs the gateway's Mongo-wire
# store) and the gateway jar, all started here and stopped on exit.
# With BACKEND_URL=http://127.0.0.1:8081 GATEWAY_URL=http://127.0.0.1:8080 it measures an
# already running stack instead (ITEM_CODE picks the guide).
#
# Needs: wrk (apt-get install -y wrk), openssl, Java 17, Maven (for the jar and the classpath).
# Settings: DURATION (20s), WARMUP (10s), CONNECTIONS (32), THREADS (2), REPEAT (3: direct and
# gateway runs are interleaved and the median of the repeats is reported, which damps the noise of
# a shared machine; the load average is printed with each run).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$BENCH_ROOT"
ROOT=$(pwd)
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
REPEAT=${REPEAT:-3}
ITEM_CODE=${ITEM_CODE:-410471-XK00101-001}
STUB_PORT=${STUB_PORT:-18081}
STUB_MONGO_PORT=${STUB_MONGO_PORT:-18017}
BENCH_GATEWAY_PORT=${BENCH_GATEWAY_PORT:-18080}

bench_need wrk curl openssl
if [ "$BENCH_QUICK" = 1 ]; then DURATION=2s WARMUP=1s REPEAT=1; fi
[[ -n "${BACKEND_URL:-}" ]] && BACKEND_DESC="the running stack at $BACKEND_URL"

PIDS=()
WORK=$(mktemp -d)
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

wait_for() {
  local url=$1
  for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "$url"; then return 0; fi
    sleep 1
  done
  echo "timed out waiting for $url" >&2
  exit 1
}

if [[ -z "${BACKEND_URL:-}" ]]; then
  bench_build
  java -cp "$(cat gateway/target/bench.classpath)" bench/gateway/BenchBackend.java "$STUB_PORT" "$STUB_MONGO_PORT" > "$WORK/backend.log" 2>&1 &
  PIDS+=($!)
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/jwt-private.pem" 2>/dev/null
  openssl rsa -in "$WORK/jwt-private.pem" -pubout -out "$WORK/jwt-public.pem" 2>/dev/null
  BACKEND_URL="http://127.0.0.1:$STUB_PORT"
  GATEWAY_URL="http://127.0.0.1:$BENCH_GATEWAY_PORT"
  wait_for "$BACKEND_URL/api/v1/items/$ITEM_CODE"
  # Limits raised so the benchmark measures the proxy, with the token buckets still consulted.
  GATEWAY_PORT=$BENCH_GATEWAY_PORT CATALOG_URL=$BACKEND_URL \
    MONGODB_URI="mongodb://127.0.0.1:$STUB_MONGO_PORT/gateway" SPRING_PROFILES_ACTIVE=mongo-wire \
    JWT_PRIVATE_KEY_LOCATION="file:$WORK/jwt-private.pem" JWT_PUBLIC_KEY_LOCATION="file:$WORK/jwt-public.pem" \
    ADMIN_PASSWORD="bench-password-$RANDOM-$RANDOM" \
    GATEWAY_RATE_LIMIT_API_BURST=100000000 GATEWAY_RATE_LIMIT_API_PER_SECOND=100000000 \
    GATEWAY_RATE_LIMIT_PAGES_BURST=100000000 GATEWAY_RATE_LIMIT_PAGES_PER_SECOND=100000000 \
    java -Xmx512m -jar "$(bench_jar gateway)" > "$WORK/gateway.log" 2>&1 &
  PIDS+=($!)
fi
GATEWAY_URL=${GATEWAY_URL:-http://127.0.0.1:8080}
wait_for "$GATEWAY_URL/actuator/health/readiness"
wait_for "$GATEWAY_URL/api/v1/items/$ITEM_CODE"

# run <url>: prints "<requests/s> <p99 ms>" for one measured run (after its warm-up)
run() {
  local url=$1 out
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$url" > /dev/null
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url")
  local rps p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
  errors=$(grep -E "Non-2xx|Socket errors" <<< "$out" || true)
  [[ -n "$errors" ]] && echo "  note for $url: $errors" >&2
  echo "  $url: $rps req/s, p99 $p99 (load average $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  echo "$rps $(to_ms "$p99")"
}

median() {
  sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

to_ms() {
  local value=$1
  case "$value" in
    *us) awk -v v="${value%us}" 'BEGIN {printf "%.2f", v / 1000}' ;;
    *ms) awk -v v="${value%ms}" 'BEGIN {printf "%.2f", v}' ;;
    *s) awk -v v="${value%s}" 'BEGIN {printf "%.2f", v * 1000}' ;;
    *) echo "$value" ;;
  esac
}

mkdir -p target/bench
REPORT="target/bench/gateway-overhead-$(date -u +%Y%m%dT%H%M%SZ).md"
{
  echo "| request | direct req/s | direct p99 ms | gateway req/s | gateway p99 ms | ratio (gateway/direct) |"
  echo "|---|---|---|---|---|---|"
} > "$REPORT"

for name in "guide JSON:/api/v1/items/$ITEM_CODE" "guide page:/g/$ITEM_CODE"; do
  label=${name%%:*}
  path=${name#*:}
  echo "Measuring $label ($path): direct and through the gateway, $REPEAT times each, $DURATION after $WARMUP warm-up..." >&2
  direct_runs=() gateway_runs=()
  for _ in $(seq 1 "$REPEAT"); do
    direct_runs+=("$(run "$BACKEND_URL$path")")
    gateway_runs+=("$(run "$GATEWAY_URL$path")")
  done
  direct_rps=$(printf '%s\n' "${direct_runs[@]}" | cut -d' ' -f1 | median)
  direct_p99=$(printf '%s\n' "${direct_runs[@]}" | cut -d' ' -f2 | median)
  gateway_rps=$(printf '%s\n' "${gateway_runs[@]}" | cut -d' ' -f1 | median)
  gateway_p99=$(printf '%s\n' "${gateway_runs[@]}" | cut -d' ' -f2 | median)
  ratio=$(awk -v g="$gateway_rps" -v d="$direct_rps" 'BEGIN {printf "%.2f", g / d}')
  echo "| $label | $direct_rps | $direct_p99 | $gateway_rps | $gateway_p99 | $ratio |" >> "$REPORT"
done

cat <<MD
## Gateway overhead (uncached proxy path)

What: the same requests sent straight to the backend and through the gateway (security, rate
limits, breaker, request id, access log on the path). Backend: ${BACKEND_DESC:-a fast stub (\`bench/gateway/BenchBackend.java\`) so that the gateway, not the backend, is measured}.
Method: wrk, ${THREADS} threads, ${CONNECTIONS} connections, ${WARMUP} warm-up then ${DURATION} per run,
direct and gateway runs interleaved, median of ${REPEAT}.

MD
cat "$REPORT"
