#!/usr/bin/env bash
# Starts the whole system on one machine: a real Kafka broker (KRaft), the MongoDB-wire server,
# catalog-service, qr-service, notification-service and the gateway. Builds what is missing, waits
# until every part is ready, prints where to look and stays in the foreground. Ctrl-C (SIGINT) or
# SIGTERM stops everything it started. Once running it supervises: a part that exits is restarted.
#
# Settings (environment variables; defaults work on one machine):
#   DATA_DIR                 where all data, keys and logs live            (.data)
#   GATEWAY_PORT CATALOG_PORT QR_PORT NOTIFICATION_PORT                      (8080 8081 8082 8083)
#   KAFKA_PORT KAFKA_CONTROLLER_PORT MONGO_PORT                              (9092 9093 27017)
#   BIND_ADDRESS             address catalog, qr and notification listen on (127.0.0.1: reachable
#                            only through the gateway; the broker and the store always use 127.0.0.1)
#   GATEWAY_BIND_ADDRESS     address the gateway, the only public port, listens on (0.0.0.0)
#   ADMIN_USERNAME ADMIN_PASSWORD  bootstrap admin; without a password one is generated on first
#                            start, kept in $DATA_DIR/admin-password and printed
#   PUBLIC_BASE_URL          the address printed in QR codes               (http://localhost:$GATEWAY_PORT)
#   SERVICE_JAVA_OPTS        JVM options for each service                  (-Xmx512m -XX:+UseSerialGC ...)
#   BUILD                    auto (build when a jar is missing or sources changed), always, never
#   READY_TIMEOUT            seconds to wait for everything to be ready    (300)
#   RESTART_ATTEMPTS         restarts in a row of a part that keeps exiting before giving up on it (5)
#   RESTART_MAX_DELAY        longest back-off between restarts, seconds    (60)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$ROOT"

DATA_DIR=$(mkdir -p "${DATA_DIR:-$ROOT/.data}" && cd "${DATA_DIR:-$ROOT/.data}" && pwd)
export DATA_DIR
GATEWAY_PORT=${GATEWAY_PORT:-8080}
CATALOG_PORT=${CATALOG_PORT:-8081}
QR_PORT=${QR_PORT:-8082}
NOTIFICATION_PORT=${NOTIFICATION_PORT:-8083}
KAFKA_PORT=${KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
MONGO_PORT=${MONGO_PORT:-27017}
BIND_ADDRESS=${BIND_ADDRESS:-127.0.0.1}
GATEWAY_BIND_ADDRESS=${GATEWAY_BIND_ADDRESS:-0.0.0.0}
ADMIN_USERNAME=${ADMIN_USERNAME:-admin}
PUBLIC_BASE_URL=${PUBLIC_BASE_URL:-http://localhost:$GATEWAY_PORT}
SERVICE_JAVA_OPTS=${SERVICE_JAVA_OPTS:--Xms64m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k}
BUILD=${BUILD:-auto}
READY_TIMEOUT=${READY_TIMEOUT:-300}
RESTART_ATTEMPTS=${RESTART_ATTEMPTS:-5}
RESTART_MAX_DELAY=${RESTART_MAX_DELAY:-60}
export GATEWAY_PORT CATALOG_PORT QR_PORT NOTIFICATION_PORT KAFKA_PORT KAFKA_CONTROLLER_PORT MONGO_PORT PUBLIC_BASE_URL

LOG_DIR="$DATA_DIR/logs"
mkdir -p "$LOG_DIR" "$DATA_DIR/keys" "$DATA_DIR/pids"
SERVICES=(catalog-service qr-service notification-service gateway)
declare -A PIDS=()
STOPPING=0

say() { printf '[run] %s\n' "$*"; }

# ---------------------------------------------------------------- stop everything we started
stop_all() {
	[ "$STOPPING" = 1 ] && return
	STOPPING=1
	trap - INT TERM
	say "stopping..."
	local order=(gateway notification-service qr-service catalog-service kafka mongo)
	for name in "${order[@]}"; do
		local pid=${PIDS[$name]:-}
		[ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null || true
		# Stop the services before the broker and the store so they shut down cleanly.
		if [ "$name" = catalog-service ]; then wait_gone 30 gateway notification-service qr-service catalog-service; fi
	done
	wait_gone 30 kafka mongo
	for name in "${!PIDS[@]}"; do
		local pid=${PIDS[$name]}
		if kill -0 "$pid" 2>/dev/null; then
			say "$name did not stop in time; killing it"
			kill -KILL "$pid" 2>/dev/null || true
		fi
	done
	wait 2>/dev/null || true
	say "stopped; data kept in $DATA_DIR"
}

wait_gone() {
	local seconds=$1; shift
	local deadline=$((SECONDS + seconds))
	for name in "$@"; do
		local pid=${PIDS[$name]:-}
		[ -z "$pid" ] && continue
		while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.2; done
	done
}

on_signal() {
	stop_all
	exit 130
}
trap on_signal INT TERM
trap stop_all EXIT
# If whoever reads our output goes away, keep going (and still stop everything) instead of dying.
trap '' PIPE

# ---------------------------------------------------------------- preconditions
# Where run.sh itself reaches a service: its bind address, or loopback when it listens on every interface.
local_host() {
	case "$1" in
		0.0.0.0 | :: | '') echo 127.0.0.1 ;;
		*:*) echo "[$1]" ;;
		*) echo "$1" ;;
	esac
}
SERVICE_HOST=$(local_host "$BIND_ADDRESS")
GATEWAY_HOST=$(local_host "$GATEWAY_BIND_ADDRESS")
for port_var in GATEWAY_PORT CATALOG_PORT QR_PORT NOTIFICATION_PORT KAFKA_PORT KAFKA_CONTROLLER_PORT MONGO_PORT; do
	port=${!port_var}
	if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
		say "port $port ($port_var) is already in use: stop what uses it or set $port_var to another port"
		exit 1
	fi
done
command -v java >/dev/null || { say "java (17 or newer) is required"; exit 1; }
command -v curl >/dev/null || { say "curl is required"; exit 1; }

# ---------------------------------------------------------------- build what is missing
jar_of() { ls "$ROOT/$1"/target/"$1"-*.jar 2>/dev/null | grep -v -- '-plain.jar$' | head -n 1; }
needs_build() {
	[ -f "$ROOT/local-infra/target/lib/.complete" ] || return 0
	for svc in "${SERVICES[@]}"; do
		local jar
		jar=$(jar_of "$svc")
		[ -n "$jar" ] || return 0
		if [ "$BUILD" = auto ] && [ -n "$(find "$ROOT/$svc/src/main" "$ROOT/contracts/src/main" "$ROOT/platform/src/main" -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
			return 0
		fi
	done
	return 1
}
if [ "$BUILD" = always ] || { [ "$BUILD" != never ] && needs_build; }; then
	say "building (./mvnw package, tests skipped; the first build downloads dependencies)..."
	"$ROOT/mvnw" -B -q -DskipTests -pl contracts,local-infra,catalog-service,qr-service,notification-service,gateway -am package
	touch "$ROOT/local-infra/target/lib/.complete"
fi
for svc in "${SERVICES[@]}"; do
	[ -n "$(jar_of "$svc")" ] || { say "$svc jar is missing (BUILD=$BUILD)"; exit 1; }
done

# ---------------------------------------------------------------- keys and the bootstrap admin
if [ ! -f "$DATA_DIR/keys/jwt-private.pem" ]; then
	command -v openssl >/dev/null || { say "openssl is required to create the token signing key"; exit 1; }
	say "creating the token signing key pair in $DATA_DIR/keys"
	(umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$DATA_DIR/keys/jwt-private.pem" 2>/dev/null)
	openssl pkey -in "$DATA_DIR/keys/jwt-private.pem" -pubout -out "$DATA_DIR/keys/jwt-public.pem" 2>/dev/null
fi
if [ -z "${ADMIN_PASSWORD:-}" ]; then
	if [ ! -f "$DATA_DIR/admin-password" ]; then
		(umask 077 && openssl rand -base64 18 | tr -d '/+=' > "$DATA_DIR/admin-password")
	fi
	ADMIN_PASSWORD=$(cat "$DATA_DIR/admin-password")
	PASSWORD_NOTE="(generated; kept in $DATA_DIR/admin-password)"
else
	PASSWORD_NOTE="(from ADMIN_PASSWORD)"
fi
# The gateway enforces the full password policy at start; catch the commonest mistake here, early.
if [ "${#ADMIN_PASSWORD}" -lt 12 ]; then
	say "ADMIN_PASSWORD must be at least 12 characters (and not the user name, not a common password): the gateway would refuse to start"
	exit 1
fi
export ADMIN_USERNAME ADMIN_PASSWORD

# ---------------------------------------------------------------- start
wait_port() {
	local name=$1 port=$2 deadline=$((SECONDS + $3))
	until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
		kill -0 "${PIDS[$name]}" 2>/dev/null || { say "$name exited; see $LOG_DIR/$name.log"; tail -n 30 "$LOG_DIR/$name.log" >&2; exit 1; }
		[ $SECONDS -lt $deadline ] || { say "$name did not open port $port in time; see $LOG_DIR/$name.log"; exit 1; }
		sleep 0.3
	done
}

INFRA_CP="$ROOT/local-infra/target/lib/*:$(ls "$ROOT"/local-infra/target/local-infra-*.jar | head -n 1)"
# Each part is started by launch NAME, at first and again by the supervisor below. A restart appends
# to the part's log, so the lines before a crash stay readable.
launch() {
	local name=$1 log="$LOG_DIR/$1.log"
	if [ -n "${STARTS[$name]:-}" ]; then
		printf '\n---- run.sh: restart %s at %s\n' "${STARTS[$name]}" "$(date -u +%FT%TZ)" >>"$log"
	else
		: >"$log"
	fi
	STARTS[$name]=$(( ${STARTS[$name]:-0} + 1 ))
	case $name in
	kafka) java -Xmx512m -XX:TieredStopAtLevel=1 -cp "$INFRA_CP" gov.maservice.localinfra.KafkaBroker >>"$log" 2>&1 & ;;
	mongo) java -Xmx512m -cp "$INFRA_CP" gov.maservice.localinfra.MongoWireServer >>"$log" 2>&1 & ;;
	catalog-service) start_service catalog-service catalog ;;
	qr-service) start_service qr-service qr ;;
	notification-service) start_service notification-service notification ;;
	gateway)
		start_service gateway gateway \
			"SERVER_ADDRESS=$GATEWAY_BIND_ADDRESS" \
			"JWT_PRIVATE_KEY_LOCATION=file:$DATA_DIR/keys/jwt-private.pem" \
			"CATALOG_URL=http://$SERVICE_HOST:$CATALOG_PORT" "QR_URL=http://$SERVICE_HOST:$QR_PORT" \
			"NOTIFICATION_URL=http://$SERVICE_HOST:$NOTIFICATION_PORT" ;;
	esac
	PIDS[$name]=$!
	HEALTHY[$name]=""
	echo "${PIDS[$name]}" >"$DATA_DIR/pids/$name.pid"
}
declare -A STARTS=() HEALTHY=()
COMMON_ENV=(
	"KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT"
	"SPRING_PROFILES_ACTIVE=mongo-wire"
	"JWT_PUBLIC_KEY_LOCATION=file:$DATA_DIR/keys/jwt-public.pem"
	"PUBLIC_BASE_URL=$PUBLIC_BASE_URL"
)
start_service() {
	local svc=$1 db=$2; shift 2
	# SERVER_ADDRESS is Spring Boot's server.address; a later SERVER_ADDRESS in "$@" wins (the gateway's).
	# shellcheck disable=SC2086
	env "${COMMON_ENV[@]}" "MONGODB_URI=mongodb://127.0.0.1:$MONGO_PORT/$db" "SERVER_ADDRESS=$BIND_ADDRESS" "$@" \
		java $SERVICE_JAVA_OPTS -jar "$(jar_of "$svc")" >>"$LOG_DIR/$svc.log" 2>&1 &
}

say "starting Kafka broker (127.0.0.1:$KAFKA_PORT) and MongoDB-wire server (127.0.0.1:$MONGO_PORT); data in $DATA_DIR"
launch kafka
launch mongo
wait_port mongo "$MONGO_PORT" 60
wait_port kafka "$KAFKA_PORT" 120

say "starting catalog-service, qr-service, notification-service and gateway (logs in $LOG_DIR)"
for svc in "${SERVICES[@]}"; do launch "$svc"; done

declare -A PORT_OF=([catalog-service]=$CATALOG_PORT [qr-service]=$QR_PORT [notification-service]=$NOTIFICATION_PORT [gateway]=$GATEWAY_PORT)
declare -A HOST_OF=([catalog-service]=$SERVICE_HOST [qr-service]=$SERVICE_HOST [notification-service]=$SERVICE_HOST [gateway]=$GATEWAY_HOST)
deadline=$((SECONDS + READY_TIMEOUT))
pending=("${SERVICES[@]}")
while [ ${#pending[@]} -gt 0 ]; do
	still=()
	for svc in "${pending[@]}"; do
		if ! kill -0 "${PIDS[$svc]}" 2>/dev/null; then
			say "$svc exited during start-up; last lines of $LOG_DIR/$svc.log:"
			tail -n 40 "$LOG_DIR/$svc.log" >&2
			exit 1
		fi
		if curl -fsS -o /dev/null "http://${HOST_OF[$svc]}:${PORT_OF[$svc]}/actuator/health/readiness" 2>/dev/null; then
			say "$svc is ready on port ${PORT_OF[$svc]}"
		else
			still+=("$svc")
		fi
	done
	pending=("${still[@]+"${still[@]}"}")
	if [ ${#pending[@]} -gt 0 ]; then
		[ $SECONDS -lt $deadline ] || { say "not ready after ${READY_TIMEOUT}s: ${pending[*]} (see $LOG_DIR)"; exit 1; }
		sleep 1
	fi
done

GW_HOST=localhost
[ "$GATEWAY_HOST" = 127.0.0.1 ] || GW_HOST=$GATEWAY_HOST
GW="http://$GW_HOST:$GATEWAY_PORT"
SAMPLE_ITEM=$(curl -fsS "$GW/api/v1/items?size=1&status=PUBLISHED" 2>/dev/null | grep -o '"code" *: *"[^"]*"' | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/' || true)
SAMPLE_LOCALITY=$(curl -fsS "$GW/api/v1/localities" 2>/dev/null | grep -o '"code" *: *"[^"]*"' | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/' || true)

cat <<EOF

  码上服务 is running.                      (Ctrl-C stops everything)

  Gateway (the only address users need)  $GW
  Citizen home page and search           $GW/
  Sample guide page                      $GW/g/${SAMPLE_ITEM:-<itemCode>}
  Sample locality page                   $GW/l/${SAMPLE_LOCALITY:-<localityCode>}
  Board page (an LED board in a browser) $GW/board
  Swagger UI (whole API)                 $GW/swagger-ui.html
  Health                                 $GW/actuator/health

  Admin: $ADMIN_USERNAME / $ADMIN_PASSWORD $PASSWORD_NOTE
    curl -s -X POST $GW/api/v1/auth/token -H 'Content-Type: application/json' \\
         -d '{"username":"$ADMIN_USERNAME","password":"<password>"}'

  Services (internal, on $BIND_ADDRESS): catalog :$CATALOG_PORT  qr :$QR_PORT  notification :$NOTIFICATION_PORT
  Kafka 127.0.0.1:$KAFKA_PORT   MongoDB-wire 127.0.0.1:$MONGO_PORT   data and logs: $DATA_DIR

EOF
say "READY"

# ---------------------------------------------------------------- stay in the foreground, as a supervisor
# A part that exits is restarted after a back-off (1 s, doubling up to RESTART_MAX_DELAY), the same
# policy docker-compose applies with its restart setting; its last log lines are printed. A part
# counts as healthy again once it is ready (services: readiness check; broker and store: port open).
# After RESTART_ATTEMPTS failed starts in a row run.sh gives up on that part with a message and keeps
# the rest serving.
declare -A FAILS=() NEXT_START=() GAVE_UP=()
is_ready() {
	case $1 in
	mongo) (exec 3<>"/dev/tcp/127.0.0.1/$MONGO_PORT") 2>/dev/null ;;
	kafka) (exec 3<>"/dev/tcp/127.0.0.1/$KAFKA_PORT") 2>/dev/null ;;
	*) curl -fsS -m 2 -o /dev/null "http://${HOST_OF[$1]}:${PORT_OF[$1]}/actuator/health/readiness" 2>/dev/null ;;
	esac
}
PARTS=(mongo kafka "${SERVICES[@]}")
while true; do
	for name in "${PARTS[@]}"; do
		[ -n "${GAVE_UP[$name]:-}" ] && continue
		pid=${PIDS[$name]:-}
		if [ -n "$pid" ]; then
			if kill -0 "$pid" 2>/dev/null; then
				if [ -z "${HEALTHY[$name]}" ] && is_ready "$name"; then
					HEALTHY[$name]=1
					[ "${FAILS[$name]:-0}" -gt 0 ] && say "$name is ready again"
					FAILS[$name]=0
				fi
				continue
			fi
			code=0
			wait "$pid" 2>/dev/null || code=$?
			PIDS[$name]=""
			FAILS[$name]=$(( ${FAILS[$name]:-0} + 1 ))
			say "$name exited (code $code); last lines of $LOG_DIR/$name.log:"
			tail -n 20 "$LOG_DIR/$name.log" >&2 || true
			if [ "${FAILS[$name]}" -gt "$RESTART_ATTEMPTS" ]; then
				GAVE_UP[$name]=1
				say "GAVE UP on $name after $RESTART_ATTEMPTS restarts in a row; the rest keeps serving. Fix the cause (see $LOG_DIR/$name.log), then restart run.sh"
				continue
			fi
			delay=$(( 1 << (FAILS[$name] - 1) ))
			[ "$delay" -gt "$RESTART_MAX_DELAY" ] && delay=$RESTART_MAX_DELAY
			NEXT_START[$name]=$((SECONDS + delay))
			say "restarting $name in ${delay}s (restart ${FAILS[$name]} of at most $RESTART_ATTEMPTS in a row)"
		elif [ "$SECONDS" -ge "${NEXT_START[$name]:-0}" ]; then
			launch "$name"
			say "$name restarted (pid ${PIDS[$name]})"
		fi
	done
	sleep 1 &
	wait $! 2>/dev/null || true
done
