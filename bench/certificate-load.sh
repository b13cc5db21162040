#!/usr/bin/env bash
# Certificate and catalogue benchmarks (issue 6), over HTTP on loopback, against PostgreSQL (or H2):
#
#   bench/certificate-load.sh [postgres|h2]      (build first: ./mvnw -B -ntp -q -DskipTests package)
#
# 1. starts the jar on a fresh database with the demo data and --ocop.bench.certificates=$CERTIFICATES (20,000 new
#    products certified through the registry and decision services, CertificateBenchData) and waits for
#    "Bench certificates ready";
# 2. verification: the public page GET /verify/{number} and the API GET /api/v1/public/certificates/{number} over
#    every certificate number in random order: $SEQ sequential requests (curl), then wrk $DURATION s at each of
#    $LEVELS connections;
# 3. the catalogue search page GET /ocop?q=… (accent-free words, filters by stars, province and set, pages) the
#    same way;
# 4. the certificate PDF GET /certificates/{id}/pdf, signed in as the Hà Tĩnh office: $PDFS sequential requests.
# Output: stdout and target/bench/certificate-<db>.txt; app log target/bench/certificate-<db>-app.log.
#
# Env: PORT (18094), CERTIFICATES (20000), SEQ (200), WARMUP (60, wrk seconds before measuring), DURATION (30),
#      LEVELS ("4 16 64"), PDFS (50),
#      PG_DB (ocop_bench_certificate), KEEP=1, EXTRA_JVM, BENCH_MAX_LOAD (1.0), BENCH_WAIT (600).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

DB_KIND=${1:-postgres}
PORT=${PORT:-18094}
JAR=${JAR:-target/ocop-hub.jar}
CERTIFICATES=${CERTIFICATES:-20000}
SEQ=${SEQ:-200}
DURATION=${DURATION:-30}
LEVELS=${LEVELS:-4 16 64}
PDFS=${PDFS:-50}
WARMUP=${WARMUP:-60}
PG_DB=${PG_DB:-ocop_bench_certificate}
BASE=http://127.0.0.1:$PORT
PASSWORD=demo@OCOP2026
OUT=target/bench
mkdir -p "$OUT"
REPORT=$OUT/certificate-$DB_KIND.txt
LOG=$OUT/certificate-$DB_KIND-app.log
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
echo "# certificate load, $DB_KIND, $(date -u +%FT%TZ), nproc=$(nproc), $(java -version 2>&1 | head -1)"
APP_ARGS=(--ocop.demo.enabled=true --ocop.bench.certificates="$CERTIFICATES")
if [ "$DB_KIND" = postgres ]; then
	pg_up
	pg_fresh_db "$PG_DB" ocop ocop
	export OCOP_SECURE_COOKIES=false
	APP_ARGS+=(--spring.profiles.active=postgres)
fi
started=$(date +%s)
# shellcheck disable=SC2086
start_app "$LOG" "$DATA" "$PORT" ${EXTRA_JVM:-} -- "${APP_ARGS[@]}"
wait_started "$LOG" 300 || { echo "the app did not start, see $LOG"; exit 1; }
grep -o "Started OcopApplication in .*" "$LOG"
for _ in $(seq 1 3600); do
	grep -qs "Bench certificates ready" "$LOG" && break
	kill -0 "$APP_PID" 2>/dev/null || { echo "the app died, see $LOG"; exit 1; }
	sleep 1
done
ready=$(grep -o "Bench certificates ready.*" "$LOG") || { echo "the bench certificates were not loaded, see $LOG"; exit 1; }
echo "## $ready (wall $(($(date +%s) - started)) s from start)"

# The certificate numbers and the ids of Hà Tĩnh's, from the API (public) and the open data (no database access).
NUMBERS=$OUT/certificate-numbers.txt
curl -s "$BASE/open-data/ocop-products.csv" | tail -n +2 | cut -d, -f1 | tr -d '"\r' | grep -v '^$' | shuf --random-source=<(yes) >"$NUMBERS"
echo "## $(wc -l <"$NUMBERS") certificates in force in the open data"
sed 's|^|/verify/|' "$NUMBERS" >"$OUT/certificate-verify-paths.txt"
sed 's|^|/api/v1/public/certificates/|' "$NUMBERS" >"$OUT/certificate-api-paths.txt"
{
	for q in cam+huu+co mat+ong che+xanh nuoc+mam gao ruou tinh+dau mien+dong muc+kho nam+huong banh+da keo+lac \
		tra+hoa+vang ca+phe hat+dieu tuong mam+tom cha+ca gio+may chieu+coi gom lua sam que hoi mang+kho vai+thieu \
		nhan+long dua huong+son ha+tinh quang+ninh say+deo thuong+hang nguyen+chat tui+loc thu+cong; do
		echo "/ocop?q=$q"
		echo "/ocop?q=$q&stars=4"
		echo "/ocop?q=$q&sort=name&page=1"
	done
	for p in 42 22 01 79 48 15 68 92; do echo "/ocop?province=$p"; echo "/ocop?province=$p&stars=3&page=2"; done
	for s in 01 05 14 18 21 23 26; do echo "/ocop?productSet=$s"; done
} | shuf --random-source=<(yes) >"$OUT/certificate-search-paths.txt"

# summarise: reads "status seconds" lines (curl -w), prints n, p50/p95/max in ms and the non-200 count.
summarise() {
	local lines bad
	lines=$(cat)
	bad=$(echo "$lines" | awk '$1 != 200' | wc -l)
	echo "$lines" | awk '{ print $2 * 1000 }' | sort -n | awk -v bad="$bad" '{ t[NR] = $1 } END { n = NR;
		printf "sequential: n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms non200=%d\n", n, t[int((n + 1) / 2)], t[int(n * 0.95 + 0.5)], t[n], bad }'
}

measure() { # measure NAME PATHS ACCEPT
	local name=$1 paths=$2 accept=$3
	echo "## $name: $SEQ sequential after 20 to warm up; load1 before: $(wait_quiet)"
	for path in $(head -20 "$paths"); do curl -s -o /dev/null -H "Accept: $accept" "$BASE$path"; done
	for path in $(head -n "$SEQ" "$paths"); do
		curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Accept: $accept" "$BASE$path"
	done | summarise
	export BENCH_PATHS=$paths BENCH_ACCEPT=$accept
	# Warm-up: the JIT compiles the rendering paths over the first minute of load on two busy cores; a server
	# runs for days, so what is measured is the steady state.
	wrk -t2 -c16 -d"${WARMUP}s" -s bench/paths.lua "$BASE" >/dev/null
	for c in $LEVELS; do
		echo "## wrk $name: ${DURATION}s, $c connection(s); load1 before: $(load1)"
		timeout $((DURATION + 60)) wrk -t2 -c"$c" -d"${DURATION}s" --timeout 10s --latency -s bench/paths.lua "$BASE" |
			grep -E 'RESULT|Socket|Non-2xx'
	done
}

measure "verification page" "$OUT/certificate-verify-paths.txt" text/html
measure "verification API" "$OUT/certificate-api-paths.txt" application/json
measure "catalogue search page" "$OUT/certificate-search-paths.txt" text/html

echo "## certificate PDF: GET /certificates/{id}/pdf as vanphong.hatinh (form login), $PDFS sequential"
JAR_COOKIES=$(mktemp)
csrf=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "username=vanphong.hatinh" \
	--data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login"
COOKIE=$(sed 's/^#HttpOnly_//' "$JAR_COOKIES" | awk '!/^#/ && NF >= 7 { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }')
rm -f "$JAR_COOKIES"
ids=$(for page in 0 1 2 3 4 5; do curl -s -H "Cookie: $COOKIE" "$BASE/certificates?page=$page"; done |
	grep -o 'href="/certificates/[0-9]*"' | grep -o '[0-9]*' | sort -un | head -n "$PDFS")
echo "## $(echo "$ids" | wc -w) certificates listed for the office"
for id in $(echo "$ids" | head -5); do curl -s -o /dev/null -H "Cookie: $COOKIE" "$BASE/certificates/$id/pdf"; done
for id in $ids; do
	curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Cookie: $COOKIE" "$BASE/certificates/$id/pdf"
done | summarise
echo "## load1 at the end: $(load1)"
echo "## app memory (RSS): $(ps -o rss= -p "$APP_PID" | awk '{ printf "%.0f MiB", $1 / 1024 }')"
