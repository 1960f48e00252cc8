-- Understanding the news (docs/understanding.md): the people, organisations and places stories name,
-- and the events (calls, meetings, statements, agreements, accusations) their sentences report.
-- Flags are integers 0/1 on both engines, so the same SQL reads them.

-- One row per entity. slug is the linker's stable key and the entity page's address. profile is what the
-- linker needs to recognise the entity again (spelling keys, acronyms, roles, companions), as JSON.
-- An editor may hide an entity (no page, left out of every list) or merge it into another
-- (merged_into: its page redirects there, and the tagger links its mentions there from then on).
-- names_edited: display names an editor set, which re-tagging never overwrites.
create table entities (
    id           integer primary key autoincrement,
    slug         text    not null unique,
    type         text    not null check (type in ('PER', 'ORG', 'LOC')),
    iso_code     text    not null default '',
    hidden       integer not null default 0,
    merged_into  bigint  references entities (id),
    names_edited integer not null default 0,
    profile      text    not null,
    created_at   bigint  not null,
    updated_at   bigint  not null
);
create index entities_by_merge on entities (merged_into);

-- Display names by language (en, ru, az).
create table entity_names (
    entity_id bigint not null references entities (id) on delete cascade,
    lang      text   not null,
    name      text   not null,
    primary key (entity_id, lang)
);

-- Which entities a story names: how often, and where first (code points into the story's plain text).
-- published_at is the story's, copied as for tags, so an entity page lists its stories by one index.
create table article_entities (
    article_id   bigint  not null references articles (id) on delete cascade,
    entity_id    bigint  not null references entities (id),
    mentions     integer not null,
    first_start  integer not null,
    published_at bigint  not null,
    primary key (article_id, entity_id)
);
create index article_entities_by_entity on article_entities (entity_id, published_at desc, article_id desc);

-- Every mention the tagger found or an editor fixed: the span in the story's plain text, its type, the
-- entity it was linked to (none: not linked).
create table article_mentions (
    article_id  bigint  not null references articles (id) on delete cascade,
    start_at    integer not null,
    end_at      integer not null,
    type        text    not null check (type in ('PER', 'ORG', 'LOC')),
    surface     text    not null,
    entity_id   bigint  references entities (id),
    primary key (article_id, start_at)
);
create index article_mentions_by_entity on article_mentions (entity_id);

-- Editors' corrections, kept apart from what the tagger writes so that they stick when a story is
-- tagged again. kind: 'link' (a mention with this surface links to entity_id), 'ignore' (such a mention
-- is no entity). article_id scopes a correction to one story (a split moves some stories' mentions to
-- a new entity); without it the correction holds in every story of the language.
create table entity_corrections (
    id          integer primary key autoincrement,
    kind        text    not null check (kind in ('link', 'ignore')),
    surface_key text    not null,
    lang        text    not null,
    article_id  bigint  references articles (id) on delete cascade,
    entity_id   bigint  references entities (id),
    created_by  text    not null,
    created_at  bigint  not null
);
create index entity_corrections_by_key on entity_corrections (surface_key, lang);

-- Stories waiting to be tagged: written in the transaction that changed the story (as the search
-- outbox is), taken by the node that holds the tagging lease. A failure is logged, counted in attempts
-- and tried again at next_attempt_at; publishing never waits for it.
create table entity_queue (
    article_id      bigint  primary key,
    queued_at       bigint  not null,
    attempts        integer not null default 0,
    next_attempt_at bigint  not null,
    last_error      text
);
create index entity_queue_due on entity_queue (next_attempt_at);

-- Events, one per sentence that reports one. type: CALL (CAMEO 041), MEET (CAMEO 042/043/044), STATEMENT,
-- AGREEMENT, ACCUSATION. occurred_on is the ISO date resolved against the story's date. The sentence's
-- span is in the story's plain text. published_at is the story's, for listing.
create table events (
    id             integer primary key autoincrement,
    article_id     bigint  not null references articles (id) on delete cascade,
    lang           text    not null,
    type           text    not null check (type in ('CALL', 'MEET', 'STATEMENT', 'AGREEMENT', 'ACCUSATION')),
    occurred_on    text    not null,
    sentence_start integer not null,
    sentence_end   integer not null,
    sentence       text    not null,
    published_at   bigint  not null
);
create index events_by_date on events (lang, occurred_on desc, id desc);
create index events_by_article on events (article_id);

-- The actors of an event in their order: role 'initiator' (who called, visited, stated, accused) or
-- 'partner' (who was called, met, accused); title and country as the sentence gives them.
create table event_actors (
    event_id  bigint  not null references events (id) on delete cascade,
    position  integer not null,
    role      text    not null check (role in ('initiator', 'partner')),
    entity_id bigint  references entities (id),
    name      text    not null,
    title     text,
    country   text,
    primary key (event_id, position)
);
create index event_actors_by_entity on event_actors (entity_id, event_id);

-- What an event was about: topic keys (peace-process, border-delimitation, cop29, ...), in order.
create table event_topics (
    event_id bigint  not null references events (id) on delete cascade,
    position integer not null,
    topic    text    not null,
    primary key (event_id, position)
);
