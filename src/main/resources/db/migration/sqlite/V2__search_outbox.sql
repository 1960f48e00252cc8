-- The search outbox: one row per article change, written in the same transaction as the change, so the
-- search index can never miss one. The serving process's indexer applies rows in id order, re-reading
-- the article's current state (a missing article is removed from the index), and deletes them once the
-- index has committed. No foreign key: a row must outlive the article it names when that is deleted.
create table search_outbox (
    -- autoincrement: ids only grow, so "in id order" is the order the changes were written
    id         integer primary key autoincrement,
    article_id bigint  not null,
    created_at bigint  not null
);
