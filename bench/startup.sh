#!/usr/bin/env bash
# bench/startup.sh — how long Gazette takes from launch to its first 200, four ways of starting it.
#
#   jar        java -jar target/gazette.jar, as the README runs it (JDK 17)
#   extracted  the same jar unpacked by `java -Djarmode=tools -jar gazette.jar extract` (JDK 17): classes
#              load from plain jars instead of jars nested in one
#   cds        extracted, with a class data sharing archive made by one training start
#              (-XX:ArchiveClassesAtExit, the application stopping once its context is ready:
#              -Dspring.context.exit=onRefresh), JDK 17
#   aot        extracted, with an ahead-of-time cache made the same way on JDK 25 (-XX:AOTCacheOutput,
#              JEP 483/514: classes loaded and linked ahead, and method profiles), when a JDK 25 is found
#
# Every way starts on the same data folder, made once beforehand with the demo content (the usual
# restart of a running site: the database, the search index and the media are there). The ways
# alternate for BENCH_ROUNDS rounds in one run, so they share the machine's noise; the table gives
# each way's median and its ratio to `jar`, with the load average. The archive and the cache are made
# before the rounds and their making is timed on its own line.
#
# Environment (all optional):
#   BENCH_DIR      work folder (default ${TMPDIR:-/tmp}/gazette-startup)
#   BENCH_HEAP     -Xmx (default 320m, docs/operations.md)
#   BENCH_ROUNDS   rounds (default 5)
#   BENCH_JAR      the jar (default target/gazette.jar, built when missing)
#   BENCH_JDK25    a JDK 25 home (default: the first /usr/lib/jvm/*25* found; the `aot` way is left out without one)
# Needs: bash, JDK 17 (java), curl, python3. Results: docs/benchmarks.md.
set -euo pipefail

readonly ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly WORK=${BENCH_DIR:-${TMPDIR:-/tmp}/gazette-startup}
readonly HEAP=${BENCH_HEAP:-320m}
readonly ROUNDS=${BENCH_ROUNDS:-5}
readonly JAR=${BENCH_JAR:-$ROOT/target/gazette.jar}
readonly RUN=$WORK/run-$(date -u +%Y%m%d-%H%M%S)
readonly PORT=${BENCH_PORT:-18481}

die() { echo "startup: $*" >&2; exit 1; }
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

[[ $# -eq 0 ]] || die "takes no arguments (settings are BENCH_* variables); got '$*'"
for tool in java curl python3; do
    command -v "$tool" >/dev/null || die "$tool is not installed"
done
JDK25=${BENCH_JDK25:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n 1 || true)}
mkdir -p "$RUN"
if [[ ! -f $JAR ]]; then
    log "building $JAR"
    (cd "$ROOT" && mvn -B -q -DskipTests package) || die "the build failed"
fi
SERVER_PID=
trap '[[ -n $SERVER_PID ]] && kill "$SERVER_PID" 2>/dev/null; true' EXIT

readonly DATA=$RUN/data APP=$RUN/app
# extract names the unpacked jar after the packaged one
readonly APP_JAR=$APP/$(basename "$JAR")
export GAZETTE_DATA_DIR=$DATA GAZETTE_DEMO_CONTENT=true SERVER_PORT=$PORT \
    GAZETTE_BASE_URL=http://127.0.0.1:$PORT

# start JAVA ARGS...: launches, waits for the first 200 on /en/, prints the seconds it took, stops it
start() {
    local java=$1
    shift
    # a server left over from a stopped run would answer at once and make every start look instant
    if curl -s -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null; then
        die "something already answers on port $PORT (a server of an earlier run?); stop it or set BENCH_PORT"
    fi
    local began=$(date +%s%N)
    "$java" -Xmx"$HEAP" "$@" >>"$RUN/server.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 6000); do
        if [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/en/" || true) == 200 ]]; then
            python3 -c "print(f'{($(date +%s%N) - $began) / 1e9:.2f}')"
            kill "$SERVER_PID"
            wait "$SERVER_PID" 2>/dev/null || true
            SERVER_PID=
            return 0
        fi
        kill -0 "$SERVER_PID" 2>/dev/null || die "the server stopped; see $RUN/server.log"
        sleep 0.02
    done
    kill "$SERVER_PID" 2>/dev/null
    die "no answer within two minutes; see $RUN/server.log"
}

# train JAVA ARGS...: one start that stops when the context is ready (the archive is written at exit)
train() {
    local java=$1
    shift
    local began=$(date +%s%N)
    "$java" -Xmx"$HEAP" -Dspring.context.exit=onRefresh "$@" >>"$RUN/training.log" 2>&1 \
        || die "the training start failed; see $RUN/training.log"
    python3 -c "print(f'{($(date +%s%N) - $began) / 1e9:.1f}')"
}

log "data folder with the demo content: first start $(start java -jar "$JAR") s (load $(load))"
java -Djarmode=tools -jar "$JAR" extract --destination "$APP" >/dev/null || die "extract failed"
log "class data sharing archive (JDK 17): made in $(train java -XX:ArchiveClassesAtExit="$RUN/app.jsa" -jar "$APP_JAR") s," \
    "$(du -m "$RUN/app.jsa" | cut -f1) MB"
WAYS=(jar extracted cds)
if [[ -n $JDK25 && -x $JDK25/bin/java ]]; then
    log "ahead-of-time cache ($("$JDK25/bin/java" -version 2>&1 | head -n 1)): made in" \
        "$(train "$JDK25/bin/java" -XX:AOTCacheOutput="$RUN/app.aot" -jar "$APP_JAR") s," \
        "$(du -m "$RUN/app.aot" | cut -f1) MB"
    WAYS+=(aot)
else
    log "no JDK 25 found (BENCH_JDK25): the aot way is left out"
fi

declare -A TIMES
for round in $(seq 1 "$ROUNDS"); do
    for way in "${WAYS[@]}"; do
        case $way in
            jar) t=$(start java -jar "$JAR") ;;
            extracted) t=$(start java -jar "$APP_JAR") ;;
            cds) t=$(start java -XX:SharedArchiveFile="$RUN/app.jsa" -jar "$APP_JAR") ;;
            aot) t=$(start "$JDK25/bin/java" -XX:AOTCache="$RUN/app.aot" -jar "$APP_JAR") ;;
        esac
        TIMES[$way]="${TIMES[$way]:-} $t"
        log "round $round: $way $t s (load $(load))"
    done
done

{
    echo "Gazette startup to the first 200 on /en/ (demo content, existing data folder, -Xmx$HEAP)"
    echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -n 1), load $(load)"
    printf '%-10s %10s %8s   %s\n' way "median s" "× jar" "every round (s)"
    base=
    for way in "${WAYS[@]}"; do
        median=$(python3 -c "import statistics,sys; print(f'{statistics.median(map(float, sys.argv[1:])):.2f}')" ${TIMES[$way]})
        base=${base:-$median}
        printf '%-10s %10s %8s  %s\n' "$way" "$median" "$(python3 -c "print(f'{$median / $base:.2f}')")" "${TIMES[$way]}"
    done
} | tee "$RUN/summary.txt"
