/**
 * Tables of the Postgres-table event log. They belong to the adapter, not the domain schema,
 * and are created on open (idempotent), so the embedded posture needs no Kafka and no extra
 * migration step. Offsets are per topic and gap-free: `event_log_topics.next_offset` is bumped
 * in the appending transaction, and its row lock makes offsets become visible in order, so a
 * consumer reading "after my offset" never skips a record committed late.
 */
export const createEventLogTables = `
create table if not exists event_log_topics (
  topic text primary key,
  next_offset bigint not null default 0
);
create table if not exists event_log_records (
  topic text not null references event_log_topics (topic),
  "offset" bigint not null,
  key text,
  value bytea not null,
  headers jsonb not null default '{}'::jsonb,
  appended_at timestamptz not null default now(),
  primary key (topic, "offset")
);
create table if not exists event_log_offsets (
  group_id text not null,
  topic text not null,
  partition integer not null default 0,
  next_offset bigint not null,
  primary key (group_id, topic, partition)
);`;

/** Reserves `count` offsets for `topic` and returns the first; locks the topic until commit. */
export const reserveOffsets = `
insert into event_log_topics as t (topic, next_offset) values ($1, $2)
on conflict (topic) do update set next_offset = t.next_offset + excluded.next_offset
returning next_offset - $2 as first_offset`;

/** One INSERT for the whole batch: records arrive as one JSON array parameter. */
export const insertRecords = `
insert into event_log_records (topic, "offset", key, value, headers)
select $1, $2::bigint + r.ordinality - 1, r.item->>'key', decode(r.item->>'value', 'base64'),
       coalesce(r.item->'headers', '{}'::jsonb)
from jsonb_array_elements($3::jsonb) with ordinality as r(item, ordinality)`;

export const selectAfterCommitted = `
select topic, "offset", key, value, headers, appended_at
from event_log_records
where topic = $1
  and "offset" >= coalesce(
    (select next_offset from event_log_offsets where group_id = $2 and topic = $1 and partition = 0),
    0)
order by "offset"
limit $3`;

export const commitOffset = `
insert into event_log_offsets as o (group_id, topic, partition, next_offset) values ($1, $2, 0, $3)
on conflict (group_id, topic, partition)
do update set next_offset = greatest(o.next_offset, excluded.next_offset)`;
