# bench/lib/common.sh — what the benchmarks that import a generated corpus share: logging, the packaged
# jar, the generated corpus (kept between runs in the work folder) and a fresh run folder.
#
# Source it after setting BENCH_NAME (the prefix of log lines), ROOT, SHARED, JAR and WORK:
#   source "$ROOT/bench/lib/common.sh"
# Needs bash, python3, and mvn when the jar is missing.

log() { printf '[%s-bench %s] %s\n' "$BENCH_NAME" "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Checks that the generator is there, makes the run folder RUN and builds the jar unless it exists.
bench_prepare() {
    [[ -f $SHARED/corpus/generate.py ]] || die "$SHARED/corpus/generate.py is missing (set GAZETTE_SHARED_DIR)"
    mkdir -p "$RUN"
    if [[ ! -f $JAR ]]; then
        log "building $JAR"
        (cd "$ROOT" && mvn -B -q -DskipTests package) || die "the build failed"
    fi
}

# bench_corpus FILE COUNT SEED [generate.py options...]: writes the generated articles to FILE once;
# a later run with the same name reuses them. Written beside FILE first, so a stopped run leaves none.
bench_corpus() {
    local file=$1 count=$2 seed=$3
    shift 3
    if [[ ! -f $file ]]; then
        log "generating $count articles into $file"
        python3 "$SHARED/corpus/generate.py" --count "$count" --seed "$seed" --out "$file.part" "$@" >/dev/null \
            || die "generate.py failed"
        mv "$file.part" "$file"
    fi
}
