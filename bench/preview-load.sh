#!/usr/bin/env bash
# Load test of the public star-rating preview (POST /api/v1/assessments/preview), on loopback only.
#
#   bench/preview-load.sh          (build first: ./mvnw -B -ntp -q -DskipTests package)
#
# The preview reads no database, so the app runs on its embedded default with a fresh data directory.
# 1. writes $BODIES random answer sheets over all 26 sets (bench/preview-bodies.py) and checks that a sample
#    of them answers 200 with stars;
# 2. waits for a quiet machine (load average below $BENCH_MAX_LOAD, see bench/lib.sh);
# 3. warms up with wrk for $WARMUP_SECONDS seconds;
# 4. measures with wrk for $DURATION seconds, once per connection count in $CONNECTIONS_LIST.
# Output: stdout and target/bench/preview.txt.
#
# Env: PORT (18092), BODIES (4000), DURATION (30), WARMUP_SECONDS (20), CONNECTIONS_LIST ("1 4 16"),
#      WRK_THREADS (1), EXTRA_JVM (JVM flags for the app), BENCH_MAX_LOAD (1.0), BENCH_WAIT (600).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

PORT=${PORT:-18092}
JAR=${JAR:-target/ocop-hub.jar}
BODIES=${BODIES:-4000}
DURATION=${DURATION:-30}
WARMUP_SECONDS=${WARMUP_SECONDS:-20}
CONNECTIONS_LIST=${CONNECTIONS_LIST:-1 4 16}
WRK_THREADS=${WRK_THREADS:-1}
BASE=http://127.0.0.1:$PORT
OUT=target/bench
mkdir -p "$OUT"
REPORT=$OUT/preview.txt
LOG=$OUT/preview-app.log
[ -f "$JAR" ] || { echo "no $JAR: build first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
port_free "$PORT" || { echo "port $PORT is taken" >&2; exit 1; }

DATA=$(mktemp -d)
cleanup() {
	stop_app
	rm -rf "$DATA"
}
trap cleanup EXIT

exec > >(tee "$REPORT") 2>&1
echo "# preview load, $(date -u +%FT%TZ), nproc=$(nproc), $(java -version 2>&1 | head -1)"
python3 bench/preview-bodies.py "$BODIES" >"$OUT/preview-bodies.jsonl"
echo "## $(wc -l <"$OUT/preview-bodies.jsonl") answer sheets, $(cut -d'"' -f4 "$OUT/preview-bodies.jsonl" | sort -u | wc -l) sets"
# shellcheck disable=SC2086
start_app "$LOG" "$DATA" "$PORT" ${EXTRA_JVM:-} -- --ocop.demo.enabled=false
wait_started "$LOG" 300 || { echo "the app did not start, see $LOG"; exit 1; }
grep -o "Started OcopApplication in .*" "$LOG"

echo "## sanity (first 20 sheets: status, stars)"
head -20 "$OUT/preview-bodies.jsonl" | while read -r body; do
	answer=$(curl -s -w ' %{http_code}' -H 'Content-Type: application/json' -d "$body" "$BASE/api/v1/assessments/preview")
	case $answer in *' 200') ;; *) echo "non-200 answer: $answer"; exit 1 ;; esac
	echo "$answer" | grep -o '"stars":[0-9]' | head -1
done | sort | uniq -c

echo "## load1 before the measurement: $(wait_quiet)"
echo "## warm-up: wrk ${WARMUP_SECONDS}s, 4 connections"
wrk -t1 -c4 -d"${WARMUP_SECONDS}s" -s bench/preview.lua "$BASE" >/dev/null
for c in $CONNECTIONS_LIST; do
	echo "## wrk: ${DURATION}s, $c connection(s), $WRK_THREADS thread(s); load1 before: $(load1)"
	timeout $((DURATION + 30)) wrk -t"$WRK_THREADS" -c"$c" -d"${DURATION}s" --timeout 10s --latency \
		-s bench/preview.lua "$BASE" | grep -E 'RESULT|Latency|Req/Sec|Socket|Non-2xx'
done
echo "## load1 at the end: $(load1)"
echo "## app memory (RSS): $(ps -o rss= -p "$APP_PID" | awk '{ printf "%.0f MiB", $1 / 1024 }')"
