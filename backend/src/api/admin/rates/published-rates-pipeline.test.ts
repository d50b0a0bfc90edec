import type { LoggedEvent } from '../../../adapters/event-log/event-log.ts';
import { testAppTimeoutMs } from '../../../platform/testing/test-app.ts';
import { createSeededTestApp, type SeededTestApp } from '../../../seed/testing.ts';
import { processTripBatch } from '../../../stream/process-trip-batch.ts';

/**
 * The "done": a rate change an admin publishes for tomorrow rates the pipeline's trips
 * from tomorrow on, while a trip made today keeps the old price.
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

async function call(method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  const response = await testApp.app.inject({
    method,
    url: `/api/admin${url}`,
    payload,
    headers: { authorization: `Bearer ${admin}` },
  });
  return response.json();
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
    // The gateway stamps arrival; these arrive a second after they happen.
    receivedAt: new Date(occurredAt.getTime() + 1000).toISOString(),
    vehicleClass: 2,
    plate: { jurisdiction: 'TX', text: `ZQ${offset}X${offset}`, confidence: 0.99 },
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

it('rates trips after the effective date at the new price and earlier ones at the old', async () => {
  const draft = await call('POST', `/plazas/${device.plazaId}/rate-schedules`, {});
  const entries = draft.entries.map((e: { vehicleClass: number; plateRateCents: number }) =>
    e.vehicleClass === 2 ? { ...e, plateRateCents: e.plateRateCents + 100 } : e,
  );
  await call('PUT', `/rate-schedules/${draft.id}/entries`, { entries });
  const now = new Date();
  const from = new Date(now.getTime() + 86_400_000);
  await call('POST', `/rate-schedules/${draft.id}/publish`, { effectiveFrom: from.toISOString() });

  const today = new Date(now.getTime() - 60_000);
  const later = new Date(from.getTime() + 3_600_000);
  // The processor runs "later" (after both trips), so neither is dated in its future.
  const outcome = await processTripBatch(
    testApp.adapters.database,
    [plateTrip('admin-rate-today', today, 1), plateTrip('admin-rate-later', later, 2)],
    { maxFutureSkewSeconds: 300, now: () => new Date(later.getTime() + 60_000) },
  );
  expect(outcome.outcomes.map((o) => o.disposition)).toEqual(['posted', 'posted']);
  const rated = await testApp.adapters.database.query<{
    event_id: string;
    amount_cents: string;
    rate_schedule_id: string;
  }>(
    `select event_id, amount_cents::text, rate_schedule_id::text from trips
     where event_id in ('admin-rate-today', 'admin-rate-later') order by event_id`,
  );
  const quote = (at: Date) =>
    call(
      'GET',
      `/rates/calculate?plazaId=${device.plazaId}&vehicleClass=2&readKind=plate&at=${at.toISOString()}`,
    );
  const [laterQuote, todayQuote] = await Promise.all([quote(later), quote(today)]);
  expect(rated).toEqual([
    {
      event_id: 'admin-rate-later',
      amount_cents: String(laterQuote.amountCents),
      rate_schedule_id: draft.id,
    },
    {
      event_id: 'admin-rate-today',
      amount_cents: String(todayQuote.amountCents),
      rate_schedule_id: todayQuote.scheduleId,
    },
  ]);
  expect(todayQuote.scheduleId).not.toBe(draft.id);
});
