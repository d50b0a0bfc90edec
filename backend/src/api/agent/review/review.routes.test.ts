import { createSeededTestApp, type SeededTestApp } from '../../../seed/testing.ts';
import { testAppTimeoutMs } from '../../../platform/testing/test-app.ts';
import { readReviewBacklog, rebuildProjections } from '../../../stream/projection-cache.ts';

let testApp: SeededTestApp;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  testApp = await createSeededTestApp();
  for (const name of ['agent1', 'agent2', 'agent3', 'super1', 'customer1']) {
    tokens[name] = await testApp.tokenFor(name);
  }
}, testAppTimeoutMs);
afterAll(() => testApp.close());

async function call(method: 'GET' | 'POST', url: string, user: string | null, payload?: object) {
  const response = await testApp.app.inject({
    method,
    url: `/api/agent/review${url}`,
    ...(payload ? { payload } : {}),
    headers: user ? { authorization: `Bearer ${tokens[user]}` } : {},
  });
  const json = String(response.headers['content-type']).includes('json');
  return { status: response.statusCode, body: json ? response.json() : null, raw: response };
}

const query = <T>(sql: string, params: unknown[] = []) =>
  testApp.adapters.database.query<T>(sql, params);

interface Item {
  tripId: number;
  reading: { jurisdiction: string; plate: string; confidence: number };
  imageKeys: string[];
}
const claim = async (user: string): Promise<Item> => {
  const { status, body } = await call('GET', '/next', user);
  expect(status).toBe(200);
  expect(body.item).not.toBeNull();
  return body.item as Item;
};
const decide = (user: string, tripId: number, payload: object) =>
  call('POST', `/${tripId}/decision`, user, payload);

/** A prepaid account's only vehicle under its plate, on the account for all of the trip history. */
async function prepaidVehicle(skip: number) {
  const [row] = await query<{ plate: string; jurisdiction: string; account_id: string }>(
    `select v.plate, v.jurisdiction, v.account_id::text from vehicles v
     join accounts a on a.id = v.account_id
     where a.type = 'prepaid' and v.end_date is null and v.start_date <= '2026-10-01'
       and not exists (select 1 from vehicles o where o.plate = v.plate
         and o.jurisdiction = v.jurisdiction and o.id <> v.id)
     order by v.id limit 1 offset $1`,
    [skip],
  );
  return { ...row, accountId: Number(row.account_id) };
}

/** The plate rate of the schedule in force at the trip's own time, worked out in SQL. */
async function plateRateAtTripTime(tripId: number): Promise<number> {
  const [row] = await query<{ cents: string }>(
    `select e.plate_rate_cents::text as cents
     from trips t join plazas p on p.id = t.plaza_id
     join lateral (select s.id from rate_schedules s where s.plaza_id = t.plaza_id
       and s.status = 'published' and s.effective_from <= t.occurred_at
       order by s.effective_from desc limit 1) s on true
     join rate_schedule_entries e on e.schedule_id = s.id and e.vehicle_class = t.vehicle_class
       and e.day_type = case when extract(isodow from t.occurred_at at time zone p.time_zone)
         in (6, 7) then 'weekend' else 'weekday' end
       and extract(hour from t.occurred_at at time zone p.time_zone) * 60
         + extract(minute from t.occurred_at at time zone p.time_zone) >= e.start_minute
       and extract(hour from t.occurred_at at time zone p.time_zone) * 60
         + extract(minute from t.occurred_at at time zone p.time_zone) < e.end_minute
     where t.id = $1`,
    [tripId],
  );
  return Number(row.cents);
}

/** Publishes a dearer schedule from just after the trip: the trip must still rate at the old one. */
async function publishDearerScheduleAfter(tripId: number): Promise<void> {
  const [schedule] = await query<{ id: string }>(
    `insert into rate_schedules (plaza_id, version, effective_from, status, published_at)
     select t.plaza_id, (select max(version) + 1 from rate_schedules where plaza_id = t.plaza_id),
       t.occurred_at + interval '1 minute', 'published', now()
     from trips t where t.id = $1 returning id::text`,
    [tripId],
  );
  await query(
    `insert into rate_schedule_entries (schedule_id, vehicle_class, day_type, start_minute,
       end_minute, tag_rate_cents, plate_rate_cents)
     select $1, e.vehicle_class, e.day_type, e.start_minute, e.end_minute, e.tag_rate_cents * 3,
       e.plate_rate_cents * 3
     from rate_schedule_entries e where e.schedule_id = (
       select s.id from rate_schedules s join trips t on t.plaza_id = s.plaza_id
       where t.id = $2 and s.status = 'published' and s.effective_from <= t.occurred_at
       order by s.effective_from desc limit 1)`,
    [schedule.id, tripId],
  );
}

const tripEntries = (tripId: number) =>
  query<{ account_id: string; amount_cents: string }>(
    `select account_id::text, amount_cents::text from ledger_entries where trip_id = $1`,
    [tripId],
  );

describe('image review queue', () => {
  it('gives two agents different trips, and the same agent the trip it already holds', async () => {
    const first = await claim('agent1');
    const second = await claim('agent2');
    expect(second.tripId).not.toBe(first.tripId);
    expect((await claim('agent1')).tripId).toBe(first.tripId);
    expect(first.reading.confidence).toBeLessThan(0.85);
  });

  it('confirm posts the trip once, at the plate rate of the schedule in force at trip time', async () => {
    const item = await claim('agent1');
    const vehicle = await prepaidVehicle(0);
    // The OCR read a registered plate, just without enough confidence to bill it unseen.
    await query('update trips set plate = $2, jurisdiction = $3 where id = $1', [
      item.tripId,
      vehicle.plate,
      vehicle.jurisdiction,
    ]);
    const expected = await plateRateAtTripTime(item.tripId);
    await publishDearerScheduleAfter(item.tripId);

    const { status, body } = await decide('agent1', item.tripId, { decision: 'confirm' });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      status: 'posted',
      accountId: vehicle.accountId,
      plate: vehicle.plate,
      amountCents: expected,
    });
    expect(await tripEntries(item.tripId)).toEqual([
      { account_id: String(vehicle.accountId), amount_cents: String(-expected) },
    ]);

    const again = await decide('agent1', item.tripId, { decision: 'confirm' });
    expect(again.status).toBe(409);
    expect(await tripEntries(item.tripId)).toHaveLength(1);
    const [audit] = await query<{ actor_username: string; entity_id: string }>(
      `select actor_username, entity_id from audit_log where action = 'trip.review_confirmed'`,
    );
    expect(audit).toEqual({ actor_username: 'agent1', entity_id: String(item.tripId) });
  });

  it('correct posts under the plate the agent typed and matches that account', async () => {
    const item = await claim('agent3');
    const vehicle = await prepaidVehicle(1);
    const typed = `${vehicle.plate.slice(0, 3)}-${vehicle.plate.slice(3)}`.toLowerCase();
    const { status, body } = await decide('agent3', item.tripId, {
      decision: 'correct',
      jurisdiction: vehicle.jurisdiction.toLowerCase(),
      plate: typed,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ plate: vehicle.plate, accountId: vehicle.accountId });
    expect(await tripEntries(item.tripId)).toHaveLength(1);
    const [decision] = await query<Record<string, string>>(
      `select reviewer_username, decision, ocr_plate, plate from review_decisions
       where trip_id = $1`,
      [item.tripId],
    );
    expect(decision).toEqual({
      reviewer_username: 'agent3',
      decision: 'correct',
      ocr_plate: item.reading.plate,
      plate: vehicle.plate,
    });
    const [trip] = await query<{ plate: string; account_id: string; status: string }>(
      'select plate, account_id::text, status from trips where id = $1',
      [item.tripId],
    );
    expect(trip).toEqual({
      plate: vehicle.plate,
      account_id: String(vehicle.accountId),
      status: 'posted',
    });
    expect(
      await query(`select 1 from audit_log where action = 'trip.review_corrected'`),
    ).toHaveLength(1);
  });

  it('unreadable posts no money and takes the trip out of the queue', async () => {
    const item = await claim('super1');
    const { status, body } = await decide('super1', item.tripId, {
      decision: 'unreadable',
      reason: 'glare',
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'dead_letter', amountCents: 0, accountId: null });
    expect(await tripEntries(item.tripId)).toEqual([]);
    const [trip] = await query<{ status: string }>('select status from trips where id = $1', [
      item.tripId,
    ]);
    expect(trip.status).toBe('dead_letter');
    const audits = await query<{ after: { reason: string } }>(
      `select after from audit_log where action = 'trip.review_rejected' and entity_id = $1`,
      [String(item.tripId)],
    );
    expect(audits.map((a) => a.after.reason)).toEqual(['glare']);
    expect((await claim('super1')).tripId).not.toBe(item.tripId);
  });

  it('takes a decided trip off the review backlog the supervisor dashboard shows', async () => {
    const { database, cache } = testApp.adapters;
    await rebuildProjections(database, cache, { from: new Date(0), to: new Date() });
    const item = (await call('GET', '/next', 'agent1')).body.item as Item & { plazaCode: string };
    const before = (await readReviewBacklog(cache))[item.plazaCode];
    expect((await decide('agent1', item.tripId, { decision: 'unreadable' })).status).toBe(200);
    expect((await readReviewBacklog(cache))[item.plazaCode]).toBe(before - 1);
  });

  it('refuses a decision on a trip another agent holds, and a correction without a plate', async () => {
    const held = await claim('agent2');
    expect((await decide('agent1', held.tripId, { decision: 'unreadable' })).status).toBe(409);
    const missing = await decide('agent2', held.tripId, {
      decision: 'correct',
      jurisdiction: 'TX',
    });
    expect(missing.status).toBe(400);
    expect(await tripEntries(held.tripId)).toEqual([]);
  });

  it('serves an image only of the trip the agent holds', async () => {
    const item = await claim('agent2');
    const key = item.imageKeys[0] ?? 'evidence/test/review.svg';
    if (item.imageKeys.length === 0) {
      await query('update trips set image_keys = $2::text[] where id = $1', [
        item.tripId,
        `{${key}}`,
      ]);
    }
    await testApp.adapters.objectStore.put(key, '<svg/>', { contentType: 'image/svg+xml' });
    const mine = await call('GET', `/${item.tripId}/images/0`, 'agent2');
    expect(mine.status).toBe(200);
    expect(mine.raw.body).toBe('<svg/>');
    expect((await call('GET', `/${item.tripId}/images/0`, 'agent1')).status).toBe(404);
    expect((await call('GET', `/${item.tripId}/images/5`, 'agent2')).status).toBe(404);
  });

  it('is for agents and supervisors only', async () => {
    expect((await call('GET', '/next', 'customer1')).status).toBe(403);
    expect((await call('GET', '/next', null)).status).toBe(401);
    expect((await decide('customer1', 1, { decision: 'unreadable' })).status).toBe(403);
  });

  it('records decisions per reviewer for the throughput report', async () => {
    const rows = await query<{ reviewer_username: string; n: string }>(
      `select reviewer_username, count(*)::text as n from review_decisions
       group by reviewer_username order by reviewer_username`,
    );
    expect(rows).toEqual([
      { reviewer_username: 'agent1', n: '2' },
      { reviewer_username: 'agent3', n: '1' },
      { reviewer_username: 'super1', n: '1' },
    ]);
  });
});
