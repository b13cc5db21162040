# Shared helpers for the benchmark scripts (sourced, not run).

# load1: the 1-minute load average.
load1() { cut -d' ' -f1 /proc/loadavg; }

# wait_quiet [max_seconds]: waits (polling every 30 s) until the 1-minute load average is below
# $BENCH_MAX_LOAD (default 1.0), at most max_seconds (default $BENCH_WAIT, else 600). Prints the load it measures with.
# Never fails: when the machine does not calm down in time it goes on and says so, so the load shows in
# the results.
wait_quiet() {
	local max=${1:-${BENCH_WAIT:-600}} waited=0 limit=${BENCH_MAX_LOAD:-1.0}
	while awk -v l="$(load1)" -v m="$limit" 'BEGIN { exit !(l >= m) }'; do
		if [ "$waited" -ge "$max" ]; then
			echo "# load still $(load1) after ${waited}s; measuring anyway" >&2
			break
		fi
		echo "# load $(load1) >= $limit, waiting 30 s ($waited s so far)" >&2
		sleep 30
		waited=$((waited + 30))
	done
	load1
}

# port_free PORT: true when nothing listens on 127.0.0.1:PORT.
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# start_app LOG DATA_DIR PORT [JVM flags...] [-- app args...]: starts the jar in the background, writes
# its pid to $APP_PID.
start_app() {
	local log=$1 data=$2 port=$3
	shift 3
	local jvm=() app=()
	while [ $# -gt 0 ]; do
		if [ "$1" = "--" ]; then shift; app=("$@"); break; fi
		jvm+=("$1"); shift
	done
	# BENCH_NICE (e.g. -10, as root) runs the app at a higher CPU priority than other work on the machine.
	${BENCH_NICE:+nice -n "$BENCH_NICE"} java "${jvm[@]}" -jar "$JAR" --server.port="$port" --ocop.data-dir="$data" "${app[@]}" >"$log" 2>&1 &
	APP_PID=$!
}

# wait_started LOG [timeout]: waits for "Started OcopApplication" (true) or the process to die / the
# timeout to pass (false).
wait_started() {
	local log=$1 timeout=${2:-180} i
	for ((i = 0; i < timeout * 5; i++)); do
		grep -qs "Started OcopApplication in" "$log" && return 0
		kill -0 "$APP_PID" 2>/dev/null || return 1
		sleep 0.2
	done
	return 1
}

# stop_app: SIGTERM to the app we started, waits up to 60 s, then SIGKILL.
stop_app() {
	[ -n "${APP_PID:-}" ] || return 0
	kill "$APP_PID" 2>/dev/null || true
	local i
	for ((i = 0; i < 300; i++)); do
		kill -0 "$APP_PID" 2>/dev/null || break
		sleep 0.2
	done
	kill -0 "$APP_PID" 2>/dev/null && kill -9 "$APP_PID" 2>/dev/null
	wait "$APP_PID" 2>/dev/null || true
	APP_PID=
}
