import { createSeededTestApp, type SeededTestApp } from '../../../seed/testing.ts';
import { testAppTimeoutMs } from '../../../platform/testing/test-app.ts';

let testApp: SeededTestApp;
let agent: string;
let customer: string;

beforeAll(async () => {
  testApp = await createSeededTestApp();
  [agent, customer] = await Promise.all(['agent1', 'customer1'].map((n) => testApp.tokenFor(n)));
}, testAppTimeoutMs);
afterAll(() => testApp.close());

const query = <T>(sql: string, params: unknown[] = []) =>
  testApp.adapters.database.query<T>(sql, params);

const body = { reasonCode: 'WRONG_CLASS', note: 'Caller has a car, charged as a truck' };

/** Posted trips with their ledger debit, on prepaid accounts. */
async function postedTrips(count: number) {
  return query<{ id: number; account_id: number; charged: number }>(
    `select t.id::int, t.account_id::int, (-l.amount_cents)::int as charged
     from trips t join ledger_entries l on l.kind = 'trip' and l.source_ref = 'trip:' || t.id
     where t.status = 'posted' order by t.id limit $1`,
    [count],
  );
}

async function reverse(accountId: number, tripId: number, payload: object = body, token = agent) {
  const response = await testApp.app.inject({
    method: 'POST',
    url: `/api/agent/accounts/${accountId}/trips/${tripId}/reversal`,
    payload,
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.statusCode, body: response.json() };
}

const reversals = (tripId: number) =>
  query<{ amount_cents: number }>(
    `select amount_cents::int from ledger_entries where kind = 'reversal' and source_ref = $1`,
    [`trip:${tripId}`],
  );

describe('POST /api/agent/accounts/:accountId/trips/:tripId/reversal', () => {
  it('credits back what the trip took, marks it reversed and audits it', async () => {
    const [trip] = await postedTrips(1);
    const { status, body: result } = await reverse(trip.account_id, trip.id);
    expect(status).toBe(201);
    expect(result).toMatchObject({ tripId: String(trip.id), creditedCents: trip.charged });
    expect(await reversals(trip.id)).toEqual([{ amount_cents: trip.charged }]);
    const [row] = await query<{ status: string }>('select status from trips where id = $1', [
      trip.id,
    ]);
    expect(row.status).toBe('reversed');
    const audits = await query<{ action: string; actor_username: string }>(
      `select action, actor_username from audit_log where entity_type = 'trip' and entity_id = $1`,
      [String(trip.id)],
    );
    expect(audits).toEqual([{ action: 'trip.reversed', actor_username: 'agent1' }]);
    const history = await testApp.app.inject({
      method: 'GET',
      url: `/api/agent/accounts/${trip.account_id}/history`,
      headers: { authorization: `Bearer ${agent}` },
    });
    expect(history.json().items[0]).toMatchObject({ action: 'trip.reversed' });
  });

  it('refuses a second reversal, even two at once, and credits once', async () => {
    const [, trip] = await postedTrips(2);
    const answers = await Promise.all([
      reverse(trip.account_id, trip.id),
      reverse(trip.account_id, trip.id),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const again = await reverse(trip.account_id, trip.id);
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/already reversed/);
    expect(await reversals(trip.id)).toHaveLength(1);
  });

  it('refuses a trip that is not posted', async () => {
    const [trip] = await query<{ id: number; account_id: number; status: string }>(
      `select id::int, account_id::int, status from trips
       where account_id is not null and status in ('unbilled', 'invoiced') order by id limit 1`,
    );
    const { status, body: error } = await reverse(trip.account_id, trip.id);
    expect(status).toBe(409);
    expect(error.message).toMatch(/Only a posted trip/);
  });

  it('answers 404 for a trip of another account, and requires a note', async () => {
    const [first, second] = await query<{ id: number; account_id: number }>(
      `select distinct on (account_id) id::int, account_id::int from trips
       where status = 'posted' order by account_id, id limit 2`,
    );
    expect((await reverse(second.account_id, first.id)).status).toBe(404);
    const blank = await reverse(first.account_id, first.id, { ...body, note: ' ' });
    expect(blank.status).toBe(400);
    expect(await reversals(first.id)).toEqual([]);
  });

  it('is for agents and supervisors only', async () => {
    const [trip] = await postedTrips(5).then((trips) => trips.slice(4));
    expect((await reverse(trip.account_id, trip.id, body, customer)).status).toBe(403);
    expect(await reversals(trip.id)).toEqual([]);
  });
});
