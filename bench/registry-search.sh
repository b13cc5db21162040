#!/usr/bin/env bash
# Search over the producer and product registries on PostgreSQL, through the REST API (HTTP Basic).
#
#   bench/registry-search.sh            (build first: ./mvnw -q -o -DskipTests package)
#
# 1. starts PostgreSQL 15/main if it is down, (re)creates database ocop_bench owned by role ocop_bench;
# 2. starts target/ocop-hub.jar with the postgres profile and the demo accounts (admin / demo@OCOP2026,
#    country-wide) on 127.0.0.1:$PORT;
# 3. loads $PRODUCERS producers and $PRODUCTS products (bench/registry-data.py) through
#    POST /api/v1/imports/{producers,products}, in files of $CHUNK rows, each one a dry run then a commit,
#    timed with curl -w (the import timings go to the report too);
# 4. VACUUM ANALYZE, one request per search path (status, time, number of matches), waits for a quiet
#    machine, warms up, then wrk ($DURATION s) at each of $LEVELS connections and bench/registry_client.py
#    per query group at 1 connection (QUERIES requests) and 4 connections (2.5 x QUERIES);
# 5. the cost of HTTP Basic alone: GET /api/v1/admin-units/18133 (public) without and with credentials.
# Output: target/bench/registry-search.txt (+ app log). With KEEP=1 the app and the database stay up for
# follow-up work (EXPLAIN, bench/registry-import.sh); otherwise the app is stopped and the database dropped
# at the end (unless SKIP_LOAD reused it).
#
# Env: PORT (18092), PRODUCERS (20000), PRODUCTS (50000), CHUNK (10000), DURATION (30), LEVELS ("1 4 8 16"),
#      WARMUP (3000), QUERIES (600), BENCH_MAX_LOAD (1.0), BENCH_WAIT (600), EXTRA_JVM, EXTRA_ARGS, KEEP,
#      BENCH_NICE (e.g. -10: run the app and the clients at a higher CPU priority on a busy machine),
#      SKIP_LOAD=1 (reuse the database as it is: no re-creation, no import, not dropped at the end),
#      LOAD_ONLY=1 (stop after loading; the database is kept).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

PORT=${PORT:-18092}
JAR=${JAR:-target/ocop-hub.jar}
PRODUCERS=${PRODUCERS:-20000}
PRODUCTS=${PRODUCTS:-50000}
CHUNK=${CHUNK:-10000}
DURATION=${DURATION:-30}
LEVELS=${LEVELS:-1 4 8 16}
WARMUP=${WARMUP:-3000}
QUERIES=${QUERIES:-600}
BASE=http://127.0.0.1:$PORT
NICE=${BENCH_NICE:+nice -n $BENCH_NICE}
AUTH=admin:demo@OCOP2026
OUT=target/bench
WORK=$OUT/registry
mkdir -p "$WORK"
REPORT=$OUT/registry-search.txt
LOG=$OUT/registry-search-app.log
[ -f "$JAR" ] || { echo "no $JAR: build first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
port_free "$PORT" || { echo "port $PORT is taken" >&2; exit 1; }

PG_STARTED=
cleanup() {
	if [ -n "${KEEP:-}" ]; then
		echo "## KEEP: app pid $APP_PID on $BASE, database ocop_bench left as is"
		return
	fi
	stop_app
	# A run that reused the database (SKIP_LOAD) leaves it; a run that loaded it drops it.
	[ -n "${SKIP_LOAD:-}" ] || psql_db postgres -c 'DROP DATABASE IF EXISTS ocop_bench' || true
	[ -z "$PG_STARTED" ] || pg_ctlcluster --skip-systemctl-redirect 15 main stop || true
}
trap cleanup EXIT

exec > >(tee "$REPORT") 2>&1
echo "# registry search, $(date -u +%FT%TZ), nproc=$(nproc), $(java -version 2>&1 | head -1), $(psql --version)"
echo "# nice=${BENCH_NICE:-0} jar=$JAR extra_jvm=${EXTRA_JVM:-} extra_args=${EXTRA_ARGS:-}"
echo "# commit $(git rev-parse --short HEAD), producers=$PRODUCERS products=$PRODUCTS chunk=$CHUNK, load1=$(load1)"
pg_up
if [ -n "${SKIP_LOAD:-}" ]; then
	pg_use_db ocop_bench ocop_bench ocop_bench
else
	pg_fresh_db ocop_bench ocop_bench ocop_bench
fi
# shellcheck disable=SC2086
start_app "$LOG" "$(mktemp -d)" "$PORT" ${EXTRA_JVM:-} -- --spring.profiles.active=postgres --ocop.demo.enabled=true \
	--server.address=127.0.0.1 ${EXTRA_ARGS:-}
wait_started "$LOG" 300 && sleep 2 && kill -0 "$APP_PID" || { echo "the app did not start, see $LOG"; exit 1; }
grep -o "Started OcopApplication in .*" "$LOG"

# import FILE KIND DRYRUN: one import through the API; prints the HTTP status, seconds and the outcome.
import() {
	local file=$1 kind=$2 dry=$3 res
	res=$(curl -s -u "$AUTH" -o "$WORK/import.json" -w '%{http_code} %{time_total}' \
		-F "file=@$file" "$BASE/api/v1/imports/$kind?dryRun=$dry")
	printf 'IMPORT %-9s dryRun=%-5s %s bytes=%s status/seconds=%s outcome=%s\n' "$kind" "$dry" "$(basename "$file")" \
		"$(stat -c %s "$file")" "$res" "$(head -c 300 "$WORK/import.json")"
	case $res in 200*) ;; *) echo "import failed"; exit 1 ;; esac
	grep -q '"errorCount":0' "$WORK/import.json" || { echo "import has row errors"; exit 1; }
}

if [ -z "${SKIP_LOAD:-}" ]; then
	echo "## loading $PRODUCERS producers and $PRODUCTS products through the import API ($CHUNK rows per file)"
	for ((s = 0; s < PRODUCERS; s += CHUNK)); do
		n=$((PRODUCERS - s < CHUNK ? PRODUCERS - s : CHUNK))
		python3 bench/registry-data.py producers --start "$s" --count "$n" --out "$WORK/producers-$s.xlsx"
		import "$WORK/producers-$s.xlsx" producers true
		import "$WORK/producers-$s.xlsx" producers false
	done
	for ((s = 0; s < PRODUCTS; s += CHUNK)); do
		n=$((PRODUCTS - s < CHUNK ? PRODUCTS - s : CHUNK))
		python3 bench/registry-data.py products --producers "$PRODUCERS" --start "$s" --count "$n" --out "$WORK/products-$s.xlsx"
		import "$WORK/products-$s.xlsx" products true
		import "$WORK/products-$s.xlsx" products false
	done
fi
psql_db ocop_bench -c 'VACUUM ANALYZE'
psql_db ocop_bench -At -c "SELECT 'rows: producer=' || (SELECT COUNT(*) FROM producer) || ' product=' || (SELECT COUNT(*) FROM product) || ' audit_event=' || (SELECT COUNT(*) FROM audit_event)"
if [ -n "${LOAD_ONLY:-}" ]; then
	KEEP=1
	stop_app
	echo "## LOAD_ONLY: app stopped, database ocop_bench loaded and kept"
	exit 0
fi

PATHS=$WORK/paths.txt
python3 bench/registry-data.py queries --producers "$PRODUCERS" --products "$PRODUCTS" --count "$QUERIES" --out "$PATHS"
echo "## sanity: one request per path (first call, cold), matches per query"
python3 bench/registry_client.py --base "$BASE" --paths "$PATHS" --sanity "$WORK/sanity.tsv"
awk -F'\t' 'NR > 1 { g[$5]++; t[$5] += $3 } END { for (k in g) printf "  %-22s paths=%4d mean matches=%7.0f\n", k, g[k], t[k] / g[k] }' "$WORK/sanity.tsv" | sort

echo "## load1 before the measurement: $(wait_quiet)"
echo "## warm-up: $WARMUP requests, 4 connections"
$NICE python3 bench/registry_client.py --base "$BASE" --paths "$PATHS" --requests "$WARMUP" --concurrency 4 --quiet
for c in $LEVELS; do
	echo "## wrk: ${DURATION}s, $c connection(s), load1 before $(load1)"
	PATHS=$PATHS timeout $((DURATION + 60)) $NICE wrk -t1 -c"$c" -d"${DURATION}s" --timeout 20s -s bench/registry-search.lua "$BASE" | grep RESULT
done
for c in 1 4; do
	echo "## per group: $((QUERIES * c / 2 + QUERIES / 2)) requests, $c connection(s), load1 before $(load1)"
	$NICE python3 bench/registry_client.py --base "$BASE" --paths "$PATHS" --requests $((QUERIES * c / 2 + QUERIES / 2)) --concurrency "$c"
done

echo "## cost of HTTP Basic alone: GET /api/v1/admin-units/18133 (public), 1 connection, 300 requests each"
printf 'anon\t/api/v1/admin-units/18133\n' >"$WORK/auth-probe.txt"
$NICE python3 bench/registry_client.py --base "$BASE" --paths "$WORK/auth-probe.txt" --requests 300 --concurrency 1 --no-auth
$NICE python3 bench/registry_client.py --base "$BASE" --paths "$WORK/auth-probe.txt" --requests 300 --concurrency 1
echo "## load1 at the end: $(load1)"
