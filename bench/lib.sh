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

# --- PostgreSQL helpers for the registry benchmarks -----------------------------------------------------------

# pg_up: starts cluster $PG_VERSION/$PG_CLUSTER (15/main) when it is down; sets PG_STARTED=1 if it did.
pg_up() {
	local status
	status=$(pg_lsclusters -h | awk -v v="${PG_VERSION:-15}" -v c="${PG_CLUSTER:-main}" '$1 == v && $2 == c { print $4 }')
	if [ "$status" != online ]; then
		pg_ctlcluster --skip-systemctl-redirect "${PG_VERSION:-15}" "${PG_CLUSTER:-main}" start
		PG_STARTED=1
	fi
	for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && return 0; sleep 1; done
	return 1
}

# pg_fresh_db DB ROLE PASSWORD: (re)creates database DB owned by ROLE (created if missing) and exports the
# OCOP_DB_* variables of the postgres profile.
pg_fresh_db() {
	local db=$1 role=$2 password=$3
	su postgres -c "psql -q -v ON_ERROR_STOP=1" <<-SQL
		DO \$\$ BEGIN
		  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN CREATE ROLE $role LOGIN PASSWORD '$password'; END IF;
		END \$\$;
		SELECT 'DROP DATABASE IF EXISTS $db' \gexec
		SELECT 'CREATE DATABASE $db OWNER $role ENCODING ''UTF8'' TEMPLATE template0' \gexec
	SQL
	pg_use_db "$db" "$role" "$password"
}

# pg_use_db DB ROLE PASSWORD: exports the OCOP_DB_* variables for an existing database.
pg_use_db() {
	export OCOP_DB_URL=jdbc:postgresql://127.0.0.1:5432/$1 OCOP_DB_USER=$2 OCOP_DB_PASSWORD=$3
}

# psql_db DB [psql args...]: psql as the superuser on DB.
psql_db() {
	local db=$1
	shift
	su postgres -c "psql -X -q -d $db $(printf '%q ' "$@")"
}
