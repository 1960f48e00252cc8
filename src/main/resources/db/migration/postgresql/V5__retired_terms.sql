-- What a section, tag, author or source was called before an editor renamed it or merged it into
-- another. Old slugs keep their reader pages and feeds answering with a permanent redirect to the
-- term's current address; old name keys let an import that still sends the old spelling ("Reuters
-- News" after it was merged into "Reuters") file the story under the term it became. A live term
-- always wins over a retired one. No foreign key: kind says which table term_id points into, and a
-- term's retired rows are removed with it.
create table retired_term_slugs (
    kind       text   not null check (kind in ('section', 'tag', 'author', 'source')),
    slug       text   not null,
    term_id    bigint not null,
    retired_at bigint not null,
    primary key (kind, slug)
);
create index retired_term_slugs_by_term on retired_term_slugs (kind, term_id);

create table retired_term_names (
    kind       text   not null check (kind in ('tag', 'author', 'source')),
    name_key   text   not null,
    term_id    bigint not null,
    retired_at bigint not null,
    primary key (kind, name_key)
);
create index retired_term_names_by_term on retired_term_names (kind, term_id);
