/**
 * Reconciliation per plaza and local day: every read the gateway received must end in exactly
 * one place — posted, waiting in image review, in the dead letters, or a duplicate — by count.
 * Received reads come from the event log itself (the Postgres-table log keeps every accepted
 * record), so the check is independent of the processor's own bookkeeping:
 *
 * - a repeat of an event id already received (device retry, replay) is a duplicate;
 * - an event id with a trip is posted (or in review, by the trip's status);
 * - an event id in the dead letters is a dead letter;
 * - a read with no trip of its own is a duplicate only when a trip of the same vehicle (its tag,
 *   else its normalised plate and jurisdiction, as the processor collapses passages) at the same
 *   plaza lies within the duplicate window (another antenna's or camera's read of that passage);
 * - anything else is unexplained: the difference the report flags.
 *
 * Reads that cannot be placed on a plaza (unparseable, unknown plaza) are not in any row; they
 * are in the dead letters as format errors or invalid. Reads the processor has not consumed yet
 * (at or after the lowest committed offset on the topic) are left out until it has: they are on
 * their way, not missing.
 */
import type { Database } from '../../../adapters/database/database.ts';
import { configurationKeys, defaultConfiguration } from '../../../seed/configuration-defaults.ts';
import type { ReportFilter } from './revenue-report.ts';

export interface ReconciliationRow {
  day: string;
  plazaCode: string;
  received: number;
  posted: number;
  inReview: number;
  deadLetters: number;
  duplicates: number;
  /** received − (posted + in review + dead letters + duplicates); anything but 0 is flagged. */
  difference: number;
  postedCents: number;
}

/** The duplicate window in force now; the shipped default when no rule was ever set. */
async function duplicateWindowSeconds(database: Database, now: Date): Promise<number> {
  const key = configurationKeys.duplicateWindowSeconds;
  const [row] = await database.query<{ value: unknown }>(
    `select value from configuration where key = $1 and effective_from <= $2
     order by effective_from desc, id desc limit 1`,
    [key, now.toISOString()],
  );
  const value = row?.value ?? defaultConfiguration[key];
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : 60;
}

export async function reconciliationByPlazaDay(
  database: Database,
  filter: ReportFilter,
  rawTopic: string,
  now = new Date(),
): Promise<ReconciliationRow[]> {
  const windowSeconds = await duplicateWindowSeconds(database, now);
  const rows = await database.query<Record<string, string>>(
    `with consumed as (
       select coalesce(min(next_offset), 0) as up_to from event_log_offsets where topic = $4
     ), records as (
       select "offset", convert_from(value, 'UTF8') as body
       from event_log_records, consumed where topic = $4 and "offset" < consumed.up_to
     ), events as (
       select "offset", body::jsonb as e from records where pg_input_is_valid(body, 'jsonb')
     ), reads as (
       select e->>'eventId' as event_id, nullif(e->>'tagId', '') as tag_id,
              -- Normalised as normalisePlateText / normalisePlate do (domain/plate.ts).
              upper(regexp_replace(e->'plate'->>'text', '[[:space:].·‐‑‒–—-]', '', 'g')) as plate,
              upper(trim(e->'plate'->>'jurisdiction')) as jurisdiction,
              p.id as plaza_id, p.code,
              (e->>'occurredAt')::timestamptz as occurred_at,
              ((e->>'occurredAt')::timestamptz at time zone p.time_zone)::date as day,
              row_number() over (partition by e->>'eventId' order by "offset") as nth
       from events join plazas p on p.code = e->>'plazaId'
       where jsonb_typeof(e) = 'object' and e->>'eventId' is not null
         and pg_input_is_valid(e->>'occurredAt', 'timestamptz')
     ), dead as (
       select distinct payload->>'eventId' as event_id from dead_letters
       where payload->>'eventId' is not null
     ), judged as (
       select r.day, r.code, t.amount_cents,
              case
                when r.nth > 1 then 'duplicate'
                when t.status = 'review' then 'review'
                when t.id is not null then 'posted'
                when d.event_id is not null then 'dead_letter'
                when r.tag_id is not null and exists (
                  select 1 from trips o
                  where o.plaza_id = r.plaza_id and o.tag_no = r.tag_id
                    and o.event_id <> r.event_id
                    and o.occurred_at between r.occurred_at - $5 * interval '1 second'
                                          and r.occurred_at + $5 * interval '1 second')
                  then 'duplicate'
                when r.tag_id is null and r.plate is not null and exists (
                  select 1 from trips o
                  where o.plaza_id = r.plaza_id and o.tag_no is null and o.plate = r.plate
                    and o.jurisdiction = r.jurisdiction and o.event_id <> r.event_id
                    and o.occurred_at between r.occurred_at - $5 * interval '1 second'
                                          and r.occurred_at + $5 * interval '1 second')
                  then 'duplicate'
                else 'unexplained'
              end as outcome
       from reads r
       left join trips t on t.event_id = r.event_id and r.nth = 1
       left join dead d on d.event_id = r.event_id
       where r.day between $1::date and $2::date and ($3::text is null or r.code = $3)
     )
     select day::text as day, code, count(*)::text as received,
            count(*) filter (where outcome = 'posted')::text as posted,
            count(*) filter (where outcome = 'review')::text as in_review,
            count(*) filter (where outcome = 'dead_letter')::text as dead_letters,
            count(*) filter (where outcome = 'duplicate')::text as duplicates,
            coalesce(sum(amount_cents) filter (where outcome = 'posted'), 0)::text as posted_cents
     from judged group by day, code order by day, code`,
    [filter.from, filter.to, filter.plaza ?? null, rawTopic, windowSeconds],
  );
  return rows.map((row) => {
    const counts = {
      received: Number(row.received),
      posted: Number(row.posted),
      inReview: Number(row.in_review),
      deadLetters: Number(row.dead_letters),
      duplicates: Number(row.duplicates),
    };
    return {
      day: row.day.slice(0, 10),
      plazaCode: row.code,
      ...counts,
      difference:
        counts.received - counts.posted - counts.inReview - counts.deadLetters - counts.duplicates,
      postedCents: Number(row.posted_cents),
    };
  });
}
