-- Gazette's content model. Times are UTC epoch milliseconds (BIGINT) on every engine, so the same SQL
-- and the same Java code read them identically on SQLite and PostgreSQL.

create table sections (
    id        integer primary key,
    slug      text    not null unique,
    position  integer not null default 100
);

create table section_names (
    section_id integer not null references sections (id) on delete cascade,
    lang       text    not null,
    name       text    not null,
    primary key (section_id, lang)
);

create table tags (
    id       integer primary key,
    slug     text not null unique,
    name     text not null,
    name_key text not null unique
);

create table authors (
    id       integer primary key,
    slug     text not null unique,
    name     text not null,
    name_key text not null unique
);

create table sources (
    id       integer primary key,
    slug     text not null unique,
    name     text not null,
    name_key text not null unique,
    homepage text
);

create table articles (
    -- autoincrement: an article id is never reused, so caches and the search index never confuse two articles
    id                integer primary key autoincrement,
    external_id       text    not null unique,
    lang              text    not null,
    slug              text    not null,
    headline          text    not null,
    dek               text,
    section_id        integer references sections (id),
    source_id         integer references sources (id),
    source_url        text,
    published_at      bigint  not null,
    updated_at        bigint,
    status            text    not null,
    translation_of    text,
    translation_group text    not null,
    created_at        bigint  not null,
    modified_at       bigint  not null,
    version           integer not null default 1,
    -- hash of everything an import or save wrote; an identical re-import changes nothing
    content_hash      text    not null,
    unique (lang, slug)
);

-- Bodies live apart from the rest of the article: lists, feeds and related stories read many article
-- rows and never a body, and in SQLite a long body stored in the row spills onto overflow pages that
-- every read of the columns after it would have to walk.
create table article_bodies (
    article_id  integer primary key references articles (id) on delete cascade,
    body_source text    not null,
    body_format text    not null,
    body_html   text    not null
);

create index articles_by_language on articles (lang, status, published_at desc, id desc);
create index articles_by_section on articles (section_id, lang, status, published_at desc, id desc);
create index articles_by_source on articles (source_id, lang, status, published_at desc, id desc);
create index articles_by_group on articles (translation_group);
create index articles_by_translation_of on articles (translation_of);

-- published_at repeats the article's publication time so that "the newest stories with this tag" is
-- read from this index alone (related stories, tag pages), however many stories carry the tag.
create table article_tags (
    article_id   integer not null references articles (id) on delete cascade,
    tag_id       integer not null references tags (id),
    position     integer not null,
    published_at bigint  not null,
    primary key (article_id, tag_id)
);
create index article_tags_by_tag on article_tags (tag_id, published_at desc, article_id desc);

create table article_authors (
    article_id integer not null references articles (id) on delete cascade,
    author_id  integer not null references authors (id),
    position   integer not null,
    primary key (article_id, author_id)
);
create index article_authors_by_author on article_authors (author_id, article_id);

-- Slugs an article answered to before; their URLs redirect (301) to the current one.
create table article_slugs (
    lang       text    not null,
    slug       text    not null,
    article_id integer not null references articles (id) on delete cascade,
    primary key (lang, slug)
);

-- Page views per article and UTC day, aggregated in memory and flushed periodically; no reader data.
create table article_views (
    article_id integer not null references articles (id) on delete cascade,
    day        integer not null,
    views      bigint  not null,
    primary key (article_id, day)
);
create index article_views_by_day on article_views (day);

insert into sections (slug, position) values
    ('politics', 10), ('economy', 20), ('world', 30), ('society', 40),
    ('sport', 50), ('culture', 60), ('science', 70), ('technology', 80);

insert into section_names (section_id, lang, name)
select id, 'en', case slug
        when 'politics' then 'Politics' when 'economy' then 'Economy' when 'world' then 'World'
        when 'society' then 'Society' when 'sport' then 'Sport' when 'culture' then 'Culture'
        when 'science' then 'Science' else 'Technology' end from sections;
insert into section_names (section_id, lang, name)
select id, 'ru', case slug
        when 'politics' then 'Политика' when 'economy' then 'Экономика' when 'world' then 'В мире'
        when 'society' then 'Общество' when 'sport' then 'Спорт' when 'culture' then 'Культура'
        when 'science' then 'Наука' else 'Технологии' end from sections;
insert into section_names (section_id, lang, name)
select id, 'az', case slug
        when 'politics' then 'Siyasət' when 'economy' then 'İqtisadiyyat' when 'world' then 'Dünya'
        when 'society' then 'Cəmiyyət' when 'sport' then 'İdman' when 'culture' then 'Mədəniyyət'
        when 'science' then 'Elm' else 'Texnologiya' end from sections;
