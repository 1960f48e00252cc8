#!/usr/bin/env bash
# bench/reader-site.sh — how fast Gazette imports a corpus and serves it to readers.
#
# What it measures, on the embedded SQLite database (the default deployment):
#   1. import: `java -jar target/gazette.jar import FILE.jsonl` of N synthetic articles
#      (../shared/corpus/generate.py, fixed seed) into a fresh data directory, with a fixed heap;
#      reports wall time, articles/s (wall clock, JVM start included), CPU time, peak RSS and the
#      importer's own summary line.
#   2. article pages: the packaged app (GAZETTE_DEMO_CONTENT=false, same heap) on a free port; a few
#      hundred article URLs in en, ru and az, spread over the whole date range, collected through
#      /api/v1/articles; wrk requests them round-robin: warm-up, then
#      `wrk -t2 -c64 -d30s --latency --timeout 10s`; reports requests/s, p50, p99, errors, and the
#      server's CPU time per request (from /proc: far steadier than req/s on a shared machine).
#   3. home page: the same warm-up + run against /en/ (cached by the app for up to 30 s).
#   4. server memory: RSS after startup, RSS after the load (ps) and peak RSS (VmHWM).
# It ends with a summary block (machine, JDK, figures), also saved as summary.txt in the run folder.
# wrk runs on the same machine as the server, so both compete for the same cores: quote the
# machine with every figure. Results so far: docs/benchmarks.md.
#
# Run it from the repository root (../shared must exist beside the repository):
#   bench/reader-site.sh            # 100,000 articles (the import takes a while)
#   bench/reader-site.sh 10000      # a quick run; BENCH_ARTICLES=10000 does the same
#
# Environment (all optional):
#   BENCH_ARTICLES  article count when no argument is given (default 100000)
#   BENCH_SEED      generator seed (default 1)
#   BENCH_DIR       work folder for corpora, data and logs (default ${TMPDIR:-/tmp}/gazette-bench)
#   BENCH_HEAP      -Xmx for the importer and the server (default 2g)
#   BENCH_REUSE_DATA=1  keep an already imported data folder of the same count/seed (skips the import)
#   BENCH_URLS      article URLs to request (default 300; split 60/25/15 % en/ru/az like the corpus)
#   BENCH_WARMUP    warm-up seconds before each measured run (default 15)
#   BENCH_DURATION  measured seconds per run (default 30)
#   BENCH_THREADS, BENCH_CONNECTIONS  wrk threads and connections (default 2 and 64)
#   BENCH_GZIP=1    send Accept-Encoding: gzip like a browser (default: no compression, wrk's default)
#   BENCH_JAVA_OPTIONS  more JVM options for the server only (e.g. -XX:StartFlightRecording=...)
#   GAZETTE_PAGE_CACHE=false  (the application's own setting) renders every page afresh: the cold render rate
# Needs: bash, a JDK 17 (java, jcmd, and mvn if target/gazette.jar is missing), python3, curl, wrk, ps.
set -euo pipefail

readonly ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly COUNT=${1:-${BENCH_ARTICLES:-100000}}
readonly SEED=${BENCH_SEED:-1}
readonly WORK=${BENCH_DIR:-${TMPDIR:-/tmp}/gazette-bench}
readonly HEAP=${BENCH_HEAP:-2g}
readonly URLS=${BENCH_URLS:-300}
readonly WARMUP=${BENCH_WARMUP:-15}
readonly DURATION=${BENCH_DURATION:-30}
readonly THREADS=${BENCH_THREADS:-2}
readonly CONNECTIONS=${BENCH_CONNECTIONS:-64}
readonly JAR=$ROOT/target/gazette.jar
readonly GENERATOR=$ROOT/../shared/corpus/generate.py

die() { echo "reader-site: $*" >&2; exit 1; }
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

[[ $COUNT =~ ^[1-9][0-9]*$ ]] || die "article count must be a positive integer, got '$COUNT'"
for tool in java python3 curl wrk ps; do
    command -v "$tool" >/dev/null || die "$tool is not installed"
done
[[ -f $GENERATOR ]] || die "corpus generator not found at $GENERATOR (../shared beside the repository)"

readonly STARTED_AT=$(date -u +%Y-%m-%dT%H:%M:%SZ)
readonly LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
readonly RUN=$WORK/run-$(date -u +%Y%m%d-%H%M%S)-$COUNT
readonly CORPUS=$WORK/corpus-$COUNT-seed$SEED.jsonl
readonly DATA=$WORK/data-$COUNT-seed$SEED
mkdir -p "$RUN"
SERVER_PID=

cleanup() {
    local status=$?
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        log "stopping the server (pid $SERVER_PID)"
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 30); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 1
        done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 0. the jar --------------------------------------------------------------------------------
if [[ ! -f $JAR ]]; then
    command -v mvn >/dev/null || die "target/gazette.jar is missing and mvn is not installed"
    log "building target/gazette.jar"
    (cd "$ROOT" && mvn -q -B package -DskipTests)
fi
readonly REVISION=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)

# --- 1. the corpus (deterministic: reused when already generated for this count and seed) -------
if [[ -s $CORPUS && -f $CORPUS.done ]]; then
    log "reusing $CORPUS"
else
    log "generating $COUNT articles (seed $SEED) into $CORPUS"
    python3 "$GENERATOR" --count "$COUNT" --seed "$SEED" --out "$CORPUS.part" >"$RUN/generate.log" 2>&1 \
        || { cat "$RUN/generate.log" >&2; die "the generator failed"; }
    mv "$CORPUS.part" "$CORPUS"
    touch "$CORPUS.done"
fi
readonly CORPUS_MB=$(( $(stat -c %s "$CORPUS") / 1048576 ))

# --- 2. the import, timed ----------------------------------------------------------------------
IMPORT_SUMMARY="(skipped: reused $DATA)"
IMPORT_WALL=
IMPORT_RATE=
IMPORT_PEAK_RSS_MB=
IMPORT_WORKAROUND=
IMPORT_CPU=
if [[ ${BENCH_REUSE_DATA:-0} == 1 && -f $DATA/import.done ]]; then
    log "reusing the imported data in $DATA"
    IMPORT_SUMMARY=$(cat "$DATA/import.done")
else
    rm -rf "$DATA"
    mkdir -p "$DATA"
    # GAZETTE_DEMO_CONTENT=false: without it the import command first loads the demo articles into
    # the empty database (its own demo-content=false is a default that application.properties overrides)
    import_env=(GAZETTE_DEMO_CONTENT=false)
    # The contract's command first. On revisions where `import` cannot start its (non-web) context
    # because a site bean needs ResourceUrlProvider, run it with a servlet context on a random port
    # and flag the run: the import itself is the same code either way.
    probe=$RUN/probe-data
    head -1 "$CORPUS" >"$RUN/probe.jsonl"
    if ! GAZETTE_DEMO_CONTENT=false GAZETTE_DATA_DIR=$probe java -jar "$JAR" import "$RUN/probe.jsonl" >"$RUN/probe.log" 2>&1; then
        if grep -q ResourceUrlProvider "$RUN/probe.log"; then
            IMPORT_WORKAROUND="import ran with SPRING_MAIN_WEB_APPLICATION_TYPE=servlet SERVER_PORT=0: the plain command fails to start (ResourceUrlProvider bean missing, see probe.log)"
            log "WARNING: $IMPORT_WORKAROUND"
            import_env+=(SPRING_MAIN_WEB_APPLICATION_TYPE=servlet SERVER_PORT=0)
        else
            cat "$RUN/probe.log" >&2
            die "importing one line failed (see $RUN/probe.log)"
        fi
    fi
    rm -rf "$probe"
    time_cmd=()
    if [[ -x /usr/bin/time ]] && /usr/bin/time -f %M true 2>/dev/null; then
        time_cmd=(/usr/bin/time -f 'peak-rss-kb %M user-s %U sys-s %S' -o "$RUN/import.time")
    fi
    log "importing into $DATA with -Xmx$HEAP (progress in $RUN/import.log)"
    t0=$(date +%s.%N)
    set +e
    env "${import_env[@]}" GAZETTE_DATA_DIR="$DATA" "${time_cmd[@]}" java -Xmx"$HEAP" -jar "$JAR" import "$CORPUS" \
        2>"$RUN/import.err" | tee "$RUN/import.log" \
        | awk '/^…/ && n++ % 15 == 0 || /^[0-9]+ lines:/ { print; fflush() }' >&2
    import_status=${PIPESTATUS[0]}
    set -e
    t1=$(date +%s.%N)
    if [[ $import_status -ne 0 ]]; then
        cat "$RUN/import.err" >&2
        die "the import exited with $import_status (see $RUN/import.log)"
    fi
    IMPORT_WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
    IMPORT_RATE=$(awk -v n="$COUNT" -v s="$IMPORT_WALL" 'BEGIN { printf "%.0f", n / s }')
    IMPORT_SUMMARY=$(grep -E '^[0-9]+ lines:' "$RUN/import.log" | tail -1)
    if [[ -f $RUN/import.time ]]; then
        IMPORT_PEAK_RSS_MB=$(awk '/peak-rss-kb/ { printf "%.0f", $2 / 1024 }' "$RUN/import.time")
        IMPORT_CPU=$(awk '/peak-rss-kb/ { printf "CPU %.0f s user + %.0f s system", $4, $6 }' "$RUN/import.time")
    fi
    echo "$IMPORT_SUMMARY" >"$DATA/import.done"
fi

# --- 2b. the search index ----------------------------------------------------------------------
# Built before the measured server starts, so that server serves pages and does nothing else. Margin 0:
# nothing else writes to this database, so the rebuild covers every change the import queued and the
# server's indexer finds nothing left to do (with the default 10-minute margin it would index the last
# ten minutes of the import again while being measured).
if [[ ! -f $DATA/index.done ]]; then
    log "building the search index (log in $RUN/reindex.log)"
    GAZETTE_DATA_DIR=$DATA GAZETTE_DEMO_CONTENT=false GAZETTE_SEARCH_REBUILD_MARGIN=PT0S \
        java -Xmx"$HEAP" -jar "$JAR" reindex >"$RUN/reindex.log" 2>&1 || die "reindex failed (see $RUN/reindex.log)"
    grep '^indexed ' "$RUN/reindex.log" | tail -1 >"$DATA/index.done"
fi
readonly REINDEX_SUMMARY=$(cat "$DATA/index.done")
readonly DB_MB=$(du -sm "$DATA" | cut -f1)

# --- 3. the server -----------------------------------------------------------------------------
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
readonly BASE=http://127.0.0.1:$PORT
log "starting the server on $BASE (log in $RUN/server.log)"
env SERVER_PORT="$PORT" GAZETTE_DATA_DIR="$DATA" GAZETTE_DEMO_CONTENT=false GAZETTE_BASE_URL="$BASE" \
    java -Xmx"$HEAP" ${BENCH_JAVA_OPTIONS:-} -jar "$JAR" >"$RUN/server.log" 2>&1 &
SERVER_PID=$!
t0=$(date +%s.%N)
until curl -fsS -o /dev/null "$BASE/actuator/health" 2>/dev/null; do
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -30 "$RUN/server.log" >&2; die "the server exited during startup"; }
    (( $(date +%s) - ${t0%.*} < 180 )) || die "the server did not become healthy within 180 s"
    sleep 0.5
done
readonly STARTUP_S=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
readonly RSS_IDLE_MB=$(( $(ps -o rss= -p "$SERVER_PID") / 1024 ))
log "healthy after $STARTUP_S s, RSS $RSS_IDLE_MB MB"

# --- 4. article URLs: mixed languages, spread over the whole date range --------------------------
log "collecting $URLS article URLs through /api/v1/articles"
python3 - "$BASE" "$URLS" "$RUN/paths.txt" <<'PY'
import json, sys, urllib.parse, urllib.request
from datetime import datetime, timedelta

base, wanted, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
share = {"en": 0.60, "ru": 0.25, "az": 0.15}  # the corpus' language mix

def get(path):
    with urllib.request.urlopen(base + path, timeout=30) as response:
        return json.load(response)

def articles(lang, to=None):
    query = {"lang": lang, "limit": 100}
    if to:
        query["to"] = to
    return get("/api/v1/articles?" + urllib.parse.urlencode(query))["items"]

def path_of(url):
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.quote(parts.path, safe="/%-._~")

per_lang = {}
for lang, fraction in share.items():
    quota = max(1, round(wanted * fraction))
    newest = articles(lang)
    if not newest:
        per_lang[lang] = []
        continue
    # step back through time 30 days at a time, taking the newest 100 stories before each step, until
    # three steps in a row find nothing new; then sample the quota evenly from what was found
    day = datetime.fromisoformat(newest[0]["date"].replace("Z", "+00:00")).date()
    seen, found = set(), []
    empty = 0
    while empty < 3 and len(found) < 20000:
        batch = [a for a in articles(lang, day.isoformat()) if a["url"] not in seen]
        if batch:
            empty = 0
            for a in batch:
                seen.add(a["url"])
                found.append(path_of(a["url"]))
        else:
            empty += 1
        day -= timedelta(days=30)
    step = max(1, len(found) // quota)
    per_lang[lang] = found[::step][:quota]
    print(f"{lang}: {len(per_lang[lang])} of {len(found)} sampled URLs", file=sys.stderr)

# interleave the languages so that consecutive requests mix them
mixed, queues = [], {lang: list(paths) for lang, paths in per_lang.items()}
while any(queues.values()):
    for lang in share:
        for _ in range(max(1, round(share[lang] * 20))):
            if queues[lang]:
                mixed.append(queues[lang].pop(0))
if not mixed:
    raise SystemExit("the API listed no articles")
with open(out, "w") as f:
    f.write("\n".join(mixed) + "\n")
PY
readonly URL_COUNT=$(wc -l <"$RUN/paths.txt")
readonly URL_MIX=$(awk -F/ '{ n[$2]++ } END { for (l in n) printf "%s %d, ", l, n[l] }' "$RUN/paths.txt" | sed 's/, $//')
# a tenth of the URLs, spread over the list, must answer 200 before the load is worth measuring
bad=0
while read -r path; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")
    [[ $code == 200 ]] || { echo "  $code $path" >&2; bad=$((bad + 1)); }
done < <(awk 'NR % 10 == 1' "$RUN/paths.txt")
(( bad == 0 )) || die "$bad sampled article URLs did not answer 200"

# --- 5. load -------------------------------------------------------------------------------------
GZIP_HEADER=
[[ ${BENCH_GZIP:-0} == 1 ]] && GZIP_HEADER='wrk.headers["Accept-Encoding"] = "gzip"'
{
    echo "-- generated by bench/reader-site.sh: request these paths round-robin, each thread from its own offset"
    echo "$GZIP_HEADER"
    echo "local paths = {"
    sed 's/.*/  "&",/' "$RUN/paths.txt"
    echo "}"
    cat <<'LUA'
local threads = 0
function setup(thread)
  thread:set("offset", threads)
  threads = threads + 1
end
local i
function request()
  if i == nil then i = (offset * 97) % #paths end
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
LUA
} >"$RUN/articles.lua"
{ echo "$GZIP_HEADER"; } >"$RUN/home.lua"

server_ticks() { # utime + stime of the server, in clock ticks
    sed 's/.*) //' "/proc/$SERVER_PID/stat" | awk '{ print $12 + $13 }'
}
machine_ticks() { # "busy total" clock ticks over all cores
    awk '/^cpu / { t = 0; for (i = 2; i <= NF; i++) t += $i; print t - $5 - $6, t; exit }' /proc/stat
}

ms() { # wrk latency (12.3us / 4.56ms / 1.2s / 2.00m) -> milliseconds
    awk -v v="$1" 'BEGIN {
        n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
        f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : -1
        if (f < 0) { print "?"; exit } printf "%.2f", n * f }'
}

# run_wrk NAME URL → sets RPS, P50, P99, ERRORS from wrk's --latency output
run_wrk() {
    local name=$1 url=$2 out=$RUN/wrk-$1.txt
    log "$name: warming up for ${WARMUP}s"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s -s "$RUN/$name.lua" "$url" >"$RUN/wrk-$name-warmup.txt"
    log "$name: measuring for ${DURATION}s (wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency)"
    local server0 machine0 server1 machine1
    server0=$(server_ticks) machine0=$(machine_ticks)
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency --timeout 10s -s "$RUN/$name.lua" "$url" >"$out"
    server1=$(server_ticks) machine1=$(machine_ticks)
    RPS=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")
    P50=$(ms "$(awk '/Latency Distribution/ { d = 1 } d && $1 == "50%" { print $2; exit }' "$out")")
    P99=$(ms "$(awk '/Latency Distribution/ { d = 1 } d && $1 == "99%" { print $2; exit }' "$out")")
    local non2xx socket
    non2xx=$(awk -F: '/Non-2xx or 3xx responses/ { gsub(/ /, "", $2); print $2 }' "$out")
    socket=$(awk '/Socket errors/ { sub(/^ *Socket errors: */, ""); print }' "$out")
    ERRORS="non-2xx/3xx: ${non2xx:-0}; socket errors: ${socket:-none}"
    # CPU accounting: what the server burnt per request is far less sensitive to a busy machine than
    # req/s; "machine busy" tells how much of all cores were in use (server + wrk + anything else)
    local requests
    requests=$(awk '/requests in/ { print $1; exit }' "$out")
    CPU=$(awk -v s0="$server0" -v s1="$server1" -v m0="${machine0% *}" -v m1="${machine1% *}" \
        -v t0="${machine0#* }" -v t1="${machine1#* }" -v hz="$(getconf CLK_TCK)" -v n="$requests" \
        -v cores="$(nproc)" -v d="$DURATION" 'BEGIN {
            printf "server CPU %.2f ms/request (%.0f%% of one core); machine busy %.0f%% of %d cores",
                (s1 - s0) / hz * 1000 / n, (s1 - s0) / hz / d * 100, (m1 - m0) / (t1 - t0) * 100, cores }')
    sed 's/^/    /' "$out" >&2
}

run_wrk articles "$BASE"
ART_RPS=$RPS ART_P50=$P50 ART_P99=$P99 ART_ERRORS=$ERRORS ART_CPU=$CPU
run_wrk home "$BASE/en/"
HOME_RPS=$RPS HOME_P50=$P50 HOME_P99=$P99 HOME_ERRORS=$ERRORS HOME_CPU=$CPU

# --- 6. memory after the load --------------------------------------------------------------------
readonly RSS_MB=$(( $(ps -o rss= -p "$SERVER_PID") / 1024 ))
readonly HWM_MB=$(( $(awk '/^VmHWM:/ { print $2 }' "/proc/$SERVER_PID/status") / 1024 ))
readonly ANON_MB=$(( $(awk '/^RssAnon:/ { print $2 }' "/proc/$SERVER_PID/status") / 1024 ))
# the heap in use once garbage is collected (what stays), and what the JVM holds for it
jcmd "$SERVER_PID" GC.run >/dev/null 2>&1 || true
HEAP_AFTER_GC=$(jcmd "$SERVER_PID" GC.heap_info 2>/dev/null | awk '/total/ && /used/ {
    for (i = 1; i <= NF; i++) { if ($i == "total") t = $(i + 1); if ($i == "used") u = $(i + 1) }
    gsub(/[^0-9]/, "", t); gsub(/[^0-9]/, "", u); printf "%d MB used of %d MB committed", u / 1024, t / 1024; exit }')

# --- summary -------------------------------------------------------------------------------------
CPU_MODEL=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)
RAM_GB=$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)
GC=$(java -Xmx"$HEAP" -XX:+PrintCommandLineFlags -version 2>&1 | grep -o 'Use[A-Za-z0-9]*GC' | head -1)
JAVA_VERSION=$(java -version 2>&1 | sed -n '1p;3p' | paste -sd ';' - | sed 's/;/; /')
{
    echo "================ Gazette reader-site benchmark ================"
    echo "date        $STARTED_AT (finished $(date -u +%Y-%m-%dT%H:%M:%SZ))"
    echo "command     bench/reader-site.sh $COUNT   (seed $SEED, revision $REVISION)"
    echo "machine     $(nproc) cores, ${RAM_GB} GiB RAM, ${CPU_MODEL:-unknown CPU}, $(uname -sr)"
    echo "load avg    $LOAD_AT_START at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end (1/5/15 min; wrk shares the cores)"
    echo "java        $JAVA_VERSION"
    echo "heap        -Xmx$HEAP for the importer and the server (the heap may grow to it); GC: $GC"
    echo "corpus      $COUNT articles, ${CORPUS_MB} MB ($CORPUS)"
    if [[ -n $IMPORT_WALL ]]; then
        echo "import      $IMPORT_WALL s wall, $IMPORT_RATE articles/s (JVM start included)${IMPORT_PEAK_RSS_MB:+, peak RSS $IMPORT_PEAK_RSS_MB MB}${IMPORT_CPU:+, $IMPORT_CPU}"
    else
        echo "import      not measured in this run (BENCH_REUSE_DATA=1); the earlier import reported:"
    fi
    echo "            importer: $IMPORT_SUMMARY"
    [[ -z $IMPORT_WORKAROUND ]] || echo "            NOTE: $IMPORT_WORKAROUND"
    echo "data dir    ${DB_MB} MB with the search index ($DATA)"
    echo "index       $REINDEX_SUMMARY"
    echo "server      healthy after ${STARTUP_S} s; RSS ${RSS_IDLE_MB} MB at startup"
    echo "articles    $URL_COUNT URLs ($URL_MIX), wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s after ${WARMUP}s warm-up${GZIP_HEADER:+, gzip}"
    echo "            $ART_RPS req/s, p50 $ART_P50 ms, p99 $ART_P99 ms ($ART_ERRORS)"
    echo "            $ART_CPU"
    echo "home /en/   $HOME_RPS req/s, p50 $HOME_P50 ms, p99 $HOME_P99 ms ($HOME_ERRORS)"
    echo "            $HOME_CPU"
    echo "memory      server RSS after the load ${RSS_MB} MB (RssAnon ${ANON_MB} MB), peak (VmHWM) ${HWM_MB} MB"
    echo "heap        after a full GC: ${HEAP_AFTER_GC:-not read (jcmd missing?)}"
    echo "logs        $RUN"
    echo "==============================================================="
} | tee "$RUN/summary.txt"
