import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { at, createdAt, id, oneOf, ref } from './columns.ts';

export const directions = ['NB', 'SB', 'EB', 'WB'] as const;
export const laneTypes = ['open_road', 'express', 'ramp'] as const;
export const deviceStatuses = ['active', 'maintenance', 'disabled'] as const;

export type Direction = (typeof directions)[number];
export type LaneType = (typeof laneTypes)[number];
export type DeviceStatus = (typeof deviceStatuses)[number];

/** A toll point (gantry or plaza). Rates are rated in the plaza's own time zone. */
export const plazas = pgTable(
  'plazas',
  {
    id: id(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    roadway: text('roadway').notNull(),
    latitude: doublePrecision('latitude').notNull(),
    longitude: doublePrecision('longitude').notNull(),
    /** IANA zone, e.g. `America/Chicago`. */
    timeZone: text('time_zone').notNull(),
    direction: text('direction', { enum: directions }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    oneOf('plazas_direction_check', t.direction, directions),
    check('plazas_latitude_check', sql`${t.latitude} between -90 and 90`),
    check('plazas_longitude_check', sql`${t.longitude} between -180 and 180`),
  ],
);

export const lanes = pgTable(
  'lanes',
  {
    id: id(),
    plazaId: ref('plaza_id')
      .notNull()
      .references(() => plazas.id),
    code: text('code').notNull(),
    type: text('type', { enum: laneTypes }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    oneOf('lanes_type_check', t.type, laneTypes),
    unique('lanes_plaza_code').on(t.plazaId, t.code),
  ],
);

/** A lane controller that sends trips. It authenticates with a credential kept only as a hash. */
export const roadsideDevices = pgTable(
  'roadside_devices',
  {
    id: id(),
    laneId: ref('lane_id')
      .notNull()
      .references(() => lanes.id),
    name: text('name').notNull().unique(),
    credentialHash: text('credential_hash').notNull(),
    credentialRotatedAt: at('credential_rotated_at').notNull().defaultNow(),
    status: text('status', { enum: deviceStatuses }).notNull().default('active'),
    lastSeenAt: at('last_seen_at'),
    createdAt: createdAt(),
  },
  (t) => [
    oneOf('roadside_devices_status_check', t.status, deviceStatuses),
    index('roadside_devices_lane_idx').on(t.laneId),
  ],
);
