#!/usr/bin/env bash
# bench/speed.sh — reader pages from Gazette's page cache against nginx serving the very same bytes.
#
# Gazette (packaged jar, demo content, fresh data folder) and nginx (one worker, gzip_static on, each
# page saved as a file plus a `gzip -k -9` copy) on loopback ports of their own. Four pages: the
# reference article (the seed story of the demo content), a second article, the English front page and
# the reference's section page, each plain and with Accept-Encoding: gzip. `wrk -t1 -c64 --latency`,
# alternating Gazette and nginx page by page for BENCH_ROUNDS rounds in one run; the table gives the
# median round: requests/s, p50, p99, the ratio Gazette/nginx, and server CPU time per request (from
# /proc, steadier than req/s on a shared machine). Also: startup of the jar to the first 200, and heap
# and RSS (RssAnon) after the run.
#
# Not here yet (see docs/benchmarks.md): the cold render rate at 100,000 articles (bench/reader-site.sh
# imports such a corpus and measures renders; GAZETTE_PAGE_CACHE=false turns the cache off) and the
# 10-minute mixed run with an editor publishing through the write API.
#
# Every figure comes with the load average of the machine at the time: the benchmark shares its cores
# with whatever else runs, and wrk runs on the same machine as the servers.
#
# Environment (all optional):
#   BENCH_DIR        work folder (default ${TMPDIR:-/tmp}/gazette-speed)
#   BENCH_HEAP       -Xmx of the server (default 320m, the recommended default of docs/operations.md)
#   BENCH_ROUNDS     rounds, each page and encoding once per server (default 3)
#   BENCH_DURATION   measured seconds per wrk run (default 10)
#   BENCH_WARMUP     warm-up seconds before each measured run (default 3)
#   BENCH_JAVA_OPTIONS more JVM options for the server (e.g. -XX:StartFlightRecording=...)
#   BENCH_JAR        the jar to run (default target/gazette.jar, built when missing)
# Needs: bash, JDK 17+ (java, jcmd; mvn if target/gazette.jar is missing), curl, wrk, nginx (the
# Debian package: only its binary is used, with a configuration of its own on a free port), gzip,
# python3, ps. Run from anywhere; results go to stdout and to a summary.txt in the run folder.
set -euo pipefail

readonly ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly WORK=${BENCH_DIR:-${TMPDIR:-/tmp}/gazette-speed}
readonly HEAP=${BENCH_HEAP:-320m}
readonly ROUNDS=${BENCH_ROUNDS:-3}
readonly DURATION=${BENCH_DURATION:-10}
readonly WARMUP=${BENCH_WARMUP:-3}
readonly JAR=${BENCH_JAR:-$ROOT/target/gazette.jar}
readonly RUN=$WORK/run-$(date -u +%Y%m%d-%H%M%S)
readonly TICKS=$(getconf CLK_TCK)

die() { echo "speed: $*" >&2; exit 1; }
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

[[ $# -eq 0 ]] || die "takes no arguments (settings are BENCH_* variables); got '$*'"
for tool in java jcmd curl wrk gzip python3 ps; do
    command -v "$tool" >/dev/null || die "$tool is not installed"
done
NGINX=$(command -v nginx || true)
[[ -z $NGINX && -x /usr/sbin/nginx ]] && NGINX=/usr/sbin/nginx
[[ -n $NGINX ]] || die "nginx is not installed (Debian: apt-get install nginx-light)"
mkdir -p "$RUN"
SUMMARY=$RUN/summary.txt
SERVER_PID=
NGINX_PID=

cleanup() {
    local status=$?
    for pid in $NGINX_PID $SERVER_PID; do
        if kill -0 "$pid" 2>/dev/null; then
            kill -TERM "$pid" 2>/dev/null || true
        fi
    done
    if [[ -n $SERVER_PID ]]; then
        for _ in $(seq 1 30); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
    fi
    exit "$status"
}
trap cleanup EXIT INT TERM

say() { echo "$*" | tee -a "$SUMMARY"; }

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

if [[ ! -f $JAR ]]; then
    log "building target/gazette.jar"
    (cd "$ROOT" && mvn -B -q package -DskipTests) || die "the build failed"
fi

# cpu_ticks PID...: user+system clock ticks of these processes so far
cpu_ticks() {
    local total=0 pid
    for pid in "$@"; do
        total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
    done
    echo "$total"
}

rss_report() {
    local pid=$1
    grep -E '^(VmRSS|RssAnon|VmHWM)' "/proc/$pid/status" | tr -s ' \t' ' ' | paste -sd' ' -
}

heap_report() {
    local pid=$1
    jcmd "$pid" GC.run >/dev/null 2>&1 || true
    jcmd "$pid" GC.heap_info 2>/dev/null | grep -E 'total|used' | head -2 | tr -s ' ' | paste -sd';' -
}

# start_server DATA_DIR PORT ENV...: the packaged jar with the bench heap; sets SERVER_PID and STARTUP
# (seconds from launch to the first 200 on /en/). Not to be called in a subshell: SERVER_PID must stay set.
start_server() {
    local data=$1 port=$2
    shift 2
    local started=$(date +%s%N)
    env "$@" GAZETTE_DATA_DIR="$data" SERVER_PORT="$port" GAZETTE_BASE_URL="http://127.0.0.1:$port" \
        java -Xmx"$HEAP" ${BENCH_JAVA_OPTIONS:-} -jar "$JAR" >"$RUN/server-$port.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 1200); do
        if [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/en/" || true) == 200 ]]; then
            STARTUP=$(python3 -c "print(f'{($(date +%s%N) - $started) / 1e9:.2f}')")
            return 0
        fi
        kill -0 "$SERVER_PID" 2>/dev/null || die "the server stopped; see $RUN/server-$port.log"
        sleep 0.05
    done
    die "the server did not answer within a minute; see $RUN/server-$port.log"
}

# wrk_run URL PIDS-FOR-CPU [wrk options...]: prints "req/s p50ms p99ms cpu_us_per_request errors"
wrk_run() {
    local url=$1 pids=$2
    shift 2
    wrk -t1 -c64 -d"${WARMUP}s" "$@" "$url" >/dev/null 2>&1 || true
    local before=$(cpu_ticks $pids)
    local out
    out=$(wrk -t1 -c64 -d"${DURATION}s" --latency "$@" "$url" 2>&1)
    local after=$(cpu_ticks $pids)
    echo "$out" >>"$RUN/wrk.log"
    python3 - "$before" "$after" "$TICKS" <<PY
import re, sys
out = """$out"""
before, after, ticks = map(int, sys.argv[1:])
def ms(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
total = int(re.search(r"(\d+) requests in", out).group(1))
p50 = ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
p99 = ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
errors = 0
m = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
errors += int(m.group(1)) if m else 0
m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
errors += sum(map(int, m.groups())) if m else 0
cpu_us = (after - before) / ticks * 1e6 / max(total, 1)
print(f"{rate:.0f} {p50:.2f} {p99:.2f} {cpu_us:.1f} {errors}")
PY
}

# article URLs of the running server, spread over its stories (through the public API)
collect_urls() {
    local port=$1 count=$2
    python3 - "$port" "$count" <<'PY'
import json, sys, urllib.request
port, count = sys.argv[1], int(sys.argv[2])
urls, cursor = [], None
while len(urls) < count:
    query = f"http://127.0.0.1:{port}/api/v1/articles?limit=100" + (f"&before={cursor}" if cursor else "")
    page = json.load(urllib.request.urlopen(query))
    items = page.get("articles") or page.get("items") or []
    if not items:
        break
    for item in items:
        url = item.get("url") or ""
        if url:
            urls.append(url.split("//", 1)[-1].split("/", 1)[-1])
    cursor = page.get("next_before") or page.get("before") or (page.get("next") or {}).get("before") if isinstance(page.get("next"), dict) else page.get("next_before")
    if not cursor:
        break
for url in urls[:count]:
    print("/" + url)
PY
}

say "# bench/speed.sh — $(date -u +%Y-%m-%dT%H:%M:%SZ)"
say "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB"
say "java: $(java -version 2>&1 | head -1); heap -Xmx$HEAP; load at start: $(load)"

PORT=$(free_port)
DATA=$RUN/data
start_server "$DATA" "$PORT" GAZETTE_DEMO_CONTENT=true
say "startup to first 200 (demo content, fresh data folder): ${STARTUP} s (load $(load))"
BASE=http://127.0.0.1:$PORT
REFERENCE=$(curl -s "$BASE/api/v1/articles/azertag-2024-09-16-blinken-aliyev-call" \
    | python3 -c 'import json,sys; print("/" + json.load(sys.stdin)["url"].split("//",1)[1].split("/",1)[1])')
SECOND=$(collect_urls "$PORT" 5 | grep -v "^$REFERENCE\$" | grep '^/en/' | head -1)
SECTION=$(curl -s "$BASE$REFERENCE" | python3 -c '
import re, sys
m = re.search(r"href=\"(/en/section/[^\"?]+)\"", sys.stdin.read())
print(m.group(1) if m else "/en/")')
PAGES=("$REFERENCE" "$SECOND" "/en/" "$SECTION")
NAMES=("reference article" "second article" "front page /en/" "section page")
mkdir -p "$RUN/www"
for i in "${!PAGES[@]}"; do
    curl -s -o "$RUN/www/p$i.html" "$BASE${PAGES[$i]}"
    gzip -k -9 "$RUN/www/p$i.html"
    say "page $i: ${NAMES[$i]} ${PAGES[$i]} — $(stat -c %s "$RUN/www/p$i.html") bytes, gzip -9 $(stat -c %s "$RUN/www/p$i.html.gz")"
done
NPORT=$(free_port)
cat >"$RUN/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $RUN/nginx.pid;
error_log $RUN/nginx-error.log;
events { worker_connections 1024; }
http {
access_log off;
default_type text/html;
sendfile on;
tcp_nopush on;
keepalive_requests 1000000;
gzip_static on;
server { listen 127.0.0.1:$NPORT; root $RUN/www; }
}
CONF
"$NGINX" -c "$RUN/nginx.conf" -p "$RUN" &
NGINX_PID=$!
sleep 1
NGINX_PIDS="$NGINX_PID $(pgrep -P "$NGINX_PID" | paste -sd' ' -)"
curl -sf -o /dev/null "http://127.0.0.1:$NPORT/p0.html" || die "nginx does not answer; see $RUN/nginx-error.log"
# warm the cache and the JIT on every page before measuring
for i in "${!PAGES[@]}"; do
    wrk -t1 -c64 -d"${WARMUP}s" "$BASE${PAGES[$i]}" >/dev/null 2>&1
    wrk -t1 -c64 -d"${WARMUP}s" -H 'Accept-Encoding: gzip' "$BASE${PAGES[$i]}" >/dev/null 2>&1
done
RESULTS=$RUN/results.tsv
: >"$RESULTS"
for round in $(seq 1 "$ROUNDS"); do
    for i in "${!PAGES[@]}"; do
        for enc in plain gzip; do
            headers=()
            [[ $enc == gzip ]] && headers=(-H 'Accept-Encoding: gzip')
            g=$(wrk_run "$BASE${PAGES[$i]}" "$SERVER_PID" "${headers[@]}")
            n=$(wrk_run "http://127.0.0.1:$NPORT/p$i.html" "$NGINX_PIDS" "${headers[@]}")
            printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$i" "$enc" "$g" "$n" "$(load)" >>"$RESULTS"
            log "round $round, ${NAMES[$i]}, $enc: gazette $g | nginx $n | load $(load)"
        done
    done
done
say ""
say "wrk -t1 -c64 -d${DURATION}s, ${ROUNDS} rounds alternating Gazette/nginx; median round per row"
python3 - "$RESULTS" "${NAMES[@]}" <<'PY' | tee -a "$SUMMARY"
import statistics, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
names = sys.argv[2:]
print(f"| page | encoding | Gazette req/s | p50 ms | p99 ms | CPU µs/req | nginx req/s | p50 ms | p99 ms | CPU µs/req | ratio | errors | load (1/5/15) |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
for page in sorted({r[1] for r in rows}, key=int):
    for enc in ("plain", "gzip"):
        runs = [r for r in rows if r[1] == page and r[2] == enc]
        g = [list(map(float, r[3].split())) for r in runs]
        n = [list(map(float, r[4].split())) for r in runs]
        ratios = sorted(a[0] / b[0] for a, b in zip(g, n))
        mid = sorted(range(len(runs)), key=lambda k: g[k][0] / n[k][0])[len(runs) // 2]
        gm, nm = g[mid], n[mid]
        errors = int(sum(x[4] for x in g))
        print(f"| {names[int(page)]} | {enc} | {gm[0]:.0f} | {gm[1]:.2f} | {gm[2]:.2f} | {gm[3]:.0f} | {nm[0]:.0f} | {nm[1]:.2f} | "
              f"{nm[2]:.2f} | {nm[3]:.0f} | {statistics.median(ratios):.2f} | {errors} | {runs[mid][5]} |")
PY
say ""
say "server after the run: $(rss_report "$SERVER_PID"); heap after GC: $(heap_report "$SERVER_PID"); load $(load)"

say "run folder: $RUN"
