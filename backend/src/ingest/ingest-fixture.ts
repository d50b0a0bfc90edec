import pino from 'pino';
import type { Database } from '../adapters/database/database.ts';
import { migrateDatabase } from '../adapters/database/migrate.ts';
import type { EventLog, LoggedEvent } from '../adapters/event-log/event-log.ts';
import { buildIngestApp } from './app.ts';
import { rotateDeviceCredential } from './device-credentials.ts';
import type { IngestOptions } from './ingest-plugin.ts';

/** A migrated database with one plaza, lane and device, and the gateway in front of a log. */
export interface IngestFixture {
  app: Awaited<ReturnType<typeof buildIngestApp>>;
  device: { id: number; name: string; secret: string };
  /** `Authorization: Basic …` for the fixture's device. */
  basic(name?: string, secret?: string): string;
  /** A valid trip.v1 event from the fixture's device, with `overrides` applied. */
  trip(eventId: string, overrides?: Record<string, unknown>): Record<string, unknown>;
  /** Everything in the fixture's topic, read by a throw-away group. */
  logged(): Promise<LoggedEvent[]>;
}

export async function createIngestFixture(
  database: Database,
  eventLog: EventLog,
  options: Partial<IngestOptions> & { topic: string; seed?: boolean },
): Promise<IngestFixture> {
  const device = options.seed === false ? await findDevice(database) : await seedDevice(database);
  const id = Number(device.id);
  const secret = await rotateDeviceCredential(database, id);
  const app = await buildIngestApp({
    database,
    eventLog,
    logger: pino({ level: 'silent' }),
    ...options,
  });
  await app.ready();
  let readers = 0;
  return {
    app,
    device: { id, name: device.name, secret },
    basic: (name = device.name, key = secret) =>
      `Basic ${Buffer.from(`${name}:${key}`).toString('base64')}`,
    trip: (eventId, overrides = {}) => ({
      schema: 'trip.v1',
      eventId,
      deviceId: device.name,
      plazaId: 'PLZ-540-E',
      laneId: '2',
      direction: 'E',
      occurredAt: '2026-11-25T12:30:05.120Z',
      tagId: `NCQP.${eventId}`,
      vehicleClass: 2,
      imageKeys: [],
      ...overrides,
    }),
    async logged() {
      readers += 1;
      return eventLog.poll(`reader-${readers}`, options.topic, { maxRecords: 10_000 });
    },
  };
}

export interface DeviceRow {
  id: string | number;
  name: string;
}

async function findDevice(database: Database): Promise<DeviceRow> {
  const [device] = await database.query<DeviceRow>(
    `select id, name from roadside_devices where name = 'plz-540-e-2'`,
  );
  return device;
}

export async function seedDevice(database: Database): Promise<DeviceRow> {
  await migrateDatabase(database);
  const [device] = await database.query<DeviceRow>(
    `with plaza as (
       insert into plazas (code, name, roadway, latitude, longitude, time_zone, direction)
       values ('PLZ-540-E', 'Morrisville', 'NC-540', 35.8, -78.8, 'America/New_York', 'EB')
       returning id),
     lane as (
       insert into lanes (plaza_id, code, type) select id, '2', 'open_road' from plaza returning id)
     insert into roadside_devices (lane_id, name, credential_hash)
     select id, 'plz-540-e-2', 'unset' from lane returning id, name`,
  );
  return device;
}
