#!/usr/bin/env bash
# bench/operations.sh — migrate, backup and restore of a large site, timed.
#
# Starts from a SQLite data directory that already holds a site (BENCH_SOURCE, e.g. the 100,000-article
# folder bench/reader-site.sh imports into); it is copied first and never changed. Then, each as a
# separate run of the packaged jar:
#   1. backup of the SQLite site                (seconds, MB)
#   2. restore of that backup into a new SQLite data directory
#   3. migrate of the SQLite site into a new PostgreSQL database (rows/s, from migrate's own line)
#   4. backup of the PostgreSQL site
#   5. restore of that backup into another new PostgreSQL database
# Every step prints its load average before it starts; the machine is shared, so read the figures with it.
#
# Environment (all optional):
#   BENCH_SOURCE   the SQLite data directory to start from (default /tmp/gazette-bench/data-100000)
#   BENCH_DIR      work folder (default ${TMPDIR:-/tmp}/gazette-operations)
#   BENCH_HEAP     -Xmx of each command (default 1g)
#   BENCH_PG_URL   PostgreSQL server (default jdbc:postgresql://127.0.0.1:5432/), user BENCH_PG_USER (postgres)
#   BENCH_JAR      the jar (default target/gazette.jar)
# Needs: bash, java, psql. The PostgreSQL databases it creates are dropped at the end.
set -euo pipefail

readonly ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly SOURCE=${BENCH_SOURCE:-/tmp/gazette-bench/data-100000}
readonly WORK=${BENCH_DIR:-${TMPDIR:-/tmp}/gazette-operations}
readonly HEAP=${BENCH_HEAP:-1g}
readonly PG_URL=${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/}
readonly PG_USER=${BENCH_PG_USER:-postgres}
readonly JAR=${BENCH_JAR:-$ROOT/target/gazette.jar}
readonly RUN=$WORK/run-$(date -u +%Y%m%d-%H%M%S)
readonly STAMP=$(date -u +%s)
readonly DB_MIGRATED=gazette_bench_ops_${STAMP}_migrated
readonly DB_RESTORED=gazette_bench_ops_${STAMP}_restored

die() { echo "operations: $*" >&2; exit 1; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

[[ $# -eq 0 ]] || die "takes no arguments (settings are BENCH_* variables); got '$*'"
[[ -f $SOURCE/gazette.db ]] || die "no SQLite site in $SOURCE (set BENCH_SOURCE)"
[[ -f $JAR ]] || die "no $JAR (mvn -DskipTests package)"
command -v psql >/dev/null || die "psql is not installed"
HOST_PORT=${PG_URL#jdbc:postgresql://}
HOST_PORT=${HOST_PORT%/}
PG_HOST=${HOST_PORT%:*}
PG_PORT=${HOST_PORT#*:}
psql_admin() { psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -qAt -c "$1"; }

mkdir -p "$RUN"
SUMMARY=$RUN/summary.txt
cleanup() {
    local status=$?
    psql_admin "drop database if exists $DB_MIGRATED with (force)" || true
    psql_admin "drop database if exists $DB_RESTORED with (force)" || true
    exit "$status"
}
trap cleanup EXIT INT TERM
say() { echo "$*" | tee -a "$SUMMARY"; }

# a step: name, then environment assignments and the command's arguments after --
step() {
    local name=$1; shift
    local env=()
    while [[ $1 != -- ]]; do env+=("$1"); shift; done
    shift
    say "== $name (load $(load))"
    local started ended
    started=$(date +%s.%N)
    env -u GAZETTE_DB_URL "${env[@]}" java -Xmx"$HEAP" -jar "$JAR" "$@" >"$RUN/$name.out" 2>"$RUN/$name.err" \
        || { cat "$RUN/$name.err" >&2; die "$name failed"; }
    ended=$(date +%s.%N)
    say "   $(awk -v a="$started" -v b="$ended" 'BEGIN { printf "%.1f s", b - a }') wall, including the JVM start"
    grep -E "copied [0-9]+ rows|all [0-9]+ tables match|backup complete|restored [0-9]+ tables|database: " "$RUN/$name.out" \
        | sed 's/^/   /' | tee -a "$SUMMARY" || true
}

say "operations benchmark, $(date -u +%FT%TZ), $(nproc) cores, revision $(git -C "$ROOT" rev-parse --short HEAD)"
say "source: $SOURCE ($(du -sh "$SOURCE/gazette.db" | cut -f1) database)"
cp -r "$SOURCE" "$RUN/site"
rm -rf "$RUN/site/search"
psql_admin "create database $DB_MIGRATED"
psql_admin "create database $DB_RESTORED"

step sqlite-backup GAZETTE_DATA_DIR="$RUN/site" -- backup "$RUN/backup-sqlite"
say "   backup size $(du -sh "$RUN/backup-sqlite" | cut -f1)"
step sqlite-restore GAZETTE_DATA_DIR="$RUN/restored-sqlite" -- restore "$RUN/backup-sqlite"
step migrate GAZETTE_DATA_DIR="$RUN/site" -- migrate --to "$PG_URL$DB_MIGRATED" --to-user "$PG_USER"
step postgresql-backup GAZETTE_DATA_DIR="$RUN/site" GAZETTE_DB_URL="$PG_URL$DB_MIGRATED" GAZETTE_DB_USER="$PG_USER" \
    -- backup "$RUN/backup-postgresql"
step postgresql-restore GAZETTE_DATA_DIR="$RUN/restored-postgresql" GAZETTE_DB_URL="$PG_URL$DB_RESTORED" \
    GAZETTE_DB_USER="$PG_USER" -- restore "$RUN/backup-postgresql"
say "summary: $SUMMARY"
