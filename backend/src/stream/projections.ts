/**
 * Projections of posted trips per plaza per minute (of trip time, UTC): trips, revenue, read
 * type and lag. They are counted only for trips this batch actually inserted, so a replayed
 * event never counts twice: in Postgres (plaza_minute_stats) inside the posting transaction,
 * and in the cache after the commit (projection-cache.ts).
 */
import type { BeausDb } from '../adapters/database/database.ts';
import type { TripDraft } from './plan-trips.ts';
import { asJson, queryRows } from './sql-rows.ts';

export interface MinuteStats {
  readonly plazaId: number;
  readonly plazaCode: string;
  /** Start of the UTC minute. */
  readonly minute: Date;
  trips: number;
  revenueCents: number;
  tagReads: number;
  plateReads: number;
  reviewReads: number;
  /** Sums in ms of (processed − occurredAt) and (processed − receivedAt). */
  occurredLagMs: number;
  receivedLagMs: number;
}

export interface ProjectionDelta {
  readonly minutes: readonly MinuteStats[];
  /** Plaza code → trips newly waiting for image review. */
  readonly reviewBacklog: ReadonlyMap<string, number>;
  /** Mean lag of the batch's inserted trips, for the live pipeline gauge. */
  readonly lag: {
    readonly occurredMs: number;
    readonly receivedMs: number;
    readonly trips: number;
  };
}

export function minuteOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 60_000) * 60_000);
}

/** Counts the inserted trips; `processedAt` is the batch's commit time for the lag. */
export function projectionDelta(
  inserted: readonly { readonly draft: TripDraft; readonly plazaCode: string }[],
  processedAt: Date,
): ProjectionDelta {
  const minutes = new Map<string, MinuteStats>();
  const reviewBacklog = new Map<string, number>();
  let occurredLag = 0;
  let receivedLag = 0;
  for (const { draft, plazaCode } of inserted) {
    const minute = minuteOf(draft.occurredAt);
    const key = `${draft.plazaId}|${minute.getTime()}`;
    let stats = minutes.get(key);
    if (stats === undefined) {
      stats = {
        plazaId: draft.plazaId,
        plazaCode,
        minute,
        trips: 0,
        revenueCents: 0,
        tagReads: 0,
        plateReads: 0,
        reviewReads: 0,
        occurredLagMs: 0,
        receivedLagMs: 0,
      };
      minutes.set(key, stats);
    }
    const occurredMs = Math.max(0, processedAt.getTime() - draft.occurredAt.getTime());
    const receivedMs = Math.max(0, processedAt.getTime() - draft.receivedAt.getTime());
    stats.trips += 1;
    stats.revenueCents += draft.amountCents ?? 0;
    if (draft.readType === 'tag') stats.tagReads += 1;
    else if (draft.readType === 'plate') stats.plateReads += 1;
    else {
      stats.reviewReads += 1;
      reviewBacklog.set(plazaCode, (reviewBacklog.get(plazaCode) ?? 0) + 1);
    }
    stats.occurredLagMs += occurredMs;
    stats.receivedLagMs += receivedMs;
    occurredLag += occurredMs;
    receivedLag += receivedMs;
  }
  const count = inserted.length;
  return {
    minutes: [...minutes.values()],
    reviewBacklog,
    lag: {
      occurredMs: count === 0 ? 0 : Math.round(occurredLag / count),
      receivedMs: count === 0 ? 0 : Math.round(receivedLag / count),
      trips: count,
    },
  };
}

/** Adds the batch's minutes to the rollup, in the posting transaction. */
export async function addToMinuteRollup(
  tx: BeausDb,
  minutes: readonly MinuteStats[],
): Promise<void> {
  if (minutes.length === 0) return;
  // Sorted so two consumers touching the same minutes take the row locks in one order.
  const rows = [...minutes]
    .sort((a, b) => a.plazaId - b.plazaId || a.minute.getTime() - b.minute.getTime())
    .map((m) => ({
      plaza_id: m.plazaId,
      minute: m.minute.toISOString(),
      trips: m.trips,
      revenue_cents: m.revenueCents,
      tag_reads: m.tagReads,
      plate_reads: m.plateReads,
      review_reads: m.reviewReads,
      occurred_lag_ms: m.occurredLagMs,
      received_lag_ms: m.receivedLagMs,
    }));
  await queryRows(
    tx,
    `insert into plaza_minute_stats as s (plaza_id, minute, trips, revenue_cents, tag_reads,
       plate_reads, review_reads, occurred_lag_ms, received_lag_ms)
     select * from jsonb_to_recordset($1::jsonb) as r(plaza_id bigint, minute timestamptz,
       trips integer, revenue_cents bigint, tag_reads integer, plate_reads integer,
       review_reads integer, occurred_lag_ms bigint, received_lag_ms bigint)
     on conflict (plaza_id, minute) do update set
       trips = s.trips + excluded.trips,
       revenue_cents = s.revenue_cents + excluded.revenue_cents,
       tag_reads = s.tag_reads + excluded.tag_reads,
       plate_reads = s.plate_reads + excluded.plate_reads,
       review_reads = s.review_reads + excluded.review_reads,
       occurred_lag_ms = s.occurred_lag_ms + excluded.occurred_lag_ms,
       received_lag_ms = s.received_lag_ms + excluded.received_lag_ms`,
    [asJson(rows)],
  );
}
