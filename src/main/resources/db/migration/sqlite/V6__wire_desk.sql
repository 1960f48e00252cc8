-- The wire desk: what each source's polling did, every item received (one row per item identity,
-- its versions beside it), and the items refused with their reason.

alter table wire_sources add column last_success_at bigint;
alter table wire_sources add column items_refused bigint not null default 0;
alter table wire_sources add column etag text;
alter table wire_sources add column last_modified text;

-- One row per item identity: a source (or 'file' for the import command) and the item's guid/uri.
create table wire_items (
    id            integer primary key autoincrement,
    source_key    text    not null,
    source_id     bigint  references wire_sources (id) on delete cascade,
    guid          text    not null,
    external_id   text    not null,
    version       bigint,
    version_time  bigint,
    title         text    not null,
    body_html     text    not null,
    summary       text,
    link          text,
    agency        text,
    language      text,
    images        text    not null,
    pub_status    text    not null check (pub_status in ('usable', 'withheld', 'canceled')),
    state         text    not null check (state in ('queued', 'taken', 'published', 'withheld', 'canceled')),
    article_id    bigint  references articles (id) on delete set null,
    received_at   bigint  not null,
    updated_at    bigint  not null,
    unique (source_key, guid)
);
create index wire_items_queue on wire_items (state, updated_at);

-- Every version of an item as it arrived, so an editor can compare them.
create table wire_item_versions (
    id            integer primary key autoincrement,
    item_id       bigint  not null references wire_items (id) on delete cascade,
    version       bigint,
    version_time  bigint,
    title         text    not null,
    body_html     text    not null,
    received_at   bigint  not null
);
create index wire_item_versions_item on wire_item_versions (item_id, id);

-- Items a source sent that could not be imported, and why (the newest are kept).
create table wire_refusals (
    id            integer primary key autoincrement,
    source_id     bigint  references wire_sources (id) on delete cascade,
    guid          text,
    reason        text    not null,
    received_at   bigint  not null
);
create index wire_refusals_source on wire_refusals (source_id, id);
