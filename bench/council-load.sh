#!/usr/bin/env bash
# Council benchmarks (issue 5): the results of a round of 300 dossiers with 9 scoring members each, and a member's
# score sheet, over HTTP on loopback.
#
#   bench/council-load.sh [h2|postgres]      (build first: ./mvnw -B -ntp -q -DskipTests package)
#
# 1. starts the jar on a fresh database (H2 in a temporary directory, or PostgreSQL database $PG_DB owned by
#    role ocop, dropped and re-created) with the demo data and --ocop.bench.council-round=true, and waits for
#    "Bench council round ready" (CouncilBenchData: 300 products filed, forwarded, assigned to one council of nine
#    scoring seats and a secretary, 3,000 declarations, about 2,690 submitted sheets, through the services);
# 2. checks that GET /api/v1/rounds/{id}/results answers every dossier to the office (vanphong.hatinh, HTTP Basic);
# 3. waits for a quiet machine, then times the results: $SEQ sequential requests (curl time_total), then wrk
#    $DURATION s at each of $LEVELS connections (bench/council-results.lua);
# 4. the score-sheet page GET /councils/{c}/dossiers/{d}/sheet, signed in through the login form as
#    hoidong.hatinh (a session cookie), over every dossier he scores (from the results API as him): $SEQ
#    sequential requests, then wrk at each of $LEVELS connections (bench/council-sheet.lua). While the page is
#    not in the build (404) this step is skipped with a note;
# 5. stops the app and times the same calls in the service, on the same database, with the harness
#    src/test/java/vn/ocophub/evaluation/bench/CouncilBench.java (HARNESS=0 skips it).
# Output: stdout and target/bench/council-<db>.txt; app log target/bench/council-<db>-app.log.
#
# Env: PORT (18093), DOSSIERS (300), SEQ (20), DURATION (30), LEVELS ("1 2"), PG_DB (ocop_bench_council),
#      HARNESS (1), KEEP=1 (leave the app running and the database in place), EXTRA_JVM, BENCH_MAX_LOAD (1.0), BENCH_WAIT (600).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

DB_KIND=${1:-h2}
PORT=${PORT:-18093}
JAR=${JAR:-target/ocop-hub.jar}
DOSSIERS=${DOSSIERS:-300}
SEQ=${SEQ:-20}
DURATION=${DURATION:-30}
LEVELS=${LEVELS:-1 2}
PG_DB=${PG_DB:-ocop_bench_council}
BASE=http://127.0.0.1:$PORT
PASSWORD=demo@OCOP2026
OUT=target/bench
mkdir -p "$OUT"
REPORT=$OUT/council-$DB_KIND.txt
LOG=$OUT/council-$DB_KIND-app.log
[ -f "$JAR" ] || { echo "no $JAR: build first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
port_free "$PORT" || { echo "port $PORT is taken" >&2; exit 1; }

DATA=$(mktemp -d)
cleanup() {
	if [ -n "${KEEP:-}" ]; then
		echo "## KEEP: app pid $APP_PID on $BASE (data $DATA${OCOP_DB_URL:+, $OCOP_DB_URL})"
		return
	fi
	stop_app
	rm -rf "$DATA"
}
trap cleanup EXIT

exec > >(tee "$REPORT") 2>&1
echo "# council load, $DB_KIND, $(date -u +%FT%TZ), nproc=$(nproc), $(java -version 2>&1 | head -1)"
APP_ARGS=(--ocop.demo.enabled=true --ocop.bench.council-round=true --ocop.bench.dossiers="$DOSSIERS")
if [ "$DB_KIND" = postgres ]; then
	pg_up
	pg_fresh_db "$PG_DB" ocop ocop
	# The postgres profile marks the session cookie Secure; the bench speaks plain HTTP on loopback.
	export OCOP_SECURE_COOKIES=false
	APP_ARGS+=(--spring.profiles.active=postgres)
fi
started=$(date +%s)
# shellcheck disable=SC2086
start_app "$LOG" "$DATA" "$PORT" ${EXTRA_JVM:-} -- "${APP_ARGS[@]}"
wait_started "$LOG" 300 || { echo "the app did not start, see $LOG"; exit 1; }
grep -o "Started OcopApplication in .*" "$LOG"
grep -o "Loaded the demo councils.*" "$LOG" || true
for _ in $(seq 1 3600); do
	grep -qs "Bench council round ready" "$LOG" && break
	kill -0 "$APP_PID" 2>/dev/null || { echo "the app died, see $LOG"; exit 1; }
	sleep 1
done
ready=$(grep -o "Bench council round ready.*" "$LOG") || { echo "the bench round was not loaded, see $LOG"; exit 1; }
echo "## $ready (wall $(($(date +%s) - started)) s from start)"
ROUND=$(echo "$ready" | sed -E 's/.*round ([0-9]+) council ([0-9]+).*/\1/')
COUNCIL=$(echo "$ready" | sed -E 's/.*round ([0-9]+) council ([0-9]+).*/\2/')

results_url=$BASE/api/v1/rounds/$ROUND/results
count=$(curl -s -u "vanphong.hatinh:$PASSWORD" "$results_url" | grep -o '"dossierId"' | wc -l)
echo "## sanity: GET /api/v1/rounds/$ROUND/results as vanphong.hatinh: $count results, $(curl -s -o /dev/null -w '%{size_download}' -u "vanphong.hatinh:$PASSWORD" "$results_url") bytes"
[ "$count" -eq "$DOSSIERS" ] || { echo "expected $DOSSIERS results"; exit 1; }

# summarise: reads "status seconds" lines (curl -w), prints n, p50/p90/max in ms and the non-200 count.
summarise() {
	local lines bad
	lines=$(cat)
	bad=$(echo "$lines" | awk '$1 != 200' | wc -l)
	echo "$lines" | awk '{ print $2 * 1000 }' | sort -n | awk -v bad="$bad" '{ t[NR] = $1 } END { n = NR;
		printf "sequential: n=%d p50=%.1f ms p90=%.1f ms max=%.1f ms non200=%d\n", n, t[int((n + 1) / 2)], t[int(n * 0.9 + 0.5)], t[n], bad }'
}

echo "## load1 before the measurement: $(wait_quiet)"
echo "## results: GET /api/v1/rounds/$ROUND/results (HTTP Basic, office), $SEQ sequential after 5 to warm up"
for _ in 1 2 3 4 5; do curl -s -o /dev/null -u "vanphong.hatinh:$PASSWORD" "$results_url"; done
for _ in $(seq 1 "$SEQ"); do
	curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -u "vanphong.hatinh:$PASSWORD" "$results_url"
done | summarise
export COUNCIL_AUTH="Basic $(printf 'vanphong.hatinh:%s' "$PASSWORD" | base64 -w0)" COUNCIL_PATH=/api/v1/rounds/$ROUND/results
for c in $LEVELS; do
	echo "## wrk results: ${DURATION}s, $c connection(s); load1 before: $(load1)"
	timeout $((DURATION + 60)) wrk -t1 -c"$c" -d"${DURATION}s" --timeout 30s --latency -s bench/council-results.lua "$BASE" |
		grep -E 'RESULT|Socket|Non-2xx'
done

echo "## score sheet page: GET /councils/$COUNCIL/dossiers/{d}/sheet as hoidong.hatinh (form login)"
JAR_COOKIES=$(mktemp)
csrf=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "username=hoidong.hatinh" \
	--data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login"
COUNCIL_COOKIE=$(sed 's/^#HttpOnly_//' "$JAR_COOKIES" | awk '!/^#/ && NF >= 7 { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }')
rm -f "$JAR_COOKIES"
# A plain member sees results only once confirmed: list the round's dossiers as the office, keep the sheets he may
# open (not recused).
: >"$OUT/council-sheet-paths.txt"
for d in $(curl -s -u "vanphong.hatinh:$PASSWORD" "$results_url" | grep -o '"dossierId":[0-9]*' | cut -d: -f2); do
	path=/councils/$COUNCIL/dossiers/$d/sheet
	[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COUNCIL_COOKIE" "$BASE$path")" = 200 ] && echo "$path" >>"$OUT/council-sheet-paths.txt"
done
echo "## $(wc -l <"$OUT/council-sheet-paths.txt") dossiers he scores (not recused)"
first=$(head -1 "$OUT/council-sheet-paths.txt")
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COUNCIL_COOKIE" "$BASE$first")
if [ "$status" != 200 ]; then
	echo "## GET $first answers $status: the score-sheet page is not in this build; skipped (the harness below times the service)"
else
	for path in $(head -5 "$OUT/council-sheet-paths.txt"); do curl -s -o /dev/null -H "Cookie: $COUNCIL_COOKIE" "$BASE$path"; done
	for path in $(shuf -n "$SEQ" --random-source=<(yes) "$OUT/council-sheet-paths.txt"); do
		curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Cookie: $COUNCIL_COOKIE" "$BASE$path"
	done | summarise
	export COUNCIL_COOKIE COUNCIL_PATHS=$OUT/council-sheet-paths.txt
	echo "## warm-up: wrk 20 s, 2 connections"
	wrk -t1 -c2 -d20s -s bench/council-sheet.lua "$BASE" >/dev/null
	for c in $LEVELS 4; do
		echo "## wrk sheet page: ${DURATION}s, $c connection(s); load1 before: $(load1)"
		timeout $((DURATION + 60)) wrk -t1 -c"$c" -d"${DURATION}s" --timeout 10s --latency -s bench/council-sheet.lua "$BASE" |
			grep -E 'RESULT|Socket|Non-2xx'
	done
fi
echo "## load1 at the end: $(load1)"
echo "## app memory (RSS): $(ps -o rss= -p "$APP_PID" | awk '{ printf "%.0f MiB", $1 / 1024 }')"

# 5. the same round timed in the service, without HTTP (bench/../CouncilBench.java), on the same database.
if [ "${HARNESS:-1}" = 1 ] && [ -z "${KEEP:-}" ]; then
	stop_app
	echo "## service timing (CouncilBench) on the same database; load1 before: $(load1)"
	if [ "$DB_KIND" = postgres ]; then
		OCOP_TEST_PG_URL=$OCOP_DB_URL OCOP_TEST_PG_USER=$OCOP_DB_USER OCOP_TEST_PG_PASSWORD=$OCOP_DB_PASSWORD \
			./mvnw -q test -Dtest=CouncilBench -Dsurefire.failIfNoSpecifiedTests=false -Docop.test.database=postgresql \
			>"$OUT/council-$DB_KIND-harness.log" 2>&1 || { echo "CouncilBench failed, see $OUT/council-$DB_KIND-harness.log"; exit 1; }
		cat "$OUT/council-bench-postgresql.txt"
	else
		./mvnw -q test -Dtest=CouncilBench -Dsurefire.failIfNoSpecifiedTests=false \
			"-Dspring.datasource.url=jdbc:h2:file:$DATA/ocop;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE" \
			>"$OUT/council-$DB_KIND-harness.log" 2>&1 || { echo "CouncilBench failed, see $OUT/council-$DB_KIND-harness.log"; exit 1; }
		cat "$OUT/council-bench-h2.txt"
	fi
fi
