import { sql } from 'drizzle-orm';
import {
  check,
  index,
  jsonb,
  pgTable,
  real,
  smallint,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { at, cents, id, oneOf, ref } from './columns.ts';
import { rateSchedules } from './rates.ts';
import { directions, lanes, plazas, roadsideDevices } from './roadside.ts';

export const tripStatuses = [
  'posted',
  'review',
  'unbilled',
  'invoiced',
  'reversed',
  'dead_letter',
] as const;
export const readTypes = ['tag', 'plate', 'review'] as const;

export type TripStatus = (typeof tripStatuses)[number];
export type ReadType = (typeof readTypes)[number];

/** How a trip's amount was found, kept with the trip so a customer can see why they paid it. */
export interface RateExplanation {
  scheduleVersion: number;
  dayType: string;
  band: string;
  vehicleClass: number;
  rate: 'tag' | 'plate';
  rateCents: number;
}

/**
 * One vehicle passage. `event_id` is the device's own id for the read: a device retries until
 * acknowledged, and this UNIQUE is what makes a retried trip post once.
 */
export const trips = pgTable(
  'trips',
  {
    id: id(),
    eventId: text('event_id').notNull().unique(),
    deviceId: ref('device_id')
      .notNull()
      .references(() => roadsideDevices.id),
    plazaId: ref('plaza_id')
      .notNull()
      .references(() => plazas.id),
    laneId: ref('lane_id')
      .notNull()
      .references(() => lanes.id),
    direction: text('direction', { enum: directions }).notNull(),
    occurredAt: at('occurred_at').notNull(),
    receivedAt: at('received_at').notNull().defaultNow(),
    tagNo: text('tag_no'),
    plate: text('plate'),
    jurisdiction: text('jurisdiction'),
    ocrConfidence: real('ocr_confidence'),
    vehicleClass: smallint('vehicle_class').notNull(),
    imageKeys: text('image_keys')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    accountId: ref('account_id').references(() => accounts.id),
    status: text('status', { enum: tripStatuses }).notNull(),
    readType: text('read_type', { enum: readTypes }).notNull(),
    amountCents: cents('amount_cents'),
    rateScheduleId: ref('rate_schedule_id').references(() => rateSchedules.id),
    rateExplanation: jsonb('rate_explanation').$type<RateExplanation>(),
    postedAt: at('posted_at'),
  },
  (t) => [
    oneOf('trips_status_check', t.status, tripStatuses),
    oneOf('trips_read_type_check', t.readType, readTypes),
    oneOf('trips_direction_check', t.direction, directions),
    check('trips_amount_check', sql`${t.amountCents} is null or ${t.amountCents} >= 0`),
    check(
      'trips_ocr_confidence_check',
      sql`${t.ocrConfidence} is null or ${t.ocrConfidence} between 0 and 1`,
    ),
    check('trips_identified_check', sql`${t.tagNo} is not null or ${t.plate} is not null`),
    index('trips_account_time_idx').on(t.accountId, t.occurredAt.desc()),
    index('trips_plaza_time_idx').on(t.plazaId, t.occurredAt),
    index('trips_occurred_at_idx').on(t.occurredAt),
    index('trips_plate_idx').on(t.plate, t.jurisdiction),
    index('trips_tag_idx').on(t.tagNo),
    // The image review queue is read oldest first and is small next to all trips.
    index('trips_review_queue_idx')
      .on(t.occurredAt)
      .where(sql`${t.status} = 'review'`),
  ],
);

/** Events a consumer could not process; kept for people to look at, never silently dropped. */
export const deadLetters = pgTable(
  'dead_letters',
  {
    id: id(),
    topic: text('topic').notNull(),
    key: text('key'),
    payload: jsonb('payload').notNull(),
    reason: text('reason').notNull(),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [
    index('dead_letters_topic_at_idx').on(t.topic, t.at),
    // The stream processor's replay guard: one dead letter per event (or log position) and reason.
    uniqueIndex('dead_letters_dedupe_key_unique').on(sql`(${t.payload}->>'dedupeKey')`),
  ],
);
