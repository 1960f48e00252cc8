-- The tagging queue serves changes made one at a time before a bulk backlog (docs/understanding.md,
-- "Tagging stories: the pipeline"). priority 0: a change from the newsroom, the write API, the wire desk,
-- the scheduler or an editor's correction; priority 1: a row queued in bulk (an import, tag-entities).
-- The worker takes due rows by priority, then by when they fell due, oldest first; the index serves that
-- order, so a batch reads its rows off the index and stops at the batch's size. Rows queued before this
-- migration keep the order they had (priority 0).
alter table entity_queue add column priority integer not null default 0;
drop index entity_queue_due;
create index entity_queue_due on entity_queue (priority, next_attempt_at, article_id);
