#!/usr/bin/env bash
# QR rendering without Spring, store or broker: PNG and SVG images/s on one thread (cold: every
# image a new token), posters, the bulk export of every poster. Prints a Markdown section.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$BENCH_ROOT"
bench_build
FONT=/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc
[ -f "$FONT" ] || bench_fail "the Chinese font is missing: apt-get install -y fonts-wqy-zenhei"
SECONDS_PER_LINE=5 ROUNDS=3
[ "$BENCH_QUICK" = 1 ] && SECONDS_PER_LINE=0.5 ROUNDS=1
cat <<MD
## QR rendering

What: the service's own encoder, PNG/SVG writers and poster renderer, on data shaped like the
district (1009 items, 25 departments, 32 localities), one thread. Goals: ≥ 2,000 PNG 256 px/s and
≥ 2,000 SVG/s, one department poster < 1 s. Method: each line ${SECONDS_PER_LINE} s after 40 % of
that as warm-up, ${ROUNDS} rounds, the median round reported next to every run. Source:
\`qr-service/src/test/java/gov/maservice/qr/bench/QrBenchmark.java\`.

MD
java -Xmx1g -Dbench.seconds="$SECONDS_PER_LINE" -Dbench.rounds="$ROUNDS" -Dqr.font-path="$FONT" \
	-cp "$(bench_classpath qr-service)" gov.maservice.qr.bench.QrBenchmark
