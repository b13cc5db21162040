#!/usr/bin/env bash
# Load test of the public admin-unit search (GET /api/v1/admin-units?q=...) and detail, on loopback only.
#
#   bench/search-load.sh [h2|postgres]      (default h2; build first: ./mvnw -B -ntp -q -DskipTests package)
#
# Starts the jar on 127.0.0.1:$PORT with a fresh data directory (h2), or with the `postgres` profile on a
# fresh database ocop_bench in the local cluster (postgres: the cluster is started if it is down, and stopped
# again at the end if this script started it). Then:
#   1. checks that every path of bench/search-paths.txt answers 200;
#   2. waits (up to 10 min) for the 1-minute load average to fall below 1.0 and records it;
#   3. warms up with $WARMUP requests (bench/search_client.py, 4 connections);
#   4. measures with wrk for $DURATION seconds on $CONNECTIONS connections (bench/search.lua cycles through
#      the paths and prints p50/p90/p95/p99);
#   5. runs bench/search_client.py once sequentially (per-path latency, pure service time) and once with
#      4 connections (a bounded-count cross-check of wrk's percentiles).
# Output: stdout and target/bench/search-<db>.txt. Nothing is sent anywhere but 127.0.0.1.
#
# Env: PORT (18091), DURATION (30), CONNECTIONS (4), WRK_THREADS (1), WARMUP (6000), BENCH_MAX_LOAD (1.0),
#      PG_VERSION/PG_CLUSTER (15/main), EXTRA_JVM (JVM flags for the app), BENCH_WAIT (600: longest wait
#      for a quiet machine), BENCH_NICE (e.g. -10: run the app and the clients at a higher CPU priority).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

DB=${1:-h2}
PORT=${PORT:-18091}
JAR=${JAR:-target/ocop-hub.jar}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-4}
WRK_THREADS=${WRK_THREADS:-1}
WARMUP=${WARMUP:-6000}
PG_VERSION=${PG_VERSION:-15}
PG_CLUSTER=${PG_CLUSTER:-main}
BASE=http://127.0.0.1:$PORT
NICE=${BENCH_NICE:+nice -n $BENCH_NICE}
OUT=target/bench
mkdir -p "$OUT"
REPORT=$OUT/search-$DB.txt
LOG=$OUT/search-$DB-app.log
[ -f "$JAR" ] || { echo "no $JAR: build first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
port_free "$PORT" || { echo "port $PORT is taken" >&2; exit 1; }
[ "$DURATION" -le 600 ] || { echo "DURATION at most 600 s" >&2; exit 1; }

DATA=$(mktemp -d)
PG_STARTED=
cleanup() {
	stop_app
	rm -rf "$DATA"
	if [ "$DB" = postgres ]; then
		su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS ocop_bench'" || true
	fi
	if [ -n "$PG_STARTED" ]; then
		pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" stop || true
	fi
}
trap cleanup EXIT

APP_ARGS=()
case $DB in
	h2) ;;
	postgres)
		command -v pg_lsclusters >/dev/null || { echo "no PostgreSQL here" >&2; exit 1; }
		status=$(pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1 == v && $2 == c { print $4 }')
		if [ "$status" != online ]; then
			pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" start
			PG_STARTED=1
		fi
		for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
		su postgres -c "psql -q -v ON_ERROR_STOP=1" <<-'SQL'
			DO $$ BEGIN
			  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ocop') THEN CREATE ROLE ocop LOGIN PASSWORD 'ocop'; END IF;
			END $$;
			SELECT 'DROP DATABASE IF EXISTS ocop_bench' \gexec
			SELECT 'CREATE DATABASE ocop_bench OWNER ocop' \gexec
		SQL
		export OCOP_DB_URL=jdbc:postgresql://127.0.0.1:5432/ocop_bench OCOP_DB_USER=ocop OCOP_DB_PASSWORD=ocop
		APP_ARGS=(--spring.profiles.active=postgres)
		;;
	*) echo "usage: $0 [h2|postgres]" >&2; exit 2 ;;
esac

exec > >(tee "$REPORT") 2>&1
echo "# search load, db=$DB, $(date -u +%FT%TZ), nproc=$(nproc), $(java -version 2>&1 | head -1), nice=${BENCH_NICE:-0}"
# shellcheck disable=SC2086
start_app "$LOG" "$DATA" "$PORT" ${EXTRA_JVM:-} -- "${APP_ARGS[@]}"
if ! wait_started "$LOG" 300 || ! { sleep 2; kill -0 "$APP_PID" 2>/dev/null; }; then
	if [ "$DB" = postgres ] && grep -q 'column "APP_USER" of relation "app_user_role" does not exist' "$LOG"; then
		# Known defect (AppUser maps its roles with @MappedCollection(idColumn = "APP_USER"), quoted upper case,
		# which PostgreSQL does not fold): the first-administrator bootstrap fails on an empty PostgreSQL
		# database and the app exits after "Started". The map is loaded by then. To measure the search anyway,
		# mark that bootstrap as done in this throw-away database and start again.
		echo "## WARNING: the app exits on an empty PostgreSQL database (APP_USER column); working around it"
		stop_app
		su postgres -c "psql -q -d ocop_bench -c \"INSERT INTO data_load (name, loaded_at) VALUES ('identity.first-admin', now())\""
		mv "$LOG" "${LOG%.log}-failed.log"
		# shellcheck disable=SC2086
		start_app "$LOG" "$DATA" "$PORT" ${EXTRA_JVM:-} -- "${APP_ARGS[@]}"
		wait_started "$LOG" 300 && sleep 2 && kill -0 "$APP_PID" 2>/dev/null || { echo "the app did not start, see $LOG"; exit 1; }
		grep -o "Started OcopApplication in .*" "${LOG%.log}-failed.log" | sed 's/^/(first start, fresh database) /'
		grep -o "Loaded the administrative map .*" "${LOG%.log}-failed.log" | sed 's/^/(first start, fresh database) /' || true
	else
		echo "the app did not start, see $LOG"; exit 1
	fi
fi
grep -o "Started OcopApplication in .*" "$LOG"
grep -o "Loaded the administrative map .*" "$LOG" || true
if [ "$DB" = postgres ]; then
	# Autovacuum would analyze the freshly loaded tables within a minute or so; do it now so that the plans
	# do not change during the run.
	su postgres -c "psql -q -d ocop_bench -c 'ANALYZE'"
fi

echo "## sanity (one request per path: status, bytes, seconds, total)"
while read -r path; do
	case $path in /*) ;; *) continue ;; esac
	body=$(curl -s -o "$OUT/body.json" -w '%{http_code} %{size_download} %{time_total}' "$BASE$path")
	total=$(grep -o '"total[A-Za-z]*":[0-9]*' "$OUT/body.json" | head -1 || true)
	echo "$body ${total:-} $path"
	case $body in 200*) ;; *) echo "non-200 answer for $path"; exit 1 ;; esac
done <bench/search-paths.txt

echo "## load1 before the measurement: $(wait_quiet)"
echo "## warm-up: $WARMUP requests, 4 connections"
$NICE python3 bench/search_client.py --base "$BASE" --requests "$WARMUP" --concurrency 4 --quiet

echo "## wrk: ${DURATION}s, $CONNECTIONS connections, $WRK_THREADS thread(s)"
timeout $((DURATION + 30)) $NICE wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency \
	-s bench/search.lua "$BASE"
echo "## load1 right after wrk (includes the app and wrk themselves): $(load1)"

echo "## per path, sequential (1 connection, 100 requests per path)"
n=$(grep -c '^/' bench/search-paths.txt)
$NICE python3 bench/search_client.py --base "$BASE" --requests $((n * 100)) --concurrency 1 --per-path
echo "## bounded-count cross-check: $((n * 300)) requests, 4 connections"
$NICE python3 bench/search_client.py --base "$BASE" --requests $((n * 300)) --concurrency 4 --per-path
echo "## load1 at the end: $(load1)"
