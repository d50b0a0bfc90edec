/**
 * A tiny road network, accounts and rules for the stream processor's tests: one plaza with one
 * lane, two published rate schedules (the second effective "tomorrow"), and accounts whose
 * balances and tags exercise every posting rule. Written with plain SQL so each test reads as
 * data, not as a generator.
 */
import type { Database } from '../../adapters/database/database.ts';
import type { EventLog, LoggedEvent } from '../../adapters/event-log/event-log.ts';
import { configurationKeys } from '../../seed/configuration-defaults.ts';

/** Tuesday 2026-11-24 10:00 in New York: the plaza's weekday band. */
export const tripDay = new Date('2026-11-24T15:00:00.000Z');
/** The day the v2 schedule takes effect (a schedule published for tomorrow). */
export const scheduleV2From = new Date('2026-11-25T05:00:00.000Z');

export const rates = {
  v1: { tag: 200, plate: 300 },
  v2: { tag: 900, plate: 1200 },
} as const;

export interface StreamFixture {
  plazaId: number;
  accounts: {
    /** Prepaid, 50.00, tag TAG-A valid, plate NC ABC1234. */
    prepaid: number;
    /** Prepaid, 12.50: one tag trip takes it under the 10.00 low-balance threshold. */
    nearLow: number;
    /** Prepaid, 3.00 with auto top-up 40.00 under 10.00 and a card on file. */
    topUp: number;
    /** Toll-by-plate account: plate NC TBP1 is billed by invoice. */
    tollByPlate: number;
  };
}

export async function seedStreamFixture(database: Database): Promise<StreamFixture> {
  const q = <T>(sql: string, params: unknown[] = []) => database.query<T>(sql, params);
  const [plaza] = await q<{ id: number }>(
    `insert into plazas (code, name, roadway, latitude, longitude, time_zone, direction)
     values ('PLZ-1', 'Test plaza', 'I-540', 35.9, -78.8, 'America/New_York', 'EB') returning id`,
  );
  const plazaId = Number(plaza?.id);
  const [lane] = await q<{ id: number }>(
    `insert into lanes (plaza_id, code, type) values ($1, 'L1', 'open_road') returning id`,
    [plazaId],
  );
  await q(
    `insert into roadside_devices (lane_id, name, credential_hash) values ($1, 'plz-1-l1', 'x')`,
    [Number(lane?.id)],
  );
  await addSchedule(database, plazaId, 1, new Date('2026-01-01T05:00:00Z'), rates.v1);
  await addSchedule(database, plazaId, 2, scheduleV2From, rates.v2);

  const rules: Record<string, unknown> = {
    [configurationKeys.duplicateWindowSeconds]: 60,
    [configurationKeys.ocrConfidenceThreshold]: 0.85,
    [configurationKeys.tripMaxAgeDays]: 180,
    [configurationKeys.lowBalanceCents]: 1000,
  };
  for (const [key, value] of Object.entries(rules)) {
    await q(`insert into configuration (key, value, effective_from) values ($1, $2::jsonb, $3)`, [
      key,
      JSON.stringify(value),
      '2020-01-01T00:00:00Z',
    ]);
  }

  const prepaid = await addAccount(database, '900001', 'prepaid', 5000);
  await addTag(database, prepaid, 'TAG-A');
  await addVehicle(database, prepaid, 'NC', 'ABC1234');
  const nearLow = await addAccount(database, '900002', 'prepaid', 1250);
  await addTag(database, nearLow, 'TAG-L');
  const topUp = await addAccount(database, '900003', 'prepaid', 300, {
    threshold: 1000,
    amount: 4000,
  });
  await addTag(database, topUp, 'TAG-T');
  await q(
    `insert into payment_methods (account_id, gateway_token, brand, last4, exp_month, exp_year, is_default)
     values ($1, 'tok_test_1', 'visa', '4242', 12, 2030, true)`,
    [topUp],
  );
  const tollByPlate = await addAccount(database, '900004', 'toll_by_plate', 0);
  await addVehicle(database, tollByPlate, 'NC', 'TBP1');
  return { plazaId, accounts: { prepaid, nearLow, topUp, tollByPlate } };
}

async function addSchedule(
  database: Database,
  plazaId: number,
  version: number,
  from: Date,
  rate: { tag: number; plate: number },
): Promise<void> {
  const [schedule] = await database.query<{ id: number }>(
    `insert into rate_schedules (plaza_id, version, effective_from, status, published_at)
     values ($1, $2, $3, 'published', $3) returning id`,
    [plazaId, version, from.toISOString()],
  );
  for (const dayType of ['weekday', 'weekend']) {
    await database.query(
      `insert into rate_schedule_entries (schedule_id, vehicle_class, day_type, start_minute,
         end_minute, tag_rate_cents, plate_rate_cents) values ($1, 2, $2, 0, 1440, $3, $4)`,
      [Number(schedule?.id), dayType, rate.tag, rate.plate],
    );
  }
}

async function addAccount(
  database: Database,
  accountNo: string,
  type: 'prepaid' | 'toll_by_plate',
  openingCents: number,
  autoTopUp?: { threshold: number; amount: number },
): Promise<number> {
  const [account] = await database.query<{ id: number }>(
    `insert into accounts (account_no, type, auto_top_up_threshold_cents, auto_top_up_amount_cents)
     values ($1, $2, $3, $4) returning id`,
    [accountNo, type, autoTopUp?.threshold ?? null, autoTopUp?.amount ?? null],
  );
  const id = Number(account?.id);
  if (openingCents > 0) {
    await database.query(
      `insert into ledger_entries (account_id, kind, amount_cents, source_ref, description)
       values ($1, 'payment', $2, $3, 'opening deposit')`,
      [id, openingCents, `payment:opening-${accountNo}`],
    );
  }
  return id;
}

async function addTag(database: Database, accountId: number, tagNo: string): Promise<void> {
  await database.query(`insert into tags (tag_no, account_id, status) values ($1, $2, 'valid')`, [
    tagNo,
    accountId,
  ]);
}

async function addVehicle(database: Database, accountId: number, jur: string, plate: string) {
  await database.query(
    `insert into vehicles (account_id, plate, jurisdiction, start_date) values ($1, $2, $3, '2025-01-01')`,
    [accountId, plate, jur],
  );
}

/** A trip.v1 event as the gateway would append it; `at` defaults to the fixture's trip day. */
export function tripEvent(overrides: Record<string, unknown> & { eventId: string }) {
  const occurredAt = (overrides['occurredAt'] as string | undefined) ?? tripDay.toISOString();
  return {
    schema: 'trip.v1',
    deviceId: 'plz-1-l1',
    plazaId: 'PLZ-1',
    laneId: 'L1',
    direction: 'E',
    occurredAt,
    receivedAt: new Date(Date.parse(occurredAt) + 1000).toISOString(),
    vehicleClass: 2,
    imageKeys: [],
    ...overrides,
  };
}

/** Appends events (objects, or raw strings for malformed ones) to trips.raw. */
export async function appendTrips(
  eventLog: EventLog,
  topic: string,
  events: readonly (object | string)[],
): Promise<void> {
  await eventLog.append(
    topic,
    events.map((event) => ({
      key: typeof event === 'string' ? null : keyOf(event as Record<string, unknown>),
      value: typeof event === 'string' ? event : JSON.stringify(event),
    })),
  );
}

function keyOf(event: Record<string, unknown>): string {
  if (typeof event['tagId'] === 'string') return `tag:${event['tagId']}`;
  return `event:${String(event['eventId'])}`;
}

/** Everything on a topic, for assertions (the test's own group, never committed). */
export async function readTopic(eventLog: EventLog, topic: string): Promise<LoggedEvent[]> {
  return eventLog.poll(`test-reader-${topic}`, topic, { maxRecords: 10_000 });
}

/** Posted trip count and cents, and every account's balance against the sum of its entries. */
export async function ledgerTotals(database: Database) {
  const [trips] = await database.query<{ count: unknown; cents: unknown }>(
    `select count(*) as count, coalesce(sum(amount_cents), 0) as cents from trips
     where status in ('posted', 'unbilled')`,
  );
  const [entries] = await database.query<{ count: unknown; cents: unknown }>(
    `select count(*) as count, coalesce(sum(amount_cents), 0) as cents from ledger_entries
     where kind = 'trip'`,
  );
  return {
    trips: Number(trips?.count),
    tripCents: Number(trips?.cents),
    tripEntries: Number(entries?.count),
    tripEntryCents: Number(entries?.cents),
  };
}
