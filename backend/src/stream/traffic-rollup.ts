/**
 * The traffic rollup: trips, revenue and read types per plaza, UTC hour of trip time and
 * measured vehicle class (plaza_hour_class_stats), for the traffic by class and hour report.
 * Kept beside the minute rollup (projections.ts), in the same posting transaction and only for
 * trips the batch actually inserted, so a replayed event never counts twice.
 */
import type { BeausDb } from '../adapters/database/database.ts';
import type { TripDraft } from './plan-trips.ts';
import { asJson, queryRows } from './sql-rows.ts';

export interface HourClassStats {
  readonly plazaId: number;
  /** Start of the UTC hour. */
  readonly hour: Date;
  readonly vehicleClass: number;
  trips: number;
  revenueCents: number;
  tagReads: number;
  plateReads: number;
  reviewReads: number;
}

export function hourOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 3_600_000) * 3_600_000);
}

type Counted = Pick<
  TripDraft,
  'plazaId' | 'occurredAt' | 'vehicleClass' | 'amountCents' | 'readType'
>;

/** Counts trips into their plaza, hour and class. */
export function trafficDelta(trips: readonly Counted[]): HourClassStats[] {
  const rows = new Map<string, HourClassStats>();
  for (const trip of trips) {
    const hour = hourOf(trip.occurredAt);
    const key = `${trip.plazaId}|${hour.getTime()}|${trip.vehicleClass}`;
    let stats = rows.get(key);
    if (stats === undefined) {
      stats = {
        plazaId: trip.plazaId,
        hour,
        vehicleClass: trip.vehicleClass,
        trips: 0,
        revenueCents: 0,
        tagReads: 0,
        plateReads: 0,
        reviewReads: 0,
      };
      rows.set(key, stats);
    }
    stats.trips += 1;
    stats.revenueCents += trip.amountCents ?? 0;
    if (trip.readType === 'tag') stats.tagReads += 1;
    else if (trip.readType === 'plate') stats.plateReads += 1;
    else stats.reviewReads += 1;
  }
  return [...rows.values()];
}

/** Adds the rows to the rollup, in the posting transaction. */
export async function addToTrafficRollup(
  tx: BeausDb,
  rows: readonly HourClassStats[],
): Promise<void> {
  if (rows.length === 0) return;
  // Sorted so two consumers touching the same rows take the row locks in one order.
  const sorted = [...rows]
    .sort(
      (a, b) =>
        a.plazaId - b.plazaId ||
        a.hour.getTime() - b.hour.getTime() ||
        a.vehicleClass - b.vehicleClass,
    )
    .map((r) => ({
      plaza_id: r.plazaId,
      hour: r.hour.toISOString(),
      vehicle_class: r.vehicleClass,
      trips: r.trips,
      revenue_cents: r.revenueCents,
      tag_reads: r.tagReads,
      plate_reads: r.plateReads,
      review_reads: r.reviewReads,
    }));
  await queryRows(
    tx,
    `insert into plaza_hour_class_stats as s (plaza_id, hour, vehicle_class, trips, revenue_cents,
       tag_reads, plate_reads, review_reads)
     select * from jsonb_to_recordset($1::jsonb) as r(plaza_id bigint, hour timestamptz,
       vehicle_class smallint, trips integer, revenue_cents bigint, tag_reads integer,
       plate_reads integer, review_reads integer)
     on conflict (plaza_id, hour, vehicle_class) do update set
       trips = s.trips + excluded.trips,
       revenue_cents = s.revenue_cents + excluded.revenue_cents,
       tag_reads = s.tag_reads + excluded.tag_reads,
       plate_reads = s.plate_reads + excluded.plate_reads,
       review_reads = s.review_reads + excluded.review_reads`,
    [asJson(sorted)],
  );
}
