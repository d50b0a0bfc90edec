import type { LoggedEvent } from '../adapters/event-log/event-log.ts';
import { testAppTimeoutMs } from '../platform/testing/test-app.ts';
import { configurationKeys } from '../seed/configuration-defaults.ts';
import { createSeededTestApp, type SeededTestApp } from '../seed/testing.ts';
import { processTripBatch } from './process-trip-batch.ts';

/**
 * Holidays are a business rule admins schedule (rating.holidays); the processor rates a trip on
 * a listed local date by the schedule's holiday bands, and the admin calculator says the same.
 */
let testApp: SeededTestApp;
let admin: string;
let device: { name: string; plaza: string; plazaId: string; lane: string };

beforeAll(async () => {
  testApp = await createSeededTestApp();
  admin = await testApp.tokenFor('admin1');
  [device] = await testApp.adapters.database.query<typeof device>(
    `select d.name, p.code as plaza, p.id::text as "plazaId", l.code as lane
     from roadside_devices d join lanes l on l.id = d.lane_id join plazas p on p.id = l.plaza_id
     where d.status = 'active' order by d.id limit 1`,
  );
}, testAppTimeoutMs);
afterAll(() => testApp.close());

async function call(method: 'GET' | 'POST', url: string, payload?: object) {
  const response = await testApp.app.inject({
    method,
    url: `/api/admin${url}`,
    payload,
    headers: { authorization: `Bearer ${admin}` },
  });
  return { status: response.statusCode, body: response.json() };
}

function plateTrip(eventId: string, occurredAt: Date, offset: number): LoggedEvent {
  const event = {
    schema: 'trip.v1',
    eventId,
    deviceId: device.name,
    plazaId: device.plaza,
    laneId: device.lane,
    direction: 'N',
    occurredAt: occurredAt.toISOString(),
    receivedAt: new Date(occurredAt.getTime() + 1000).toISOString(),
    vehicleClass: 2,
    plate: { jurisdiction: 'TX', text: `HD${offset}Y${offset}`, confidence: 0.99 },
    imageKeys: [],
  };
  return {
    topic: 'trips.raw',
    partition: 0,
    offset,
    key: `event:${eventId}`,
    value: Buffer.from(JSON.stringify(event)),
    headers: {},
    timestamp: occurredAt,
  };
}

it('rates a trip on a configured holiday by the holiday bands, as the calculator does', async () => {
  const key = encodeURIComponent(configurationKeys.holidays);
  const scheduled = await call('POST', `/rules/${key}/versions`, {
    value: ['2027-01-01'],
    effectiveFrom: new Date(Date.now() + 60_000).toISOString(),
  });
  expect(scheduled.status).toBe(200);

  // Friday 1 January 2027 (listed) and Thursday 31 December 2026 (not), both US midday.
  const holiday = new Date('2027-01-01T17:00:00Z');
  const workday = new Date('2026-12-31T17:00:00Z');
  const outcome = await processTripBatch(
    testApp.adapters.database,
    [plateTrip('holiday-trip', holiday, 1), plateTrip('workday-trip', workday, 2)],
    { maxFutureSkewSeconds: 300, now: () => new Date(holiday.getTime() + 60_000) },
  );
  expect(outcome.outcomes.map((o) => o.disposition)).toEqual(['posted', 'posted']);
  const rows = await testApp.adapters.database.query<{
    event_id: string;
    amount_cents: string;
    day_type: string;
  }>(
    `select event_id, amount_cents::text, rate_explanation->>'dayType' as day_type from trips
     where event_id in ('holiday-trip', 'workday-trip') order by event_id`,
  );
  const quote = async (at: Date) =>
    (
      await call(
        'GET',
        `/rates/calculate?plazaId=${device.plazaId}&vehicleClass=2&readKind=plate&at=${at.toISOString()}`,
      )
    ).body as { amountCents: number; dayType: string };
  const [holidayQuote, workdayQuote] = [await quote(holiday), await quote(workday)];
  expect(holidayQuote.dayType).toBe('holiday');
  expect(workdayQuote.dayType).toBe('weekday');
  expect(rows).toEqual([
    {
      event_id: 'holiday-trip',
      amount_cents: String(holidayQuote.amountCents),
      day_type: 'holiday',
    },
    {
      event_id: 'workday-trip',
      amount_cents: String(workdayQuote.amountCents),
      day_type: 'weekday',
    },
  ]);
  // The demo schedules price a holiday like a weekend day: below the weekday midday rate.
  expect(holidayQuote.amountCents).toBeLessThan(workdayQuote.amountCents);
});

it('refuses a holidays list that is not of calendar dates', async () => {
  const key = encodeURIComponent(configurationKeys.holidays);
  const refused = await call('POST', `/rules/${key}/versions`, {
    value: ['1 January'],
    effectiveFrom: new Date(Date.now() + 60_000).toISOString(),
  });
  expect(refused.status).toBe(400);
});
