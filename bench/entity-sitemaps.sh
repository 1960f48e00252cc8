#!/usr/bin/env bash
# bench/entity-sitemaps.sh — how long the queries behind the entity sitemaps take on a site-sized database.
#
# What it does:
#   1. makes a scratch PostgreSQL database (dropped again at the end) with the application's migrations;
#   2. fills it with SQL alone: BENCH_STORIES stories (60% en, 25% ru, 15% az; 95% published, 3% drafts,
#      2% scheduled; a fifth updated after publication), BENCH_ENTITIES entities (2% hidden, 1% merged) and
#      BENCH_LINKS draws per story of an entity, skewed towards popular ones (about 500,000 story-entity rows
#      with the defaults: 5 draws of 100,000 stories, less the repeats); with BENCH_SPLIT=1 each entity is
#      named in one language only (entity ids 1, 4, 7, ... by English stories, 2, 5, 8, ... by Russian ones),
#      the case where the reverted per-language subqueries read all of an entity's rows twice over;
#   3. times, BENCH_RUNS times each (median and slowest, wall time as psql reports it), the queries the
#      sitemaps run: the listing of the first range of 25,000 entity ids (which holds every entity here, so
#      every story-entity row), the listing of the empty second range, and the highest entity id; then shows
#      the first listing's plan (EXPLAIN ANALYZE). For comparison it times the two queries reverted in
#      4a9f040 (the newest story per entity and language by correlated subqueries; the newest story naming an
#      entity of the range by a walk of articles_by_language), and shows the plan PostgreSQL settles on for
#      the listing when its numbers are bind parameters (plan_cache_mode = force_generic_plan: what a
#      prepared statement gets after five runs);
#   4. with sqlite3 on the PATH, copies the same rows into a scratch SQLite file made by the SQLite
#      migrations and times the same listing there, with the memory map the application sets.
# The SQL below mirrors EntitySitemapRepository.rangeQuery (languages en, ru, az; dates from 1900 to a day
# after now): change both together. The machine may be shared: quote the load average with every figure.
# Results: docs/benchmarks.md ("Entity sitemaps").
#
# Run from the repository root:
#   bench/entity-sitemaps.sh
#   BENCH_STORIES=10000 BENCH_ENTITIES=1000 bench/entity-sitemaps.sh   # a quicker run
#
# Environment (all optional): BENCH_PSQL (psql -h 127.0.0.1 -U postgres), BENCH_DB (gazette_bench_sitemaps,
#   dropped and made again), BENCH_STORIES (100000), BENCH_ENTITIES (5000), BENCH_LINKS (5), BENCH_RUNS (5),
#   BENCH_SPLIT (0),
#   BENCH_KEEP=1 keeps the database and the SQLite file, BENCH_DIR (${TMPDIR:-/tmp}/gazette-bench-sitemaps).
# Needs: bash, psql, a PostgreSQL server it may create databases on; sqlite3 (optional).
set -euo pipefail

readonly ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly PSQL=${BENCH_PSQL:-psql -h 127.0.0.1 -U postgres}
readonly DB=${BENCH_DB:-gazette_bench_sitemaps}
readonly STORIES=${BENCH_STORIES:-100000}
readonly ENTITIES=${BENCH_ENTITIES:-5000}
readonly LINKS=${BENCH_LINKS:-5}
readonly RUNS=${BENCH_RUNS:-5}
readonly SPLIT=${BENCH_SPLIT:-0}
readonly WORK=${BENCH_DIR:-${TMPDIR:-/tmp}/gazette-bench-sitemaps}
readonly SHOWN_FROM=-2208988800000
readonly SHOWN_UNTIL=$(( ($(date +%s) + 86400) * 1000 ))

log() { printf '[sitemaps-bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
pg() { $PSQL -d "$DB" -q -v ON_ERROR_STOP=1 "$@"; }

cleanup() {
    if [[ ${BENCH_KEEP:-0} != 1 ]]; then
        $PSQL -d postgres -q -c "drop database if exists $DB" >/dev/null 2>&1 || true
        rm -f "$WORK/scratch.db" "$WORK"/*.csv
    fi
}
trap cleanup EXIT

mkdir -p "$WORK"
log "database $DB: migrations"
$PSQL -d postgres -q -v ON_ERROR_STOP=1 -c "drop database if exists $DB" -c "create database $DB"
for file in $(ls "$ROOT"/src/main/resources/db/migration/postgresql/V*.sql | sort -V); do
    pg -f "$file" >/dev/null
done

log "filling: $STORIES stories, $ENTITIES entities, $LINKS draws per story, split by language: $SPLIT"
pg <<SQL
insert into articles (external_id, lang, slug, headline, published_at, updated_at, status,
                      translation_group, created_at, modified_at, content_hash)
select 'bench-' || i,
       case when i % 20 < 12 then 'en' when i % 20 < 17 then 'ru' else 'az' end,
       'a-story-about-something-that-happened-somewhere-' || i,
       'A story about something that happened somewhere, number ' || i,
       t, case when i % 5 = 0 then t + 3600000 * (i % 48) end,
       case when i % 100 < 95 then 'published' when i % 100 < 98 then 'draft' else 'scheduled' end,
       'group-' || (i / 2), t, t, md5(i::text)
from (select i, 1546300800000 + i::bigint * (189216000000 / $STORIES) as t
      from generate_series(1, $STORIES) i) s;

insert into entities (slug, type, hidden, profile, created_at, updated_at)
select 'entity-with-a-longish-name-' || i, case i % 3 when 0 then 'PER' when 1 then 'ORG' else 'LOC' end,
       case when i % 50 = 7 then 1 else 0 end,
       '{"keys":["entity with a longish name ' || i || '"],"acronyms":[],"roles":["minister"],"companions":[]}',
       1546300800000, 1546300800000
from generate_series(1, $ENTITIES) i;
update entities set merged_into = id - 1 where id % 100 = 13;

insert into article_entities (article_id, entity_id, mentions, first_start, published_at)
select a.id, draws.e, 1 + (a.id % 4)::int, (a.id % 500)::int, a.published_at
from articles a
cross join lateral (
    select case when $SPLIT = 1
                then 1 + (a.id % 20 >= 12)::int + (a.id % 20 >= 17)::int
                     + 3 * floor(($ENTITIES / 3) * power(random(), 2.5))::bigint
                else 1 + floor($ENTITIES * power(random(), 2.5))::bigint end as e
    from generate_series(1, $LINKS) k where a.id > 0
) draws
on conflict do nothing;
vacuum analyze;
SQL
pg -At -c "select 'stories ' || (select count(*) from articles) || ', entities ' || (select count(*) from entities)
           || ', story-entity rows ' || (select count(*) from article_entities)" >&2

# EntitySitemapRepository.rangeQuery for en, ru, az
last_modified="case when a.updated_at is not null and a.updated_at > a.published_at then a.updated_at else a.published_at end"
range_query() {
    local after=$1 up_to=$2
    echo "select e.id, e.slug, l.last0, l.last1, l.last2 from (select ae.entity_id,
      max(case when a.lang = 'en' then $last_modified end) as last0,
      max(case when a.lang = 'ru' then $last_modified end) as last1,
      max(case when a.lang = 'az' then $last_modified end) as last2
    from article_entities ae cross join articles a
    where ae.entity_id > $after and ae.entity_id <= $up_to
      and ae.published_at >= $SHOWN_FROM and ae.published_at <= $SHOWN_UNTIL
      and a.id = ae.article_id and a.status = 'published' and a.lang in ('en', 'ru', 'az')
      and a.published_at >= $SHOWN_FROM and a.published_at <= $SHOWN_UNTIL
    group by ae.entity_id) l cross join entities e
    where e.id = l.entity_id and e.hidden = 0 and e.merged_into is null order by e.id;"
}

# the reverted listing: per entity and language, the newest story by a correlated subquery
reverted_listing() {
    local sql="select e.id, e.slug" n=0
    for lang in en ru az; do
        sql+=", (select $last_modified from article_entities ae cross join articles a where ae.entity_id = e.id
            and a.id = ae.article_id and a.status = 'published' and a.lang = '$lang'
            and a.published_at >= $SHOWN_FROM and a.published_at <= $SHOWN_UNTIL
            order by ae.published_at desc, ae.article_id desc limit 1) as last$n"
        n=$((n + 1))
    done
    echo "$sql from entities e where e.id > 0 and e.id <= 25000 and e.hidden = 0 and e.merged_into is null order by e.id;"
}

# the reverted index date: the newest story of a language naming a shown entity of the range
reverted_newest() {
    echo "select $last_modified from articles a where a.status = 'published' and a.lang = '$1'
      and a.published_at >= $SHOWN_FROM and a.published_at <= $SHOWN_UNTIL
      and exists (select 1 from article_entities ae cross join entities e where ae.article_id = a.id
        and e.id = ae.entity_id and e.id > 0 and e.id <= 25000 and e.hidden = 0 and e.merged_into is null)
      order by a.published_at desc, a.id desc limit 1;"
}

# time_pg NAME SQL: RUNS runs, median and slowest wall time in ms
time_pg() {
    local name=$1 sql=$2 times=()
    for _ in $(seq "$RUNS"); do
        times+=("$( (echo '\timing on'; echo "$sql") | pg -o /dev/null 2>&1 | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" '{ t[NR] = $1 }
        END { printf "PostgreSQL  %-48s median %8.1f ms   slowest %8.1f ms   (%d runs)\n", name, t[int((NR + 1) / 2)], t[NR], NR }'
}

log "PostgreSQL: timing ($RUNS runs each), load $(cut -d' ' -f1-3 /proc/loadavg)"
time_pg "listing, range 1 (every entity)" "$(range_query 0 25000)"
time_pg "listing, range 2 (empty)" "$(range_query 25000 50000)"
time_pg "highest entity id" "select coalesce(max(id), 0) from entities;"
time_pg "reverted: listing by subqueries, range 1" "$(reverted_listing)"
for lang in en ru az; do
    time_pg "reverted: newest story naming range 1, $lang" "$(reverted_newest "$lang")"
done
log "load $(cut -d' ' -f1-3 /proc/loadavg)"

echo "--- plan of the listing of range 1"
(echo "explain (analyze, buffers)"; range_query 0 25000) | pg
echo "--- the plan the listing gets with bind parameters, once PostgreSQL uses a generic plan"
pg <<SQL
prepare listing(bigint, bigint, bigint, bigint) as
$(range_query '$1' '$2' | sed "s/$SHOWN_FROM/\$3/g; s/$SHOWN_UNTIL/\$4/g")
set plan_cache_mode = force_generic_plan;
explain analyze execute listing(0, 25000, $SHOWN_FROM, $SHOWN_UNTIL);
SQL

if command -v sqlite3 >/dev/null; then
    log "SQLite: the same rows in $WORK/scratch.db"
    rm -f "$WORK/scratch.db"
    for file in $(ls "$ROOT"/src/main/resources/db/migration/sqlite/V*.sql | sort -V); do
        sqlite3 "$WORK/scratch.db" <"$file" >/dev/null
    done
    pg -c "\copy (select id, external_id, lang, slug, headline, published_at, coalesce(updated_at, -1), status, translation_group, created_at, modified_at, content_hash from articles) to '$WORK/articles.csv' csv"
    pg -c "\copy (select id, slug, type, hidden, coalesce(merged_into, -1), profile, created_at, updated_at from entities) to '$WORK/entities.csv' csv"
    pg -c "\copy (select article_id, entity_id, mentions, first_start, published_at from article_entities) to '$WORK/links.csv' csv"
    sqlite3 "$WORK/scratch.db" <<SQL
create temp table ta(id, external_id, lang, slug, headline, published_at, updated_at, status, translation_group,
                     created_at, modified_at, content_hash);
create temp table te(id, slug, type, hidden, merged_into, profile, created_at, updated_at);
create temp table tl(article_id, entity_id, mentions, first_start, published_at);
.mode csv
.import $WORK/articles.csv ta
.import $WORK/entities.csv te
.import $WORK/links.csv tl
insert into articles (id, external_id, lang, slug, headline, published_at, updated_at, status, translation_group,
                      created_at, modified_at, content_hash)
select id + 0, external_id, lang, slug, headline, published_at + 0, nullif(updated_at + 0, -1), status,
       translation_group, created_at + 0, modified_at + 0, content_hash from ta;
insert into entities (id, slug, type, hidden, merged_into, profile, created_at, updated_at)
select id + 0, slug, type, hidden + 0, nullif(merged_into + 0, -1), profile, created_at + 0, updated_at + 0 from te;
insert into article_entities
select article_id + 0, entity_id + 0, mentions + 0, first_start + 0, published_at + 0 from tl;
analyze;
SQL
    time_sqlite() {
        local name=$1 sql=$2 times=()
        for _ in $(seq "$RUNS"); do
            times+=("$(printf 'pragma mmap_size = 536870912;\n.output /dev/null\n.timer on\n%s\n' "$sql" \
                | sqlite3 "$WORK/scratch.db" 2>&1 | sed -n 's/^Run Time: real \([0-9.]*\).*/\1/p' | tail -1)")
        done
        printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" '{ t[NR] = $1 * 1000 }
            END { printf "SQLite      %-48s median %8.1f ms   slowest %8.1f ms   (%d runs)\n", name, t[int((NR + 1) / 2)], t[NR], NR }'
    }
    log "SQLite: timing, load $(cut -d' ' -f1-3 /proc/loadavg)"
    time_sqlite "listing, range 1 (every entity)" "$(range_query 0 25000)"
    time_sqlite "listing, range 2 (empty)" "$(range_query 25000 50000)"
    time_sqlite "reverted: listing by subqueries, range 1" "$(reverted_listing)"
    echo "--- SQLite's plan of the listing"
    (echo "explain query plan"; range_query 0 25000) | sqlite3 "$WORK/scratch.db"
fi
log "done (load $(cut -d' ' -f1-3 /proc/loadavg)); $( [[ ${BENCH_KEEP:-0} == 1 ]] && echo "kept $DB" || echo "dropped $DB")"
