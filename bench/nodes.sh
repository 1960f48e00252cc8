#!/usr/bin/env bash
# bench/nodes.sh — reader throughput of one node and of two nodes against one PostgreSQL database.
#
# What it does:
#   1. copies a SQLite site (by default the 100,000-article data folder bench/reader-site.sh or
#      bench/clusters.sh left) into a fresh PostgreSQL database with the contract's `migrate` command,
#      and reports the migrate's rate;
#   2. builds each node's own search index (`reindex`, one per node: each node keeps its own index);
#   3. starts two packaged nodes (web1, web2) on that database, and two nginx front ends (one worker
#      each, the same configuration): one sends every request to web1, the other spreads requests
#      over web1 and web2 (round robin, keepalive), as a load balancer would;
#   4. `wrk -t2 -c64` requests BENCH_URLS article pages of the whole date range round-robin, through
#      either front end, alternating for BENCH_ROUNDS rounds in one run. First with the page cache
#      (the default), then with GAZETTE_PAGE_CACHE=false (every page rendered from the database).
#      Reports requests/s, p50, p99, errors, and CPU per request of the nodes, nginx and PostgreSQL
#      (the postgres processes of the whole server: other databases' work counts too).
# Everything runs on one machine: wrk, nginx, the nodes and PostgreSQL share its cores. Quote the load
# with every figure. Results: docs/benchmarks.md.
#
# Environment (all optional):
#   BENCH_SQLITE_DATA  the SQLite data folder to migrate (default: the first of
#                      ${TMPDIR:-/tmp}/gazette-bench/data-100000-seed1 and the newest
#                      ${TMPDIR:-/tmp}/gazette-bench-clusters/run-*/data)
#   BENCH_PG           PostgreSQL base URL (default jdbc:postgresql://127.0.0.1:5432), user postgres
#   BENCH_DB           database name, dropped and made again (default gazette_bench_nodes)
#   BENCH_DIR          work folder (default ${TMPDIR:-/tmp}/gazette-nodes)
#   BENCH_HEAP         -Xmx of each node (default 320m)
#   BENCH_ROUNDS       rounds (default 3)     BENCH_DURATION  measured seconds (default 20)
#   BENCH_WARMUP       warm-up seconds (default 5)     BENCH_URLS  article pages (default 300)
# Needs: bash, JDK 17, psql, nginx, wrk, curl, python3.
set -euo pipefail

readonly ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly WORK=${BENCH_DIR:-${TMPDIR:-/tmp}/gazette-nodes}
readonly PG=${BENCH_PG:-jdbc:postgresql://127.0.0.1:5432}
readonly DB=${BENCH_DB:-gazette_bench_nodes}
readonly HEAP=${BENCH_HEAP:-320m}
readonly ROUNDS=${BENCH_ROUNDS:-3}
readonly DURATION=${BENCH_DURATION:-20}
readonly WARMUP=${BENCH_WARMUP:-5}
readonly URLS=${BENCH_URLS:-300}
readonly JAR=$ROOT/target/gazette.jar
readonly RUN=$WORK/run-$(date -u +%Y%m%d-%H%M%S)
readonly TICKS=$(getconf CLK_TCK)

die() { echo "nodes: $*" >&2; exit 1; }
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

[[ $# -eq 0 ]] || die "takes no arguments (settings are BENCH_* variables); got '$*'"
for tool in java psql wrk curl python3; do
    command -v "$tool" >/dev/null || die "$tool is not installed"
done
NGINX=$(command -v nginx || true)
[[ -z $NGINX && -x /usr/sbin/nginx ]] && NGINX=/usr/sbin/nginx
[[ -n $NGINX ]] || die "nginx is not installed (Debian: apt-get install nginx-light)"
SOURCE=${BENCH_SQLITE_DATA:-}
if [[ -z $SOURCE ]]; then
    for candidate in "${TMPDIR:-/tmp}/gazette-bench/data-100000-seed1" \
        $(ls -dt "${TMPDIR:-/tmp}"/gazette-bench-clusters/run-*/data 2>/dev/null || true); do
        [[ -f $candidate/gazette.db ]] && { SOURCE=$candidate; break; }
    done
fi
[[ -n $SOURCE && -f $SOURCE/gazette.db ]] \
    || die "no SQLite site to migrate: run bench/reader-site.sh 100000 first, or set BENCH_SQLITE_DATA"
[[ -f $JAR ]] || (cd "$ROOT" && mvn -B -q -DskipTests package) || die "the build failed"
mkdir -p "$RUN"

PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT

readonly PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
readonly URL=$PG/$DB
export GAZETTE_DEMO_CONTENT=false

# --- 1. migrate ---------------------------------------------------------------------------------
"${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
log "migrating $SOURCE into $URL (log in $RUN/migrate.log)"
began=$(date +%s.%N)
GAZETTE_DATA_DIR=$SOURCE java -Xmx1g -jar "$JAR" migrate --to "$URL" --to-user postgres >"$RUN/migrate.log" 2>&1 \
    || { tail -20 "$RUN/migrate.log" >&2; die "migrate failed"; }
MIGRATE_S=$(python3 -c "print(f'{$(date +%s.%N) - $began:.0f}')")
ARTICLES=$("${PSQL[@]}" -d "$DB" -At -c "select count(*) from articles where status = 'published'")
log "migrated in $MIGRATE_S s: $ARTICLES published articles"

# --- 2. each node's index -------------------------------------------------------------------------
node_env() { # node name -> the environment of that node
    echo GAZETTE_DB_URL="$URL" GAZETTE_DB_USER=postgres GAZETTE_NODE_NAME="$1" GAZETTE_DATA_DIR="$RUN/$1"
}
for node in web1 web2; do
    mkdir -p "$RUN/$node"
    log "building $node's search index"
    env $(node_env "$node") GAZETTE_SEARCH_REBUILD_MARGIN=PT0S java -Xmx"$HEAP" -jar "$JAR" reindex \
        >"$RUN/reindex-$node.log" 2>&1 || die "reindex failed (see $RUN/reindex-$node.log)"
done

# --- 3. nodes and front ends --------------------------------------------------------------------
declare -A PORT NODE_PID
start_nodes() { # extra environment for both nodes
    for node in web1 web2; do
        PORT[$node]=$(free_port)
        env $(node_env "$node") "$@" SERVER_PORT="${PORT[$node]}" GAZETTE_BASE_URL=http://127.0.0.1:${PORT[$node]} \
            java -Xmx"$HEAP" -jar "$JAR" >"$RUN/server-$node.log" 2>&1 &
        NODE_PID[$node]=$!
        PIDS+=($!)
    done
    for node in web1 web2; do
        for _ in $(seq 1 1200); do
            curl -fs -o /dev/null "http://127.0.0.1:${PORT[$node]}/en/" && break
            kill -0 "${NODE_PID[$node]}" 2>/dev/null || die "$node stopped; see $RUN/server-$node.log"
            sleep 0.25
        done
    done
}
stop_nodes() {
    for node in web1 web2; do
        kill "${NODE_PID[$node]}" 2>/dev/null || true
        wait "${NODE_PID[$node]}" 2>/dev/null || true
    done
}

declare -A FRONT FRONT_PIDS
start_front() { # name upstream-ports...
    local name=$1
    shift
    local port=$(free_port) dir=$RUN/nginx-$name
    mkdir -p "$dir"
    {
        echo "worker_processes 1; daemon off; pid $dir/nginx.pid; error_log $dir/error.log;"
        echo "events { worker_connections 1024; }"
        echo "http { access_log off; upstream gazette {"
        for upstream in "$@"; do echo "  server 127.0.0.1:$upstream;"; done
        echo "  keepalive 64; }"
        echo "  server { listen 127.0.0.1:$port; location / { proxy_pass http://gazette;"
        echo "    proxy_http_version 1.1; proxy_set_header Connection \"\"; proxy_set_header Host \$host; } } }"
    } >"$dir/nginx.conf"
    "$NGINX" -c "$dir/nginx.conf" -p "$dir" -e "$dir/error.log" &
    local pid=$!
    PIDS+=($pid)
    sleep 1
    FRONT[$name]=$port
    FRONT_PIDS[$name]="$pid $(pgrep -P "$pid" | paste -sd' ' -)"
}
stop_fronts() {
    for name in "${!FRONT_PIDS[@]}"; do kill ${FRONT_PIDS[$name]} 2>/dev/null || true; done
    sleep 1
}

ticks() { # pids... -> utime + stime in clock ticks
    local total=0
    for pid in "$@"; do
        [[ -r /proc/$pid/stat ]] || continue
        total=$((total + $(sed 's/.*) //' "/proc/$pid/stat" | awk '{ print $12 + $13 }')))
    done
    echo "$total"
}

# --- 4. measured runs ---------------------------------------------------------------------------
paths() {
    "${PSQL[@]}" -d "$DB" -At -c "select '/' || lang || '/news/' || slug from articles
        where status = 'published' order by md5(id::text) limit $URLS" >"$RUN/paths.txt"
    {
        echo "local paths = {"
        sed 's/.*/  "&",/' "$RUN/paths.txt"
        echo "}"
        cat <<'LUA'
local i = 0
function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
LUA
    } >"$RUN/articles.lua"
}

RESULTS=$RUN/results.txt
measure() { # mode front round
    local mode=$1 front=$2 round=$3 out=$RUN/wrk-$1-$2-$3.txt
    wrk -t2 -c64 -d"${WARMUP}s" --timeout 10s -s "$RUN/articles.lua" "http://127.0.0.1:${FRONT[$front]}/" >/dev/null
    local nodes0 nginx0 pg0 nodes1 nginx1 pg1
    nodes0=$(ticks "${NODE_PID[web1]}" "${NODE_PID[web2]}") nginx0=$(ticks ${FRONT_PIDS[$front]}) pg0=$(ticks $(pgrep -x postgres || pgrep postgres))
    wrk -t2 -c64 -d"${DURATION}s" --latency --timeout 10s -s "$RUN/articles.lua" "http://127.0.0.1:${FRONT[$front]}/" >"$out"
    nodes1=$(ticks "${NODE_PID[web1]}" "${NODE_PID[web2]}") nginx1=$(ticks ${FRONT_PIDS[$front]}) pg1=$(ticks $(pgrep -x postgres || pgrep postgres))
    python3 - "$out" "$mode" "$front" "$round" "$TICKS" $((nodes1 - nodes0)) $((nginx1 - nginx0)) $((pg1 - pg0)) "$(load)" <<'PY' | tee -a "$RESULTS" >&2
import re, sys
out, mode, front, rnd, ticks = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
nodes, nginx, pg = (int(v) for v in sys.argv[6:9])
text = open(out).read()
def ms(v):
    value, unit = re.match(r"([\d.]+)(us|ms|s|m)", v).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]
rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
total = int(re.search(r"(\d+) requests in", text).group(1))
p50 = ms(re.search(r"^\s+50%\s+(\S+)", text, re.M).group(1))
p99 = ms(re.search(r"^\s+99%\s+(\S+)", text, re.M).group(1))
errors = 0
m = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors += int(m.group(1)) if m else 0
m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
errors += sum(map(int, m.groups())) if m else 0
per = lambda t: t / ticks * 1e6 / max(total, 1)
print(f"{mode} {front} {rnd} {rate:.0f} {p50:.2f} {p99:.2f} {errors} {per(nodes):.0f} {per(nginx):.0f} {per(pg):.0f} {sys.argv[9].split()[0]}")
PY
}

paths
log "$(wc -l <"$RUN/paths.txt") article pages; load $(load)"
for mode in cached rendered; do
    if [[ $mode == cached ]]; then start_nodes; else start_nodes GAZETTE_PAGE_CACHE=false; fi
    start_front one "${PORT[web1]}"
    start_front two "${PORT[web1]}" "${PORT[web2]}"
    for round in $(seq 1 "$ROUNDS"); do
        measure "$mode" one "$round"
        measure "$mode" two "$round"
    done
    stop_fronts
    stop_nodes
done

{
    echo "bench/nodes.sh — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -n 1), -Xmx$HEAP per node"
    echo "site: $ARTICLES published articles migrated from $SOURCE in $MIGRATE_S s"
    echo "wrk -t2 -c64 -d${DURATION}s over $(wc -l <"$RUN/paths.txt") article pages, through nginx; medians of $ROUNDS rounds"
    python3 - "$RESULTS" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip()]
print(f"{'pages':9} {'nodes':5} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>8} {'errors':>6} {'nodes µs':>9} {'nginx µs':>9} {'pg µs':>7} {'load':>5}")
for mode in ("cached", "rendered"):
    for front, n in (("one", 1), ("two", 2)):
        got = [r for r in rows if r[0] == mode and r[1] == front]
        if not got:
            continue
        col = lambda i: statistics.median(float(r[i]) for r in got)
        print(f"{mode:9} {n:5} {col(3):7.0f} {col(4):7.2f} {col(5):8.2f} {sum(int(r[6]) for r in got):6d} "
              f"{col(7):9.0f} {col(8):9.0f} {col(9):7.0f} {col(10):5.1f}")
PY
    echo "(µs: CPU time per request of both nodes, of the nginx front end, and of every postgres process)"
} | tee "$RUN/summary.txt"
