-- Story clusters: near-identical reports of one story (several agencies, or a re-send with small edits).
-- Each published story has a MinHash signature; its bands are indexed, so the stories that may be the same
-- are found by lookup. A story belongs to at most one cluster: the cluster is a column of its signature.
-- No foreign key to articles: a story's rows leave when it is deleted, in the same transaction, by the
-- code that also mends the cluster it leaves.

create table story_clusters (
    id          integer primary key autoincrement,
    lang        text    not null,
    created_at  bigint  not null
);

create table story_signatures (
    article_id    bigint  primary key,
    lang          text    not null,
    published_at  bigint  not null,
    minhash       blob    not null,
    cluster_id    bigint  references story_clusters (id),
    similarity    real
);
create index story_signatures_cluster on story_signatures (cluster_id);

create table story_bands (
    band        bigint  not null,
    article_id  bigint  not null,
    primary key (band, article_id)
) without rowid;
create index story_bands_article on story_bands (article_id);
