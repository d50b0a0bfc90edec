/**
 * What earlier batches already did with this batch's reads. A device retry repeats an event id;
 * another antenna's read of a passage posted in an earlier batch has its own id but the same
 * vehicle, plaza and moment. Both count as duplicates. The UNIQUE event id in the database
 * remains the final guard: these checks only let the batch say "duplicate" and keep its
 * in-memory balances right.
 */
import type { BeausDb } from '../adapters/database/database.ts';
import { asJson, queryRows } from './sql-rows.ts';

export async function findPostedEventIds(db: BeausDb, eventIds: string[]): Promise<Set<string>> {
  if (eventIds.length === 0) return new Set();
  const rows = await queryRows<{ event_id: string }>(
    db,
    `select event_id from trips where event_id in (select jsonb_array_elements_text($1::jsonb))`,
    [asJson(eventIds)],
  );
  return new Set(rows.map((row) => row.event_id));
}

/** A passage of this batch, identified as `passageIdentity` does: tag, else normalised plate. */
export interface PassageProbe {
  readonly eventId: string;
  readonly plazaId: number;
  readonly tagNo: string | null;
  readonly plate: string | null;
  readonly jurisdiction: string | null;
  readonly occurredAt: Date;
  readonly windowSeconds: number;
}

/**
 * Event id of this batch → event id of a trip already stored for the same vehicle at the same
 * plaza within the duplicate window (either side: a late read of a posted passage is still it).
 */
export async function findEarlierPassages(
  db: BeausDb,
  probes: readonly PassageProbe[],
): Promise<Map<string, string>> {
  if (probes.length === 0) return new Map();
  // `+ 0` and `+ interval '0 s'` keep the planner on the tag and plate indexes: a vehicle has a
  // handful of trips, while a busy plaza has thousands inside any window.
  const rows = await queryRows<{ event_id: string; duplicate_of: string }>(
    db,
    `with r as (
       select * from jsonb_to_recordset($1::jsonb)
         as r(event_id text, plaza_id bigint, tag_no text, plate text, jurisdiction text,
              from_at timestamptz, to_at timestamptz)
     )
     select r.event_id, min(t.event_id) as duplicate_of
     from r join trips t
       on t.tag_no = r.tag_no and t.plaza_id + 0 = r.plaza_id
      and t.occurred_at + interval '0 s' between r.from_at and r.to_at
      and t.event_id <> r.event_id
     where r.tag_no is not null
     group by r.event_id
     union all
     select r.event_id, min(t.event_id) as duplicate_of
     from r join trips t
       on t.plate = r.plate and t.jurisdiction = r.jurisdiction and t.plaza_id + 0 = r.plaza_id
      and t.tag_no is null
      and t.occurred_at + interval '0 s' between r.from_at and r.to_at
      and t.event_id <> r.event_id
     where r.tag_no is null and r.plate is not null
     group by r.event_id`,
    [
      asJson(
        probes.map((probe) => {
          const windowMs = probe.windowSeconds * 1000;
          return {
            event_id: probe.eventId,
            plaza_id: probe.plazaId,
            tag_no: probe.tagNo,
            plate: probe.plate,
            jurisdiction: probe.jurisdiction,
            from_at: new Date(probe.occurredAt.getTime() - windowMs).toISOString(),
            to_at: new Date(probe.occurredAt.getTime() + windowMs).toISOString(),
          };
        }),
      ),
    ],
  );
  return new Map(rows.map((row) => [row.event_id, row.duplicate_of]));
}
