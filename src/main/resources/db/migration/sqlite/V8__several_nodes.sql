-- What several application nodes share through the database (docs/architecture.md, "Several nodes").

-- Newsroom sessions (Spring Session JDBC), so a signed-in editor may reach any node. Times are epoch
-- milliseconds, as everywhere else; attributes are the serialized session attributes.
create table spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(320)
);
create unique index spring_session_id on spring_session (session_id);
create index spring_session_expiry on spring_session (expiry_time);
create index spring_session_principal on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null references spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    blob         not null,
    primary key (session_primary_id, attribute_name)
);

-- Failed sign-ins, counted per account and per client address across nodes (LoginThrottle).
create table login_failures (
    id           integer primary key autoincrement,
    throttle_key varchar(400) not null,
    failed_at    bigint       not null
);
create index login_failures_by_key on login_failures (throttle_key, failed_at);
create index login_failures_by_time on login_failures (failed_at);

-- Leases: the node named by holder runs the work named by name until expires_at (epoch ms), unless it
-- renews the lease first; once it has expired any node may take it over.
create table leases (
    name        varchar(100) primary key,
    holder      varchar(200) not null,
    acquired_at bigint       not null,
    expires_at  bigint       not null
);

-- The search outbox is now read by every node, each from its own position, and pruned by age.
create index search_outbox_by_age on search_outbox (created_at);
-- Rows up to this id may have been pruned: a node whose index stopped before it has missed changes and
-- rebuilds its index from the articles.
create table search_outbox_pruned (
    id         int    primary key,
    through_id bigint not null
);
insert into search_outbox_pruned (id, through_id) values (1, 0);
