#!/usr/bin/env bash
# Search benchmark: imports a generated corpus plus the real samples of ../shared/corpus/real, rebuilds
# Gazette's index with `reindex` (the indexing rate), then times the queries of bench/search-queries.tsv
# against Gazette's search, SQLite FTS5 and PostgreSQL full-text search over the same articles
# (see src/test/java/org/gazette/search/SearchBenchmark.java).
#
#   bench/search.sh                 # 10,000 and 100,000 articles
#   bench/search.sh 10000           # just one size
#
# Quicker iterations over data imported before:
#   GAZETTE_BENCH_REINDEX=false bench/search.sh 100000    # keep the index of an earlier run (not after
#                                                         # a change to what is indexed), time the queries
#   GAZETTE_BENCH_ENGINES=gazette bench/search.sh 100000  # Gazette only: no FTS5 or PostgreSQL load
#   GAZETTE_BENCH_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/s.jfr" ...  # extra JVM options
#
# Needs python3, a JDK 17+, Maven, ../shared, and PostgreSQL at 127.0.0.1:5432 (user postgres, trust;
# GAZETTE_BENCH_POSTGRES overrides). Work files go to GAZETTE_BENCH_DIR (default /tmp/gazette-bench);
# an imported corpus is reused by later runs.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10000 100000)
WORK=${GAZETTE_BENCH_DIR:-/tmp/gazette-bench}
SHARED=${GAZETTE_SHARED_DIR:-../shared}
POSTGRES=${GAZETTE_BENCH_POSTGRES:-jdbc:postgresql://127.0.0.1:5432/}
mkdir -p "$WORK"

echo "[bench] building"
mvn -B -q package -DskipTests
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test >/dev/null
CLASSPATH_ALL="target/test-classes:target/classes:$(cat "$WORK/classpath.txt")"

machine="$(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -n1)"
echo "[bench] $machine"

for n in "${SIZES[@]}"; do
  corpus="$WORK/corpus-$n.jsonl"
  data="$WORK/data-$n"
  if [ ! -f "$corpus" ]; then
    echo "[bench] generating $n articles"
    python3 "$SHARED/corpus/generate.py" --count "$n" --seed 1 --out "$corpus"
  fi
  if [ ! -f "$data/imported" ]; then
    rm -rf "$data"
    echo "[bench] importing $corpus and the real samples into $data"
    for file in "$corpus" "$SHARED"/corpus/real/*.jsonl; do
      GAZETTE_DATA_DIR="$data" GAZETTE_DEMO_CONTENT=false java -Xmx2g -jar target/gazette.jar import "$file" | tail -n 1
    done
    touch "$data/imported"
  fi
  if [ "${GAZETTE_BENCH_REINDEX:-true}" = false ] && [ -f "$data/search/current" ] && [ -f "$WORK/reindex-$n.log" ]; then
    echo "[bench] reindex ($n): skipped (GAZETTE_BENCH_REINDEX=false), the index of an earlier run is used"
  else
    echo "[bench] reindex ($n)"
    # margin 0: nothing writes to this database meanwhile, so the rebuild covers every change before it
    # bounded heaps: on a shared machine an unbounded JVM is the first the kernel kills when memory runs short
    if ! GAZETTE_DATA_DIR="$data" GAZETTE_SEARCH_REBUILD_MARGIN=PT0S java -Xmx1g -jar target/gazette.jar reindex \
        > "$WORK/reindex-$n.log"; then
      echo "[bench] reindex failed (output in $WORK/reindex-$n.log)" >&2
      exit 1
    fi
  fi
  grep -v '^…' "$WORK/reindex-$n.log"
  echo "[bench] queries ($n)"
  # shellcheck disable=SC2086
  java -Xmx2g ${GAZETTE_BENCH_JAVA_OPTS:-} -cp "$CLASSPATH_ALL" org.gazette.search.SearchBenchmark "$data" bench/search-queries.tsv \
    "$POSTGRES" "$WORK/report-$n.txt"
  if [ "${GAZETTE_BENCH_ENGINES:-}" = gazette ]; then
    continue # a profiling run: no report to add to the summary
  fi
  {
    echo "## $n articles ($(date -u +%F), $machine)"
    grep '^indexed' "$WORK/reindex-$n.log" | sed 's/^/Gazette (Lucene): /' || true
    cat "$WORK/report-$n.txt"
    echo
  } >> "$WORK/summary.md"
done
echo "[bench] summary in $WORK/summary.md"
