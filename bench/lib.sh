#!/usr/bin/env bash
# Shared by every bench/<name>.sh: one build of the reactor, class paths per module, the machine
# description, loopback-only checks and the Markdown helpers. Source it; do not run it.
#
# Settings every benchmark honours:
#   BENCH_QUICK=1       a short smoke run (seconds) that checks the script, not the numbers
#   BENCH_SKIP_BUILD=1  use the jars and class paths of the last build (bench/run-all.sh builds once)

BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_QUICK=${BENCH_QUICK:-0}

bench_log() { echo "[bench] $*" >&2; }

bench_fail() { echo "[bench] $*" >&2; exit 1; }

# Builds every module once (jars, test classes) and writes target/bench.classpath in each module:
# the module's runtime and test dependencies, with the reactor's own modules as their built jars.
bench_build() {
	if [ "${BENCH_SKIP_BUILD:-0}" = 1 ] && [ -f "$BENCH_ROOT/catalog-service/target/bench.classpath" ]; then
		return 0
	fi
	bench_log "building (./mvnw -DskipTests package)"
	(cd "$BENCH_ROOT" && ./mvnw -q -B -DskipTests -Dspring-javaformat.skip=true package dependency:build-classpath \
		-Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >&2) || bench_fail "build failed"
	export BENCH_SKIP_BUILD=1
}

# The class path to run a module's benchmark or main class: test classes, classes, dependencies.
bench_classpath() {
	local module=$1
	echo "$BENCH_ROOT/$module/target/test-classes:$BENCH_ROOT/$module/target/classes:$(cat "$BENCH_ROOT/$module/target/bench.classpath")"
}

# The service's executable jar.
bench_jar() {
	local module=$1
	ls "$BENCH_ROOT/$module/target/$module"-*.jar 2>/dev/null | grep -v -e sources -e original | head -1
}

# Makes sure the tools are there; on a fresh Debian machine, as root, installs the missing ones.
bench_need() {
	local tool missing=()
	for tool in "$@"; do
		command -v "$tool" >/dev/null || missing+=("$tool")
	done
	[ ${#missing[@]} -gt 0 ] || return 0
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		bench_log "installing ${missing[*]}"
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2 \
			|| { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2; } \
			|| bench_fail "could not install ${missing[*]}"
	else
		bench_fail "missing: ${missing[*]} (apt-get install -y ${missing[*]})"
	fi
}

# Refuses any URL that is not on this machine: load only ever goes to loopback.
bench_loopback_only() {
	case "$1" in
		http://127.*|http://localhost[:/]*|http://localhost|http://\[::1\]*) ;;
		*) bench_fail "refusing to load $1: benchmarks only target this machine (127.0.0.0/8, ::1)" ;;
	esac
}

bench_free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
		|| echo $((20000 + RANDOM % 20000))
}

# Waits until URL answers 2xx (at most $2 seconds, default 180).
bench_wait_for() {
	local url=$1 limit=${2:-180} waited=0
	until curl -fsS -o /dev/null "$url" 2>/dev/null; do
		sleep 1
		waited=$((waited + 1))
		[ "$waited" -lt "$limit" ] || bench_fail "$url did not answer within ${limit}s"
	done
}

# One Markdown line describing the machine, for the top of every result.
bench_machine() {
	local cpu mem jdk
	cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || echo unknown)
	mem=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo "?")
	jdk=$(java -version 2>&1 | head -1 | sed 's/"//g')
	echo "$(nproc) cores ($cpu), $mem RAM, $jdk, $(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

# The median of the numbers given as arguments.
bench_median() {
	printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Runs wrk and prints "requests/s p50_ms p99_ms" (wrk --latency output, converted to ms).
bench_wrk() {
	local connections=$1 duration=$2 url=$3
	shift 3
	bench_loopback_only "$url"
	wrk -t2 -c"$connections" -d"$duration" --latency "$@" "$url" | awk '
		function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
		/^Requests\/sec/ { rps = $2 }
		/^ +50%/ { p50 = ms($2) }
		/^ +99%/ { p99 = ms($2) }
		/Non-2xx or 3xx/ { bad = $NF }
		END { if (bad > 0) { print "wrk saw " bad " non-2xx/3xx answers" > "/dev/stderr"; exit 1 }
		      printf "%.0f %.2f %.2f\n", rps, p50, p99 }'
}
