import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, smallint, text, unique } from 'drizzle-orm/pg-core';
import { at, cents, createdAt, id, oneOf, ref } from './columns.ts';
import { plazas } from './roadside.ts';
import { users } from './users.ts';

export const rateScheduleStatuses = ['draft', 'published'] as const;
export const dayTypes = ['weekday', 'weekend', 'holiday'] as const;

export type RateScheduleStatus = (typeof rateScheduleStatuses)[number];
export type DayType = (typeof dayTypes)[number];

/**
 * One version of a plaza's rates. The published version with the latest `effective_from` at or
 * before a trip's time rates that trip, so a change never re-rates the past.
 */
export const rateSchedules = pgTable(
  'rate_schedules',
  {
    id: id(),
    plazaId: ref('plaza_id')
      .notNull()
      .references(() => plazas.id),
    version: integer('version').notNull(),
    effectiveFrom: at('effective_from').notNull(),
    status: text('status', { enum: rateScheduleStatuses }).notNull().default('draft'),
    publishedAt: at('published_at'),
    createdBy: ref('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    oneOf('rate_schedules_status_check', t.status, rateScheduleStatuses),
    check(
      'rate_schedules_published_check',
      sql`(${t.status} = 'published') = (${t.publishedAt} is not null)`,
    ),
    unique('rate_schedules_plaza_version').on(t.plazaId, t.version),
    index('rate_schedules_lookup_idx').on(t.plazaId, t.status, t.effectiveFrom),
  ],
);

/** A band of a schedule: class × day type × minutes of the plaza's local day [start, end). */
export const rateScheduleEntries = pgTable(
  'rate_schedule_entries',
  {
    id: id(),
    scheduleId: ref('schedule_id')
      .notNull()
      .references(() => rateSchedules.id, { onDelete: 'cascade' }),
    vehicleClass: smallint('vehicle_class').notNull(),
    dayType: text('day_type', { enum: dayTypes }).notNull(),
    startMinute: smallint('start_minute').notNull(),
    endMinute: smallint('end_minute').notNull(),
    tagRateCents: cents('tag_rate_cents').notNull(),
    plateRateCents: cents('plate_rate_cents').notNull(),
  },
  (t) => [
    oneOf('rate_schedule_entries_day_type_check', t.dayType, dayTypes),
    check(
      'rate_schedule_entries_minutes_check',
      sql`${t.startMinute} >= 0 and ${t.endMinute} <= 1440 and ${t.startMinute} < ${t.endMinute}`,
    ),
    check(
      'rate_schedule_entries_rates_check',
      sql`${t.tagRateCents} >= 0 and ${t.plateRateCents} >= ${t.tagRateCents}`,
    ),
    unique('rate_schedule_entries_band').on(t.scheduleId, t.vehicleClass, t.dayType, t.startMinute),
  ],
);
