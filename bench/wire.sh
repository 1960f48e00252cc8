#!/usr/bin/env bash
# bench/wire.sh — how fast the wire desk takes items in from polled feeds while the site serves pages.
#
# What it measures, on the embedded SQLite database (the default deployment):
#   1. feeds: N articles from ../shared/corpus/generate.py (fixed seed, English) written as S RSS 2.0
#      files of N/S items each, served by a local HTTP server (python3 http.server, threaded).
#   2. the packaged app (GAZETTE_DEMO_CONTENT=false, GAZETTE_WIRE_ALLOW_PRIVATE_HOSTS=true, fixed heap)
#      on a free port, with an editor's API token made by the contract's commands.
#   3. while wrk requests the English front page and the first page of the article API
#      (`wrk -t1 -c16 --latency` on each), S sources that publish directly are added through
#      POST /api/v1/sources; each is polled at once. The clock runs from the first POST until the sum
#      of items_imported over GET /api/v1/sources reaches N; reports items/s, refused items, failed
#      polls, and what wrk saw (requests/s, p50, p99, errors) during the intake.
# It ends with a summary block (machine, load, JDK, figures), also saved as summary.txt in the run folder.
# Everything runs on one machine: quote the load with every figure. Results: docs/benchmarks.md.
#
# Run it from the repository root (../shared must exist beside the repository):
#   bench/wire.sh                 # 200 sources, 20,000 items
#   BENCH_SOURCES=20 BENCH_ITEMS=2000 bench/wire.sh     # a quick run
#
# Environment (all optional):
#   BENCH_SOURCES   feeds (default 200)     BENCH_ITEMS  items over all feeds (default 20000)
#   BENCH_SEED      generator seed (default 1)
#   BENCH_DIR       work folder (default ${TMPDIR:-/tmp}/gazette-bench-wire)
#   BENCH_HEAP      -Xmx for the server (default 2g)
#   BENCH_TIMEOUT   seconds to wait for every item (default 1800)
# Needs: bash, a JDK 17 (java, and mvn if target/gazette.jar is missing), python3, curl, wrk.
set -euo pipefail

readonly ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly SOURCES=${BENCH_SOURCES:-200}
readonly ITEMS=${BENCH_ITEMS:-20000}
readonly SEED=${BENCH_SEED:-1}
readonly WORK=${BENCH_DIR:-${TMPDIR:-/tmp}/gazette-bench-wire}
readonly HEAP=${BENCH_HEAP:-2g}
readonly TIMEOUT=${BENCH_TIMEOUT:-1800}
readonly SHARED=${GAZETTE_SHARED_DIR:-$ROOT/../shared}
readonly JAR=$ROOT/target/gazette.jar
readonly RUN=$WORK/run-$(date -u +%Y%m%dT%H%M%SZ)

readonly BENCH_NAME=wire
source "$ROOT/bench/lib/common.sh"
command -v wrk >/dev/null || die "wrk is not installed"
bench_prepare

PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# --- 1. the feeds ------------------------------------------------------------------------------
readonly FEEDS=$WORK/feeds-$SOURCES-$ITEMS-$SEED
if [[ ! -f $FEEDS/done ]]; then
    log "generating $ITEMS articles into $SOURCES RSS feeds in $FEEDS"
    rm -rf "$FEEDS"
    mkdir -p "$FEEDS"
    python3 "$SHARED/corpus/generate.py" --count "$ITEMS" --seed "$SEED" --langs en --out "$FEEDS/corpus.jsonl" \
        >/dev/null
    python3 - "$FEEDS" "$SOURCES" <<'PY'
import html, json, sys
from datetime import datetime
from email.utils import format_datetime

folder, sources = sys.argv[1], int(sys.argv[2])
items = [json.loads(line) for line in open(f"{folder}/corpus.jsonl", encoding="utf-8")]
feeds = [[] for _ in range(sources)]
for i, item in enumerate(items):
    feeds[i % sources].append(item)
for n, feed in enumerate(feeds):
    with open(f"{folder}/source-{n}.xml", "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
                  f"<title>Agency {n}</title><link>https://agency{n}.example/</link><language>en</language>\n")
        for item in feed:
            date = datetime.fromisoformat(item["date"].replace("Z", "+00:00"))
            body = "".join(f"<p>{html.escape(p)}</p>" for p in item["body"].split("\n\n") if p.strip())
            out.write(f"<item><title>{html.escape(item['headline'])}</title>"
                      f"<guid isPermaLink=\"false\">{html.escape(item['id'])}</guid>"
                      f"<pubDate>{format_datetime(date)}</pubDate>"
                      f"<description>{html.escape(body)}</description></item>\n")
        out.write("</channel></rss>\n")
PY
    touch "$FEEDS/done"
fi
readonly FEED_MB=$(du -sm --exclude=corpus.jsonl "$FEEDS" | cut -f1)

FEED_PORT=$(free_port)
(cd "$FEEDS" && exec python3 -m http.server "$FEED_PORT" --bind 127.0.0.1 >"$RUN/feed-server.log" 2>&1) &
PIDS+=($!)

# --- 2. the server and a token -----------------------------------------------------------------
readonly DATA=$RUN/data
mkdir -p "$DATA"
export GAZETTE_DATA_DIR=$DATA GAZETTE_DEMO_CONTENT=false
GAZETTE_ADMIN_PASSWORD='bench wire lantern harbour 42' java -jar "$JAR" create-admin --email wire-chief@example.org \
    >"$RUN/admin.log" 2>&1 || die "create-admin failed (see $RUN/admin.log)"
TOKEN=$(java -jar "$JAR" create-token --email wire-chief@example.org --name "wire bench" 2>"$RUN/token.log" | tail -1)
[[ -n $TOKEN ]] || die "create-token printed nothing (see $RUN/token.log)"

PORT=$(free_port)
readonly BASE=http://127.0.0.1:$PORT
log "starting the server on $BASE (log in $RUN/server.log)"
env SERVER_PORT="$PORT" GAZETTE_BASE_URL="$BASE" GAZETTE_WIRE_ALLOW_PRIVATE_HOSTS=true \
    java -Xmx"$HEAP" -jar "$JAR" >"$RUN/server.log" 2>&1 &
SERVER_PID=$!
PIDS+=($SERVER_PID)
t0=$(date +%s)
until curl -fsS -o /dev/null "$BASE/actuator/health" 2>/dev/null; do
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -30 "$RUN/server.log" >&2; die "the server exited during startup"; }
    (( $(date +%s) - t0 < 180 )) || die "the server did not become healthy within 180 s"
    sleep 0.5
done

# --- 3. intake under page load -----------------------------------------------------------------
log "serving pages with wrk while $SOURCES sources are added and polled"
wrk -t1 -c16 -d"${TIMEOUT}s" --latency --timeout 10s "$BASE/en/" >"$RUN/wrk-home.txt" 2>&1 &
WRK_HOME=$!
PIDS+=($WRK_HOME)
wrk -t1 -c16 -d"${TIMEOUT}s" --latency --timeout 10s "$BASE/api/v1/articles" >"$RUN/wrk-api.txt" 2>&1 &
WRK_API=$!
PIDS+=($WRK_API)
CPU0=$(awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat")
python3 - "$BASE" "$TOKEN" "$FEED_PORT" "$SOURCES" "$ITEMS" "$TIMEOUT" "$RUN/intake.txt" <<'PY'
import json, sys, time, urllib.request

base, token, feed_port, sources, items, timeout, out = sys.argv[1:8]
sources, items, timeout = int(sources), int(items), int(timeout)
auth = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}

def call(method, path, body=None):
    request = urllib.request.Request(base + path, method=method, headers=auth,
                                     data=None if body is None else json.dumps(body).encode())
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())

start = time.monotonic()
for n in range(sources):
    call("POST", "/api/v1/sources", {"name": f"Agency {n}", "feed_url": f"http://127.0.0.1:{feed_port}/source-{n}.xml",
                                     "format": "rss", "interval_seconds": 86400, "lang": "en", "auto_publish": True})
added = time.monotonic() - start
imported = refused = failed = 0
while time.monotonic() - start < timeout:
    listed = call("GET", "/api/v1/sources")
    imported = sum(s["status"]["items_imported"] for s in listed)
    refused = sum(s["status"]["items_refused"] for s in listed)
    failed = sum(1 for s in listed if s["status"]["state"] in ("failed", "circuit open"))
    if imported + refused >= items:
        break
    time.sleep(0.5)
elapsed = time.monotonic() - start
with open(out, "w") as f:
    f.write(f"sources_added_s {added:.1f}\nelapsed_s {elapsed:.1f}\nimported {imported}\nrefused {refused}\n"
            f"failed_sources {failed}\nitems_per_s {imported / elapsed:.1f}\n")
print(open(out).read(), file=sys.stderr)
PY
CPU1=$(awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat")
kill -INT "$WRK_HOME" "$WRK_API" 2>/dev/null || true
wait "$WRK_HOME" "$WRK_API" 2>/dev/null || true

readonly TICKS=$(getconf CLK_TCK)
wrk_line() {
    awk -v name="$2" '/Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
        /Non-2xx|Socket errors/ { errors = errors " " $0 }
        END { printf "%s: %s req/s, p50 %s, p99 %s%s\n", name, rps, p50, p99, errors == "" ? ", no errors" : errors }' "$1"
}
{
    echo "== bench/wire.sh $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "java: $(java -version 2>&1 | head -1); heap -Xmx$HEAP; SQLite; $SOURCES sources, $ITEMS items ($FEED_MB MB of RSS), seed $SEED"
    awk '{ printf "%s %s\n", $1, $2 }' "$RUN/intake.txt"
    echo "server CPU during the intake: $(awk -v a="$CPU0" -v b="$CPU1" -v t="$TICKS" 'BEGIN { printf "%.0f s", (b - a) / t }')"
    wrk_line "$RUN/wrk-home.txt" "front page /en/ during the intake"
    wrk_line "$RUN/wrk-api.txt" "article API /api/v1/articles during the intake"
} | tee "$RUN/summary.txt"
