#!/usr/bin/env bash
# Guide page and guide JSON throughput: requests/s and latency percentiles at 50 connections.
#   bench/tools/catalog-pages.sh BASE_URL [ITEM_CODE]
# BASE_URL is the catalog service (http://127.0.0.1:8081) or the gateway (http://127.0.0.1:8080);
# run it against both and compare. ITEM_CODE defaults to a shipped guide.
# Settings: CONNECTIONS (50), THREADS (2), DURATION (20s), WARMUP (5s); LATENCY_CONNECTIONS (4) for a
# second pass on the cached page where queueing on two cores does not dominate the latency.
# Needs wrk (apt-get install -y wrk). Only ever point it at addresses on this machine.
set -euo pipefail

BASE=${1:?usage: bench/tools/catalog-pages.sh BASE_URL [ITEM_CODE]}
BASE=${BASE%/}
CODE=${2:-410471-XK00101-001}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-5s}
LATENCY_CONNECTIONS=${LATENCY_CONNECTIONS:-4}

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
case "$BASE" in
  http://127.*|http://localhost*|http://\[::1\]*) ;;
  *) echo "refusing to load $BASE: benchmarks only target this machine" >&2; exit 1 ;;
esac

run() {
  local name=$1 path=$2; shift 2
  local connections=${RUN_CONNECTIONS:-$CONNECTIONS}
  curl -fsS -o /dev/null "$@" "$BASE$path" || { echo "$BASE$path does not answer 200" >&2; exit 1; }
  wrk -t"$THREADS" -c"$connections" -d"$WARMUP" "$@" "$BASE$path" >/dev/null
  local out
  out=$(wrk -t"$THREADS" -c"$connections" -d"$DURATION" --latency "$@" "$BASE$path")
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx or 3xx/ {print $5}' <<<"$out")
  printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "$connections" "$rps" "$p50" "$p99" "${errors:-0}"
}

echo "catalog pages at $BASE, item $CODE, $CONNECTIONS connections, $THREADS wrk threads, $DURATION"
echo
echo "| request | connections | requests/s | p50 | p99 | non-2xx/3xx |"
echo "|---|---|---|---|---|---|"
ETAG=$(curl -fsS -o /dev/null -D - -H 'Accept-Encoding: gzip' "$BASE/g/$CODE" | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')
run "guide page (cached), gzip" "/g/$CODE" -H "Accept-Encoding: gzip"
run "guide page, revalidation (304)" "/g/$CODE" -H "Accept-Encoding: gzip" -H "If-None-Match: $ETAG"
run "guide JSON, gzip" "/api/v1/items/$CODE/guide" -H "Accept-Encoding: gzip"
run "search 营业执照 (JSON)" "/api/v1/search?q=%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7" -H "Accept-Encoding: gzip"
RUN_CONNECTIONS=$LATENCY_CONNECTIONS run "guide page (cached), gzip" "/g/$CODE" -H "Accept-Encoding: gzip"
RUN_CONNECTIONS=$LATENCY_CONNECTIONS run "guide JSON, gzip" "/api/v1/items/$CODE/guide" -H "Accept-Encoding: gzip"
