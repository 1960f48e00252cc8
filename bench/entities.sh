#!/usr/bin/env bash
# bench/entities.sh — how fast stories are tagged with their people, organisations and places, and what the
# tags add to the database, with N articles stored (default 100,000).
#
# Steps, on the embedded SQLite database, or on PostgreSQL when GAZETTE_DB_URL (and GAZETTE_DB_USER,
# GAZETTE_DB_PASSWORD) point to an empty database:
#   1. N articles from ../shared/corpus/generate.py (fixed seed; en, ru and az) are imported with the
#      contract's `import` command into a fresh data directory. The import queues every story for tagging
#      (the command runs no background worker), which is what a site's worker would then work through.
#   2. The database's size is taken (SQLite: the file; PostgreSQL: pg_total_relation_size of the tagging
#      tables, which are nearly empty then).
#   3. `java -jar gazette.jar tag-entities` tags every story in one process, as the worker does (plain text,
#      recogniser, linker, corrections, one transaction per story), and prints its own rate; the script also
#      times it with /usr/bin/time (CPU seconds, peak memory).
#   4. The size again, and the rows of the tagging tables.
# A summary block (machine, load, JDK, figures) ends the run and is saved as summary.txt in the run folder.
# The machine may be shared: quote the load average with every figure. Results: docs/benchmarks.md.
#
# Run from the repository root, with ../shared beside it:
#   bench/entities.sh                        # 100,000 articles
#   BENCH_ARTICLES=10000 bench/entities.sh   # a quicker run
#
# Environment (all optional): BENCH_ARTICLES (100000), BENCH_SEED (1), BENCH_HEAP (2g), BENCH_JAR (a copy of
#   target/gazette.jar, so that a build meanwhile does not change it under the run),
#   BENCH_DIR (work folder, default ${TMPDIR:-/tmp}/gazette-bench-entities).
# Needs: bash, JDK 17, python3, /usr/bin/time; sqlite3 or psql for the row counts (optional).
set -euo pipefail

readonly ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly ARTICLES=${BENCH_ARTICLES:-100000}
readonly SEED=${BENCH_SEED:-1}
readonly WORK=${BENCH_DIR:-${TMPDIR:-/tmp}/gazette-bench-entities}
readonly HEAP=${BENCH_HEAP:-2g}
readonly SHARED=${GAZETTE_SHARED_DIR:-$ROOT/../shared}
readonly JAR=${BENCH_JAR:-$ROOT/target/gazette.jar}
readonly RUN=$WORK/run-$(date -u +%Y%m%dT%H%M%SZ)
readonly TABLES="entities entity_names article_entities article_mentions entity_corrections entity_queue"

readonly BENCH_NAME=entities
source "$ROOT/bench/lib/common.sh"
bench_prepare

readonly CORPUS=$WORK/corpus-$ARTICLES-$SEED.jsonl
bench_corpus "$CORPUS" "$ARTICLES" "$SEED"

readonly DATA=$RUN/data
mkdir -p "$DATA"
export GAZETTE_DATA_DIR=$DATA GAZETTE_DEMO_CONTENT=false

# The database's size in bytes: the SQLite file (with its WAL), or the tagging tables on PostgreSQL.
size() {
    if [[ -n ${GAZETTE_DB_URL:-} ]]; then
        local list
        list=$(printf "'%s'," $TABLES)
        PGPASSWORD=${GAZETTE_DB_PASSWORD:-} psql "$(pg_url)" -U "${GAZETTE_DB_USER:-postgres}" -Atc \
            "select sum(pg_total_relation_size(c.oid)) from pg_class c where c.relname in (${list%,}) and c.relkind = 'r'"
    else
        du -cb "$DATA"/*.db* | tail -1 | cut -f1
    fi
}

# The JDBC URL as psql reads it (postgresql://host:port/db).
pg_url() { echo "${GAZETTE_DB_URL#jdbc:}"; }

rows() {
    local sql="select 'entities ' || (select count(*) from entities) || ', names ' || (select count(*) from entity_names)
        || ', story-entity rows ' || (select count(*) from article_entities) || ', mentions '
        || (select count(*) from article_mentions) || ', still queued ' || (select count(*) from entity_queue)"
    if [[ -n ${GAZETTE_DB_URL:-} ]]; then
        PGPASSWORD=${GAZETTE_DB_PASSWORD:-} psql "$(pg_url)" -U "${GAZETTE_DB_USER:-postgres}" -Atc "$sql" 2>/dev/null || true
    elif command -v sqlite3 >/dev/null; then
        sqlite3 "$(ls "$DATA"/*.db | head -1)" "$sql" 2>/dev/null || true
    fi
}

log "importing $ARTICLES articles (log in $RUN/import.log)"
java -Xmx"$HEAP" -jar "$JAR" import "$CORPUS" >"$RUN/import.log" 2>&1 || die "the import failed (see $RUN/import.log)"
before=$(size)

log "tagging every story (log in $RUN/tag.log)"
t0=$(date +%s.%N)
/usr/bin/time -f '%U %S %M' -o "$RUN/tag.time" java -Xmx"$HEAP" -jar "$JAR" tag-entities \
    >"$RUN/tag.log" 2>&1 || die "tag-entities failed (see $RUN/tag.log)"
t1=$(date +%s.%N)
after=$(size)
read -r user sys peak <"$RUN/tag.time"

{
    echo "entities benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
    echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg) at the end"
    echo "jdk: $(java -version 2>&1 | head -1)"
    echo "database: ${GAZETTE_DB_URL:-SQLite in $DATA}"
    echo "articles: $ARTICLES (seed $SEED)"
    echo "tag-entities: $(tail -1 "$RUN/tag.log")"
    awk -v n="$ARTICLES" -v a="$t0" -v b="$t1" -v u="$user" -v s="$sys" -v m="$peak" 'BEGIN {
        printf "wall clock incl. JVM start: %.1f s, %.1f articles/s; CPU %.1f s (user %.1f, sys %.1f), %.2f ms CPU per article; peak RSS %.0f MB\n",
            b - a, n / (b - a), u + s, u, s, 1000 * (u + s) / n, m / 1024 }'
    awk -v x="$before" -v y="$after" -v n="$ARTICLES" 'BEGIN {
        printf "size before tagging: %.1f MB, after: %.1f MB, added: %.1f MB (%.2f KB per article)\n",
            x / 1048576, y / 1048576, (y - x) / 1048576, (y - x) / 1024 / n }'
    echo "rows: $(rows)"
} | tee "$RUN/summary.txt"
