import { testAppTimeoutMs } from '../../platform/testing/test-app.ts';
import { createSeededTestApp, type SeededTestApp } from '../../seed/testing.ts';

let testApp: SeededTestApp;

beforeAll(async () => {
  testApp = await createSeededTestApp();
}, testAppTimeoutMs);
afterAll(() => testApp.close());

interface MyAccount {
  id: string;
  accountNo: string;
  balanceCents: number;
  tags: { tagNo: string }[];
  vehicles: { plate: string }[];
  recentTrips: { id: string; occurredAt: string }[];
}

async function myAccount(username: string, url = '/api/customer/account') {
  const response = await testApp.app.inject({
    method: 'GET',
    url,
    headers: { authorization: `Bearer ${await testApp.tokenFor(username)}` },
  });
  return { status: response.statusCode, body: response.json<MyAccount>() };
}

async function identifiersOf(accountId: number): Promise<string[]> {
  const rows = await testApp.adapters.database.query<{ value: string }>(
    `select account_no as value from accounts where id = $1
     union all select tag_no from tags where account_id = $1
     union all select plate from vehicles where account_id = $1`,
    [accountId],
  );
  return rows.map((row) => row.value);
}

describe('GET /api/customer/account', () => {
  it("returns the signed-in customer's own account with balance, tags, vehicles and trips", async () => {
    const { status, body } = await myAccount('customer1');
    expect(status).toBe(200);
    const [{ balance }] = await testApp.adapters.database.query<{ balance: number }>(
      'select sum(amount_cents)::int as balance from ledger_entries where account_id = 1',
    );
    expect(body).toMatchObject({ id: '1', accountNo: '100000001', balanceCents: balance });
    expect(body.tags.length).toBeGreaterThan(0);
    expect(body.vehicles.length).toBeGreaterThan(0);
    expect(body.recentTrips.length).toBeGreaterThan(0);
    const times = body.recentTrips.map((trip) => trip.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it("never shows customer1 anything of customer2's account, and the reverse", async () => {
    const first = JSON.stringify((await myAccount('customer1')).body);
    const second = JSON.stringify((await myAccount('customer2')).body);
    for (const value of await identifiersOf(2)) expect(first).not.toContain(value);
    for (const value of await identifiersOf(1)) expect(second).not.toContain(value);
    expect(JSON.parse(second)).toMatchObject({ id: '2', accountNo: '100000002' });
  });

  it('ignores an account id smuggled into the request', async () => {
    const { body } = await myAccount('customer1', '/api/customer/account?accountId=2');
    expect(body.accountNo).toBe('100000001');
  });

  it('is closed to staff', async () => {
    expect((await myAccount('agent1')).status).toBe(403);
  });
});
