#!/usr/bin/env bash
# bench/clusters.sh — what placing a story in its story cluster costs, with 100,000 articles stored.
#
# What it measures, on the embedded SQLite database (the default deployment), or on PostgreSQL when
# GAZETTE_DB_URL is set:
#   1. N articles from ../shared/corpus/generate.py (fixed seed; en, ru and az, 1 % near-duplicates),
#      imported with the contract's `import` command into a fresh data directory; every story is placed
#      in its cluster as it is imported. Reports the import's own rate.
#   2. `java -jar gazette.jar cluster` over the full database: every story placed again, each against
#      the N stories already signed, which is the cost of placing one more story at that size (shingles,
#      signature, band lookup, comparison, writes). The command times the placing itself.
#   3. the size of the cluster tables, how many clusters there are, and (SQLite) precision and recall of
#      the clusters against the generator's manifest of near-duplicates, per language.
# It ends with a summary block (machine, load, JDK, figures), also saved as summary.txt in the run folder.
# Quote the load with every figure: the machine is shared. Results: docs/benchmarks.md.
#
# Run it from the repository root (../shared must exist beside the repository):
#   bench/clusters.sh                       # 100,000 articles
#   BENCH_ARTICLES=10000 bench/clusters.sh  # a quick run
#
# Environment (all optional):
#   BENCH_ARTICLES  articles (default 100000)   BENCH_SEED  generator seed (default 1)
#   BENCH_DIR       work folder (default ${TMPDIR:-/tmp}/gazette-bench-clusters)
#   BENCH_HEAP      -Xmx for the commands (default 2g)
# Needs: bash, a JDK 17 (java, and mvn if target/gazette.jar is missing), python3, sqlite3 (optional).
set -euo pipefail

readonly ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly ARTICLES=${BENCH_ARTICLES:-100000}
readonly SEED=${BENCH_SEED:-1}
readonly WORK=${BENCH_DIR:-${TMPDIR:-/tmp}/gazette-bench-clusters}
readonly HEAP=${BENCH_HEAP:-2g}
readonly SHARED=${GAZETTE_SHARED_DIR:-$ROOT/../shared}
readonly JAR=$ROOT/target/gazette.jar
readonly RUN=$WORK/run-$(date -u +%Y%m%dT%H%M%SZ)

readonly BENCH_NAME=clusters
source "$ROOT/bench/lib/common.sh"
bench_prepare

readonly CORPUS=$WORK/corpus-$ARTICLES-$SEED.jsonl
bench_corpus "$CORPUS" "$ARTICLES" "$SEED" --manifest "$CORPUS.pairs.json"

readonly DATA=$RUN/data
mkdir -p "$DATA"
export GAZETTE_DATA_DIR=$DATA GAZETTE_DEMO_CONTENT=false

log "importing $ARTICLES articles (each placed in its cluster as it arrives; log in $RUN/import.log)"
t0=$(date +%s.%N)
/usr/bin/time -f '%U %S %M' -o "$RUN/import.time" java -Xmx"$HEAP" -jar "$JAR" import "$CORPUS" \
    >"$RUN/import.log" 2>&1 || die "the import failed (see $RUN/import.log)"
t1=$(date +%s.%N)

log "placing every story again with $ARTICLES stored (log in $RUN/cluster.log)"
/usr/bin/time -f '%U %S %M' -o "$RUN/cluster.time" java -Xmx"$HEAP" -jar "$JAR" cluster \
    >"$RUN/cluster.log" 2>&1 || die "the cluster command failed (see $RUN/cluster.log)"
t2=$(date +%s.%N)

tables=""
if [[ -z ${GAZETTE_DB_URL:-} ]] && command -v sqlite3 >/dev/null; then
    db=$(ls "$DATA"/*.db 2>/dev/null | head -1 || true)
    if [[ -n $db ]]; then
        tables=$(sqlite3 "$db" "select count(*) || ' signatures, ' || (select count(*) from story_bands) || ' band rows, '
            || (select count(*) from story_clusters) || ' clusters holding '
            || (select count(*) from story_signatures where cluster_id is not null) || ' stories' from story_signatures;" 2>/dev/null || true)
        sizes=$(sqlite3 "$db" "select group_concat(name || ' ' || round(sum_pgsize / 1048576.0, 1) || ' MB', ', ') from
            (select name, sum(pgsize) as sum_pgsize from dbstat where name like 'story_%' or name like 'sqlite_autoindex_story_%'
             group by name);" 2>/dev/null || true)
        if [[ -n $sizes ]]; then tables="$tables; $sizes"; fi
    fi
fi

quality=""
if [[ -z ${GAZETTE_DB_URL:-} && -f $CORPUS.pairs.json ]]; then
    db=$(ls "$DATA"/*.db 2>/dev/null | head -1 || true)
    if [[ -n $db ]]; then quality=$(python3 - "$db" "$CORPUS.pairs.json" <<'PY'
import collections, json, sqlite3, sys
db, manifest = sys.argv[1:3]
parent = {copy: original for copy, original in json.load(open(manifest))["near_duplicates"]}
def root(i):
    while i in parent:
        i = parent[i]
    return i
rows = sqlite3.connect(db).execute(
    "select a.external_id, a.lang, s.cluster_id from articles a left join story_signatures s on s.article_id = a.id")
clusters, labels = collections.defaultdict(list), collections.defaultdict(list)
langs = {}
for ext, lang, cluster in rows:
    langs[ext] = lang
    labels[root(ext)].append(ext)
    if cluster is not None:
        clusters[cluster].append(ext)
out = []
for lang in sorted(set(langs.values())):
    truth = sum(len(v) * (len(v) - 1) // 2 for v in labels.values() if langs[v[0]] == lang)
    found = right = 0
    for members in clusters.values():
        members = [m for m in members if langs[m] == lang]
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                found += 1
                right += root(members[i]) == root(members[j])
    p = right / found if found else 1.0
    r = right / truth if truth else 1.0
    out.append(f"{lang}: {found} pairs found, {truth} labelled, {right} right, precision {p:.3f}, recall {r:.3f}")
print("; ".join(out))
PY
); fi
fi

{
    echo "== bench/clusters.sh $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "java: $(java -version 2>&1 | head -1); heap -Xmx$HEAP; ${GAZETTE_DB_URL:+PostgreSQL }${GAZETTE_DB_URL:-SQLite}; $ARTICLES articles, seed $SEED"
    echo "import (placing each story as it arrives): $(tail -3 "$RUN/import.log" | tr '\n' ' ')"
    awk -v s="$t0" -v e="$t1" 'BEGIN { printf "import wall clock incl. JVM start: %.1f s\n", e - s }'
    awk '{ printf "import CPU: %.0f s user + %.0f s system, peak RSS %.0f MB\n", $1, $2, $3 / 1024 }' "$RUN/import.time"
    echo "cluster command: $(grep '^placed' "$RUN/cluster.log" || tail -1 "$RUN/cluster.log")"
    awk -v s="$t1" -v e="$t2" 'BEGIN { printf "cluster command wall clock incl. JVM start: %.1f s\n", e - s }'
    awk '{ printf "cluster command CPU: %.0f s user + %.0f s system, peak RSS %.0f MB\n", $1, $2, $3 / 1024 }' "$RUN/cluster.time"
    if [[ -n $tables ]]; then echo "tables: $tables"; fi
    if [[ -n $quality ]]; then echo "clusters against the generator's near-duplicates: $quality"; fi
} | tee "$RUN/summary.txt"
