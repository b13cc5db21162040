#!/usr/bin/env bash
# Start-up time of OCOP Hub, from the jar, on the embedded H2 database.
#
#   bench/startup.sh [runs]        (default 3; build first: ./mvnw -B -ntp -q -DskipTests package)
#
# For each JVM flag set (the default flags, and -XX:TieredStopAtLevel=1 as `./mvnw spring-boot:run` uses) and
# each run: a fresh data directory, so the first start creates the schema and loads the administrative map;
# the app is stopped and started again on the same directory (map already loaded). Each start is timed from
# the app's own log: "Started OcopApplication in X seconds (process running for Y)" and "Loaded the
# administrative map ... in N ms". Before each start it waits (up to 10 min) for the 1-minute load average
# to fall below 1.0 and records the load. Logs stay under target/bench/ for the timeline.
#
# Env: PORT (default 18090), JAR (default target/ocop-hub.jar), BENCH_MAX_LOAD (default 1.0),
#      FLAG_SETS (default "default C1"), EXTRA_JVM (added to every start, e.g. "-Xshare:auto"),
#      BENCH_WAIT (600: longest wait for a quiet machine), BENCH_NICE (e.g. -10: app at a higher CPU priority).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

RUNS=${1:-3}
PORT=${PORT:-18090}
JAR=${JAR:-target/ocop-hub.jar}
OUT=target/bench
mkdir -p "$OUT"
RESULTS=$OUT/startup.tsv
[ -f "$JAR" ] || { echo "no $JAR: build first" >&2; exit 1; }
port_free "$PORT" || { echo "port $PORT is taken" >&2; exit 1; }

trap 'stop_app; [ -n "${DATA:-}" ] && rm -rf "$DATA"' EXIT

flags_for() {
	case $1 in
		default) echo "" ;;
		C1) echo "-XX:TieredStopAtLevel=1" ;;
		*) echo "$1" ;;
	esac
}

# secs_at LOG PATTERN: seconds from the first log line to the first line matching PATTERN ("-" if none).
secs_at() {
	local log=$1 pattern=$2
	awk -v p="$pattern" '
		function t(s,  a) { split(substr(s, 12, 12), a, ":"); return a[1] * 3600 + a[2] * 60 + a[3] }
		/^20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]T/ && !first { first = t($1) }
		$0 ~ p && first { printf "%.1f", t($1) - first; found = 1; exit }
		END { if (!found) printf "-" }' "$log"
}

echo -e "flags\tstart\trun\tnice\tload1\tstarted_s\tprocess_s\tmap_ms\tctx_init_s\tflyway_done_s\tmap_done_s\ttomcat_s" >"$RESULTS"

measure() { # measure FLAGNAME KIND RUN
	local name=$1 kind=$2 run=$3 log=$OUT/startup-$1-$2-$3.log load
	load=$(wait_quiet)
	# shellcheck disable=SC2046
	start_app "$log" "$DATA" "$PORT" $(flags_for "$name") ${EXTRA_JVM:-}
	if ! wait_started "$log" 240; then
		echo "start failed, see $log" >&2
		stop_app
		exit 1
	fi
	local started process map
	started=$(sed -n 's/.*Started OcopApplication in \([0-9.]*\) seconds.*/\1/p' "$log" | head -1)
	process=$(sed -n 's/.*process running for \([0-9.]*\)).*/\1/p' "$log" | head -1)
	map=$(sed -n 's/.*Loaded the administrative map .* in \([0-9]*\) ms.*/\1/p' "$log" | head -1)
	stop_app
	echo -e "$name\t$kind\t$run\t${BENCH_NICE:-0}\t$load\t$started\t$process\t${map:--}\t$(secs_at "$log" "initialization completed")\t$(secs_at "$log" "(Successfully applied|is up to date)")\t$(secs_at "$log" "Loaded the administrative map")\t$(secs_at "$log" "Tomcat started")" |
		tee -a "$RESULTS"
}

for name in ${FLAG_SETS:-default C1}; do
	for run in $(seq 1 "$RUNS"); do
		DATA=$(mktemp -d)
		measure "$name" first "$run"
		measure "$name" subsequent "$run"
		rm -rf "$DATA"
		DATA=
	done
done

echo
echo "All starts (seconds unless noted; *_s columns = time since the first log line):"
column -t -s $'\t' "$RESULTS"
echo
echo "Summary (median / min / max of 'Started OcopApplication in', and of the map load):"
awk -F'\t' 'NR > 1 { k = $1 " " $2; s[k] = s[k] " " $6; m[k] = m[k] " " $8; l[k] = l[k] " " $5; if (!(k in o)) { o[k] = ++n; keys[n] = k } }
	function stats(list,   a, c, i, j, t) {
		c = split(list, a, " "); if (a[1] == "-") return "-";
		for (i = 1; i <= c; i++) for (j = i + 1; j <= c; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
		return sprintf("%s / %s / %s", a[int((c + 1) / 2)], a[1], a[c]) }
	END { printf "%-22s %-22s %-24s %s\n", "flags start", "started (s)", "map load (ms)", "load1 at start";
	      for (i = 1; i <= n; i++) printf "%-22s %-22s %-24s %s\n", keys[i], stats(s[keys[i]]), stats(m[keys[i]]), l[keys[i]] }' "$RESULTS"
