import { sql } from 'drizzle-orm';
import { bigint, check, integer, pgTable, primaryKey, smallint } from 'drizzle-orm/pg-core';
import { at, cents, ref } from './columns.ts';
import { plazas } from './roadside.ts';

/**
 * Per plaza per minute of trip time (UTC): what the stream processor posted, rolled up in the
 * transaction that posted it, so reports read minutes instead of scanning trips and the
 * dashboard cache can be rebuilt from here when Redis is emptied.
 */
export const plazaMinuteStats = pgTable(
  'plaza_minute_stats',
  {
    plazaId: ref('plaza_id')
      .notNull()
      .references(() => plazas.id),
    minute: at('minute').notNull(),
    trips: integer('trips').notNull().default(0),
    revenueCents: cents('revenue_cents').notNull().default(0),
    tagReads: integer('tag_reads').notNull().default(0),
    plateReads: integer('plate_reads').notNull().default(0),
    reviewReads: integer('review_reads').notNull().default(0),
    /** Sums over the minute's trips, in ms: divide by `trips` for the mean lag. */
    occurredLagMs: bigint('occurred_lag_ms', { mode: 'number' }).notNull().default(0),
    receivedLagMs: bigint('received_lag_ms', { mode: 'number' }).notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.plazaId, t.minute] }),
    check('plaza_minute_stats_counts_check', sql`${t.trips} >= 0 and ${t.revenueCents} >= 0`),
  ],
);

/**
 * Per plaza, UTC hour of trip time and measured vehicle class: the traffic report's rollup,
 * kept by the stream processor in the posting transaction like the minute rollup, so a year of
 * traffic by class and hour is read from a few hundred thousand rows rather than from trips.
 */
export const plazaHourClassStats = pgTable(
  'plaza_hour_class_stats',
  {
    plazaId: ref('plaza_id')
      .notNull()
      .references(() => plazas.id),
    /** Start of the UTC hour; reports turn it into the plaza's local day and hour. */
    hour: at('hour').notNull(),
    vehicleClass: smallint('vehicle_class').notNull(),
    trips: integer('trips').notNull().default(0),
    revenueCents: cents('revenue_cents').notNull().default(0),
    tagReads: integer('tag_reads').notNull().default(0),
    plateReads: integer('plate_reads').notNull().default(0),
    reviewReads: integer('review_reads').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.plazaId, t.hour, t.vehicleClass] }),
    check('plaza_hour_class_stats_counts_check', sql`${t.trips} >= 0 and ${t.revenueCents} >= 0`),
  ],
);
