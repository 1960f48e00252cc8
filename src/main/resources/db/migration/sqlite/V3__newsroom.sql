-- The newsroom: accounts, API tokens, the audit log, the editorial workflow (revisions, corrections,
-- scheduling), images and wire-desk source settings. Times are UTC epoch milliseconds, as in V1.

create table users (
    id                  integer primary key autoincrement,
    -- stored lower-case; sign-in is by e-mail address
    email               text    not null unique,
    display_name        text    not null,
    -- a Spring Security DelegatingPasswordEncoder value: {bcrypt}$2a$...
    password_hash       text    not null,
    role                text    not null check (role in ('reporter', 'editor', 'admin')),
    enabled             integer not null default 1,
    -- the language of the newsroom interface for this user
    ui_lang             text    not null default 'en',
    created_at          bigint  not null,
    password_changed_at bigint  not null
);

-- Personal API tokens. Only a SHA-256 hash is kept; the token itself is shown once, when created.
create table api_tokens (
    id           integer primary key autoincrement,
    user_id      integer not null references users (id) on delete cascade,
    name         text    not null,
    token_hash   text    not null unique,
    -- the first characters of the token, so its owner can tell tokens apart
    prefix       text    not null,
    created_at   bigint  not null,
    last_used_at bigint,
    revoked_at   bigint
);
create index api_tokens_by_user on api_tokens (user_id);

-- Who did what: sign-ins, publishing, deletions, user and role changes. Never updated or deleted by
-- the application; the actor's e-mail is copied so a row keeps its meaning after a user is removed.
create table audit_log (
    id             integer primary key autoincrement,
    at             bigint  not null,
    actor_id       integer,
    actor          text    not null,
    action         text    not null,
    target         text,
    detail         text,
    client_address text
);
create index audit_log_by_time on audit_log (at desc, id desc);

create table images (
    id          integer primary key autoincrement,
    -- the SHA-256 of the uploaded bytes: the same file uploaded twice is stored once
    sha256      text    not null unique,
    media_type  text    not null,
    width       integer not null,
    height      integer not null,
    alt         text    not null,
    caption     text,
    credit      text,
    -- the widths generated on upload, comma-separated, ascending (e.g. 320,640,1024,1600)
    widths      text    not null,
    uploaded_by integer references users (id) on delete set null,
    created_at  bigint  not null
);

alter table articles add column created_by integer references users (id) on delete set null;
-- when a scheduled article goes live
alter table articles add column publish_at bigint;
-- the moment the article first went live; null while it never has
alter table articles add column first_published_at bigint;
alter table articles add column lead_image_id integer references images (id) on delete set null;
update articles set first_published_at = published_at where status in ('published', 'unpublished');
create index articles_due on articles (status, publish_at);
-- the newsroom list, newest change first (V4 adds a plain modified_at index for sitemaps)
create index articles_by_last_change on articles (modified_at desc, id desc);

-- Every saved state of an article: who, when, what changed, and the full text as it was then.
create table article_revisions (
    id            integer primary key autoincrement,
    article_id    integer not null references articles (id) on delete cascade,
    -- the article's version number this revision recorded
    version       integer not null,
    created_at    bigint  not null,
    user_id       integer references users (id) on delete set null,
    actor         text    not null,
    summary       text    not null,
    headline      text    not null,
    dek           text,
    body_source   text    not null,
    body_format   text    not null,
    lang          text    not null,
    slug          text    not null,
    section       text,
    tags          text    not null,
    authors       text    not null,
    source        text,
    source_url    text,
    status        text    not null,
    lead_image_id integer,
    unique (article_id, version)
);

-- Dated corrections and updates shown under a story.
create table article_corrections (
    id         integer primary key autoincrement,
    article_id integer not null references articles (id) on delete cascade,
    kind       text    not null check (kind in ('correction', 'update')),
    note       text    not null,
    created_at bigint  not null,
    user_id    integer references users (id) on delete set null
);
create index article_corrections_by_article on article_corrections (article_id, created_at);

-- Wire-desk sources: feeds the wire desk will poll. Stored and validated here; polling comes later.
create table wire_sources (
    id               integer primary key autoincrement,
    name             text    not null,
    homepage         text,
    feed_url         text    not null unique,
    format           text    not null check (format in ('rss', 'atom', 'newsml-g2', 'ninjs')),
    interval_seconds integer not null,
    lang             text    not null,
    section          text,
    auto_publish     integer not null default 0,
    enabled          integer not null default 1,
    created_at       bigint  not null,
    last_polled_at   bigint,
    last_status      text,
    last_error       text,
    items_imported   bigint  not null default 0
);
