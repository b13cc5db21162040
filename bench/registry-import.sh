#!/usr/bin/env bash
# Producer import through the REST API, end to end, on PostgreSQL:
#   a) $REPEAT times: a fresh file of $ROWS producers (XLSX, bench/registry-data.py, registration numbers never
#      used before): POST /api/v1/imports/producers?dryRun=true, then the same file with dryRun=false, each
#      timed with curl -w '%{time_total}' (upload, read, check, write, commit, answer);
#   b) memory: the app restarted with -Xmx$HEAP and GC logging, then a dry run of a $BIG-row file. The heap is
#      sampled every 500 ms with jstat (used = survivor + eden + old) and the GC log gives the heap after each
#      collection (the live set plus what survived so far).
#
#   bench/registry-import.sh            (build first: ./mvnw -q -o -DskipTests package)
#
# Runs on database ocop_bench as bench/registry-search.sh leaves it with KEEP=1 (20,000 producers and 50,000
# products); if there is none, it creates an empty one (say so when you report the numbers). Stop the app of
# the search benchmark first: this script starts its own. With KEEP=1 the database stays; otherwise it is
# dropped at the end. Output: target/bench/registry-import.txt, GC log and jstat samples in target/bench/.
#
# Env: PORT (18093), REPEAT (3), ROWS (10000), START (100000: first producer number of part a), BIG (100000),
#      BIG_START (200000), HEAP (512m), BENCH_MAX_LOAD (1.0), BENCH_WAIT (600), SKIP_MEMORY=1, SKIP_TIMING=1.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

PORT=${PORT:-18093}
JAR=${JAR:-target/ocop-hub.jar}
REPEAT=${REPEAT:-3}
ROWS=${ROWS:-10000}
START=${START:-100000}
BIG=${BIG:-100000}
BIG_START=${BIG_START:-200000}
HEAP=${HEAP:-512m}
BASE=http://127.0.0.1:$PORT
AUTH=admin:demo@OCOP2026
OUT=target/bench
WORK=$OUT/registry
mkdir -p "$WORK"
REPORT=$OUT/registry-import.txt
[ -f "$JAR" ] || { echo "no $JAR: build first" >&2; exit 1; }
port_free "$PORT" || { echo "port $PORT is taken" >&2; exit 1; }

PG_STARTED=
JSTAT_PID=
cleanup() {
	[ -z "$JSTAT_PID" ] || kill "$JSTAT_PID" 2>/dev/null || true
	stop_app
	if [ -z "${KEEP:-}" ]; then
		psql_db postgres -c 'DROP DATABASE IF EXISTS ocop_bench' || true
		[ -z "$PG_STARTED" ] || pg_ctlcluster --skip-systemctl-redirect 15 main stop || true
	fi
}
trap cleanup EXIT

exec > >(tee "$REPORT") 2>&1
echo "# registry import, $(date -u +%FT%TZ), nproc=$(nproc), $(java -version 2>&1 | head -1), $(psql --version)"
echo "# commit $(git rev-parse --short HEAD), rows=$ROWS repeat=$REPEAT big=$BIG heap=$HEAP, load1=$(load1)"
pg_up
if psql_db postgres -Atc "SELECT 1 FROM pg_database WHERE datname = 'ocop_bench'" | grep -q 1; then
	pg_use_db ocop_bench ocop_bench ocop_bench
else
	echo "## no database ocop_bench: creating an empty one"
	pg_fresh_db ocop_bench ocop_bench ocop_bench
fi
counts() {
	psql_db ocop_bench -At -c "SELECT 'rows: producer=' || (SELECT COUNT(*) FROM producer) || ' product=' || (SELECT COUNT(*) FROM product) || ' audit_event=' || (SELECT COUNT(*) FROM audit_event)"
}
counts

# import FILE DRYRUN: prints the HTTP status, seconds and the outcome.
import() {
	local file=$1 dry=$2 rows=$3 res
	res=$(curl -s -u "$AUTH" -o "$WORK/import.json" -w '%{http_code} %{time_total}' \
		-F "file=@$file" "$BASE/api/v1/imports/producers?dryRun=$dry")
	printf 'IMPORT producers dryRun=%-5s %s rows=%s bytes=%s status/seconds=%s load1=%s outcome=%s\n' "$dry" \
		"$(basename "$file")" "$rows" "$(stat -c %s "$file")" "$res" "$(load1)" "$(head -c 200 "$WORK/import.json")"
	case $res in 200*) ;; *) echo "import failed"; exit 1 ;; esac
	grep -q '"errorCount":0' "$WORK/import.json" || { echo "import has row errors"; exit 1; }
}

start() {
	local log=$1
	shift
	start_app "$log" "$(mktemp -d)" "$PORT" "$@" -- --spring.profiles.active=postgres --ocop.demo.enabled=true \
		--server.address=127.0.0.1
	wait_started "$log" 300 && sleep 2 && kill -0 "$APP_PID" || { echo "the app did not start, see $log"; exit 1; }
	grep -o "Started OcopApplication in .*" "$log"
}

if [ -z "${SKIP_TIMING:-}" ]; then
	echo "## a) $REPEAT x $ROWS fresh producers: dry run, then commit (default JVM flags)"
	start "$OUT/registry-import-app.log"
	for ((r = 0; r < REPEAT; r++)); do
		s=$((START + r * ROWS))
		python3 bench/registry-data.py producers --start "$s" --count "$ROWS" --out "$WORK/import-$s.xlsx"
		echo "# run $((r + 1)): load1 before $(wait_quiet)"
		import "$WORK/import-$s.xlsx" true "$ROWS"
		import "$WORK/import-$s.xlsx" false "$ROWS"
	done
	counts
	stop_app
fi

if [ -z "${SKIP_MEMORY:-}" ]; then
	echo "## b) dry run of $BIG producers with -Xmx$HEAP"
	python3 bench/registry-data.py producers --start "$BIG_START" --count "$BIG" --out "$WORK/big-$BIG.xlsx"
	unzip -l "$WORK/big-$BIG.xlsx" | tail -1 | awk '{ print "# XLSX inflates to " $1 " bytes" }'
	GCLOG=$OUT/registry-import-gc.log
	rm -f "$GCLOG"
	start "$OUT/registry-import-memory-app.log" -Xmx"$HEAP" -Xlog:gc:file="$GCLOG":uptime
	jstat -gc -t "$APP_PID" 500 >"$OUT/registry-import-jstat.txt" &
	JSTAT_PID=$!
	sleep 2
	echo "# heap before the import: $(awk 'NR > 1 { printf "%.0f MB used\n", ($4 + $5 + $7 + $9) / 1024 }' "$OUT/registry-import-jstat.txt" | tail -1)"
	echo "# load1 before $(wait_quiet)"
	import "$WORK/big-$BIG.xlsx" true "$BIG"
	sleep 2
	kill "$JSTAT_PID" 2>/dev/null || true
	JSTAT_PID=
	kill -0 "$APP_PID" && echo "# app still running after the import"
	# jstat -gc -t: Timestamp S0C S1C S0U S1U EC EU OC OU ... (KB)
	awk 'NR > 1 { used = ($4 + $5 + $7 + $9) / 1024; if (used > max) max = used; cap = ($2 + $3 + $6 + $8) / 1024; if (cap > maxcap) maxcap = cap }
		END { printf "# jstat: peak heap used %.0f MB, peak heap committed %.0f MB (samples every 500 ms)\n", max, maxcap }' \
		"$OUT/registry-import-jstat.txt"
	# G1 lines: "[12.345s] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 301M->123M(512M) 4.567ms". Only the
	# evacuating pauses (young, mixed, full) free memory; Remark and Cleanup do not, so they are left out.
	grep -E 'GC\([0-9]+\) Pause (Young|Full)' "$GCLOG" | sed -E 's/.* ([0-9]+)M->([0-9]+)M\(([0-9]+)M\).*/\1 \2 \3/' |
		awk '{ if ($1 > b) b = $1; if ($2 > a) a = $2; if ($3 > c) c = $3; n++ }
			END { printf "# GC log: %d young/mixed/full pauses, max before GC %d MB, max after GC %d MB, max heap size %d MB\n", n, b, a, c }'
	echo "# full GCs: $(grep -c 'Pause Full' "$GCLOG" || true), OutOfMemoryError in log: $(grep -c OutOfMemoryError "$OUT/registry-import-memory-app.log" || true)"
	stop_app
fi
echo "## load1 at the end: $(load1)"
