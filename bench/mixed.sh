#!/usr/bin/env bash
# bench/mixed.sh — readers on many pages while an editor publishes and edits: errors, freshness, heap.
#
# The packaged jar (default heap of docs/operations.md) serves readers with wrk, round-robin over a few
# hundred paths: articles in every language, front pages, section, tag and source pages, archives and
# feeds. Meanwhile an editor, through the write API with a token made by `create-token`, publishes a new
# story every BENCH_EDIT_EVERY seconds, edits an earlier one, and now and then unpublishes one. After every
# change the editor reads the page at once and checks that it is exactly current (a new story is there,
# an edit shows its new headline, an unpublished story answers 404 or 410): a page cache that served one
# stale page counts as an error. Every minute the server's heap after a full GC and its RssAnon are noted:
# a leak shows as a rising series.
#
#   bench/mixed.sh                                   # 10 minutes on the demo content
#   BENCH_DATA=/tmp/gazette-bench/data-100000 bench/mixed.sh   # on a copy of an imported site
#   BENCH_MINUTES=2 bench/mixed.sh                   # a quick run
#
# Environment (all optional):
#   BENCH_DIR         work folder (default ${TMPDIR:-/tmp}/gazette-mixed)
#   BENCH_DATA        a data folder to copy and serve (SQLite); default: a fresh one with demo content
#   BENCH_HEAP        -Xmx of the server (default 320m)
#   BENCH_MINUTES     length of the run (default 10)
#   BENCH_EDIT_EVERY  seconds between the editor's changes (default 3)
#   BENCH_CONNECTIONS reader connections (default 32)
#   BENCH_JAR         the jar (default target/gazette.jar, built when missing)
# Needs: bash, JDK 17+ (java, jcmd), curl, wrk, python3. Results: stdout and summary.txt in the run folder.
set -euo pipefail

readonly ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly WORK=${BENCH_DIR:-${TMPDIR:-/tmp}/gazette-mixed}
readonly HEAP=${BENCH_HEAP:-320m}
readonly MINUTES=${BENCH_MINUTES:-10}
readonly EDIT_EVERY=${BENCH_EDIT_EVERY:-3}
readonly CONNECTIONS=${BENCH_CONNECTIONS:-32}
readonly JAR=${BENCH_JAR:-$ROOT/target/gazette.jar}
readonly RUN=$WORK/run-$(date -u +%Y%m%d-%H%M%S)
readonly TICKS=$(getconf CLK_TCK)

die() { echo "mixed: $*" >&2; exit 1; }
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

[[ $# -eq 0 ]] || die "takes no arguments (settings are BENCH_* variables); got '$*'"
[[ $MINUTES =~ ^[1-9][0-9]*$ ]] || die "BENCH_MINUTES must be a positive whole number, got '$MINUTES'"
for tool in java jcmd curl wrk python3; do
    command -v "$tool" >/dev/null || die "$tool is not installed"
done
mkdir -p "$RUN"
SUMMARY=$RUN/summary.txt
PIDS=()
cleanup() {
    local status=$?
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    exit "$status"
}
trap cleanup EXIT INT TERM
say() { echo "$*" | tee -a "$SUMMARY"; }

if [[ ! -f $JAR ]]; then
    log "building $JAR"
    (cd "$ROOT" && mvn -B -q package -DskipTests) || die "the build failed"
fi

# --- the data folder, an editor and a token (before the server: the commands open the database) -------
readonly DATA=$RUN/data
if [[ -n ${BENCH_DATA:-} ]]; then
    [[ -d $BENCH_DATA ]] || die "BENCH_DATA '$BENCH_DATA' is not a folder"
    log "copying $BENCH_DATA (the run writes to its copy)"
    cp -a "$BENCH_DATA" "$DATA"
    export GAZETTE_DEMO_CONTENT=false
else
    mkdir -p "$DATA"
    export GAZETTE_DEMO_CONTENT=true
fi
export GAZETTE_DATA_DIR=$DATA
GAZETTE_ADMIN_PASSWORD='mixed bench copper kettle 7' java -jar "$JAR" create-admin --email desk@example.org \
    >"$RUN/admin.log" 2>&1 || die "create-admin failed (see $RUN/admin.log)"
TOKEN=$(java -jar "$JAR" create-token --email desk@example.org --name "mixed bench" 2>"$RUN/token.log" | tail -1)
[[ -n $TOKEN ]] || die "create-token printed nothing (see $RUN/token.log)"

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
readonly BASE=http://127.0.0.1:$PORT
log "starting the server on $BASE (log in $RUN/server.log)"
env SERVER_PORT="$PORT" GAZETTE_BASE_URL="$BASE" java -Xmx"$HEAP" -jar "$JAR" >"$RUN/server.log" 2>&1 &
SERVER_PID=$!
PIDS+=("$SERVER_PID")
t0=$(date +%s)
until curl -fsS -o /dev/null "$BASE/en/" 2>/dev/null; do
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -30 "$RUN/server.log" >&2; die "the server exited during startup"; }
    (( $(date +%s) - t0 < 180 )) || die "the server did not answer within 180 s"
    sleep 0.2
done

# --- the readers' paths ------------------------------------------------------------------------------
python3 - "$BASE" "$RUN/paths.txt" <<'PY'
import json, re, sys, urllib.request
base, out = sys.argv[1], sys.argv[2]
def get(path):
    with urllib.request.urlopen(base + path, timeout=30) as response:
        return response.read().decode("utf-8")
paths = []
for lang in ("en", "ru", "az"):
    paths += [f"/{lang}/", f"/{lang}/rss.xml", f"/{lang}/atom.xml", f"/{lang}/feed.json"]
    page = json.loads(get(f"/api/v1/articles?lang={lang}&limit=100"))
    items = page.get("articles") or page.get("items") or []
    articles = ["/" + item["url"].split("//", 1)[1].split("/", 1)[1] for item in items if item.get("url")]
    paths += articles
    for article in articles[:10]:
        html = get(article)
        for kind in ("section", "tag", "source", "author", "archive"):
            paths += re.findall(rf'href="(/{lang}/{kind}/[^"?#]+)"', html)[:2]
unique = list(dict.fromkeys(paths))
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(unique) + "\n")
print(f"{len(unique)} reader paths", file=sys.stderr)
PY
python3 - "$RUN/paths.txt" >"$RUN/readers.lua" <<'PY'
import json, sys
paths = [line.strip() for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
print("local paths = {" + ",".join(json.dumps(p) for p in paths) + "}")
print("""local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], {["Accept-Encoding"] = "gzip"})
end""")
PY

# --- the run -----------------------------------------------------------------------------------------
say "# bench/mixed.sh — $(date -u +%Y-%m-%dT%H:%M:%SZ)"
say "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB; $(java -version 2>&1 | head -1)"
say "server: -Xmx$HEAP, data ${BENCH_DATA:-demo content}; $(wc -l <"$RUN/paths.txt") reader paths; $CONNECTIONS connections; an edit every $EDIT_EVERY s; $MINUTES min; load at start $(load)"

cpu_before=$(awk '{print $14 + $15}' "/proc/$SERVER_PID/stat")
wrk -t1 -c"$CONNECTIONS" -d"${MINUTES}m" --latency --timeout 5s -s "$RUN/readers.lua" "$BASE" >"$RUN/wrk.txt" 2>&1 &
WRK_PID=$!
PIDS+=("$WRK_PID")

python3 - "$BASE" "$TOKEN" "$MINUTES" "$EDIT_EVERY" "$RUN/editor.json" <<'PY' &
import json, sys, time, urllib.error, urllib.request
base, token, minutes, every, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
auth = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
counts = {"published": 0, "edited": 0, "unpublished": 0, "errors": 0, "stale": 0}
problems = []
def call(method, path, body=None, headers=auth):
    data = json.dumps(body).encode("utf-8") if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")
def expect(ok, what):
    if not ok:
        counts["errors"] += 1
        problems.append(what)
    return ok
def fresh(path, wanted_status, needle=None):
    status, body = call("GET", path, headers={})
    if status != wanted_status or (needle is not None and needle not in body):
        counts["stale"] += 1
        problems.append(f"stale {path}: {status}")
live = []
deadline = time.time() + minutes * 60 - 5
n = 0
while time.time() < deadline:
    started = time.time()
    n += 1
    story = {"id": f"mixed-bench-{int(started)}-{n}", "headline": f"Harbour council meets for session {n}",
             "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "lang": "en", "section": "politics",
             "tags": ["Harbour council"], "source": "Bench Wire",
             "body": f"The council met for its session number {n} and adjourned.\n\nIt meets again next week."}
    status, body = call("POST", "/api/v1/articles", story)
    if expect(status == 201, f"create {status} {body[:200]}"):
        status, body = call("POST", f"/api/v1/articles/{story['id']}/publish")
        if expect(status == 200, f"publish {status} {body[:200]}"):
            counts["published"] += 1
            url = json.loads(body).get("url", "")
            path = "/" + url.split("//", 1)[1].split("/", 1)[1]
            fresh(path, 200, story["headline"])
            fresh("/en/", 200, story["headline"])
            live.append((story, path))
    if len(live) > 3 and n % 2 == 0:
        story, path = live[-3]
        story = dict(story, headline=story["headline"] + " (updated)")
        status, body = call("PUT", f"/api/v1/articles/{story['id']}", story)
        if expect(status == 200, f"edit {status} {body[:200]}"):
            counts["edited"] += 1
            fresh(path, 200, story["headline"])
    if len(live) > 6 and n % 5 == 0:
        story, path = live.pop(0)
        status, body = call("POST", f"/api/v1/articles/{story['id']}/unpublish")
        if expect(status == 200, f"unpublish {status} {body[:200]}"):
            counts["unpublished"] += 1
            status, _ = call("GET", path, headers={})
            if status not in (404, 410):
                counts["stale"] += 1
                problems.append(f"unpublished {path} still answers {status}")
    time.sleep(max(0.0, every - (time.time() - started)))
json.dump({"counts": counts, "problems": problems[:20]}, open(out, "w"))
PY
EDITOR_PID=$!
PIDS+=("$EDITOR_PID")

: >"$RUN/memory.tsv"
for minute in $(seq 1 "$MINUTES"); do
    sleep 60
    kill -0 "$SERVER_PID" 2>/dev/null || die "the server died during the run (see $RUN/server.log)"
    jcmd "$SERVER_PID" GC.run >/dev/null 2>&1 || true
    used=$(jcmd "$SERVER_PID" GC.heap_info 2>/dev/null | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+')
    anon=$(awk '/^RssAnon/ {print $2}' "/proc/$SERVER_PID/status")
    printf '%s\t%s\t%s\t%s\n' "$minute" "$((used / 1024))" "$((anon / 1024))" "$(load)" >>"$RUN/memory.tsv"
    log "minute $minute: heap after GC $((used / 1024)) MB, RssAnon $((anon / 1024)) MB, load $(load)"
done
wait "$WRK_PID" || true
wait "$EDITOR_PID" || true
cpu_after=$(awk '{print $14 + $15}' "/proc/$SERVER_PID/stat")

python3 - "$RUN" "$cpu_before" "$cpu_after" "$TICKS" <<'PY' | tee -a "$SUMMARY"
import json, re, sys
run, before, after, ticks = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
out = open(f"{run}/wrk.txt", encoding="utf-8").read()
def ms(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
total = int(re.search(r"(\d+) requests in", out).group(1))
rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
p50 = ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
p99 = ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
reader_errors = (int(non2xx.group(1)) if non2xx else 0) + (sum(map(int, sockets.groups())) if sockets else 0)
editor = json.load(open(f"{run}/editor.json"))
memory = [line.split("\t") for line in open(f"{run}/memory.tsv") if line.strip()]
heap = [int(m[1]) for m in memory]
anon = [int(m[2]) for m in memory]
print(f"readers: {total} requests, {rate:.0f} req/s, p50 {p50:.2f} ms, p99 {p99:.2f} ms, errors {reader_errors}")
print(f"server CPU per reader request (editor included): {(after - before) / ticks * 1e6 / max(total, 1):.0f} µs")
c = editor["counts"]
print(f"editor: {c['published']} published, {c['edited']} edited, {c['unpublished']} unpublished; "
      f"errors {c['errors']}; stale pages after a change {c['stale']}")
for problem in editor["problems"]:
    print(f"  - {problem}")
print("heap after full GC by minute (MB): " + " ".join(map(str, heap)))
print("RssAnon by minute (MB): " + " ".join(map(str, anon)))
if len(heap) >= 3:
    settled = heap[1:]
    print(f"heap after minute 2: min {min(settled)} MB, max {max(settled)} MB, last − second minute {heap[-1] - heap[1]:+d} MB")
verdict = reader_errors == 0 and c["errors"] == 0 and c["stale"] == 0
print("verdict: " + ("0 errors, no stale page" if verdict else "ERRORS (see above)"))
PY
say "load at end: $(load); run folder: $RUN"
