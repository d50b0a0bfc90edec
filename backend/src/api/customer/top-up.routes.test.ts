import { testAppTimeoutMs } from '../../platform/testing/test-app.ts';
import { createSeededTestApp, type SeededTestApp } from '../../seed/testing.ts';

let testApp: SeededTestApp;
let customer1: string;
let customer2: string;

beforeAll(async () => {
  testApp = await createSeededTestApp();
  customer1 = await testApp.tokenFor('customer1');
  customer2 = await testApp.tokenFor('customer2');
}, testAppTimeoutMs);
afterAll(() => testApp.close());

const balanceOf = async (accountId: number) =>
  (
    await testApp.adapters.database.query<{ balance: number }>(
      'select coalesce(sum(amount_cents), 0)::int as balance from ledger_entries where account_id = $1',
      [accountId],
    )
  )[0]!.balance;

function topUp(token: string, key: string, payload: Record<string, unknown>) {
  return testApp.app.inject({
    method: 'POST',
    url: '/api/customer/top-ups',
    headers: { authorization: `Bearer ${token}`, 'idempotency-key': key },
    payload,
  });
}

describe('POST /api/customer/top-ups', () => {
  it('adds to the own balance once, however often the same request is sent', async () => {
    const before = await balanceOf(1);
    const other = await balanceOf(2);
    const [a, b] = await Promise.all([
      topUp(customer1, 'top-up-key-1', { amountCents: 2500 }),
      topUp(customer1, 'top-up-key-1', { amountCents: 2500 }),
    ]);
    expect(a.json()).toMatchObject({ status: 'succeeded', amountCents: 2500 });
    expect(b.json()).toEqual(a.json());
    expect(await balanceOf(1)).toBe(before + 2500);
    expect(await balanceOf(2)).toBe(other);
  });

  it("lets no customer replay or touch another's payment with the same key", async () => {
    const before = await balanceOf(2);
    const response = await topUp(customer2, 'top-up-key-1', { amountCents: 2500 });
    expect(response.json()).toMatchObject({ status: 'succeeded' });
    expect(await balanceOf(2)).toBe(before + 2500);
  });

  it('ignores an account id in the body and refuses a key reused with another amount', async () => {
    const other = await balanceOf(2);
    const smuggled = await topUp(customer1, 'top-up-key-2', { amountCents: 900, accountId: 2 });
    expect(smuggled.json()).toMatchObject({ status: 'succeeded' });
    expect(await balanceOf(2)).toBe(other);
    expect((await topUp(customer1, 'top-up-key-1', { amountCents: 900 })).statusCode).toBe(409);
  });

  it('is closed to staff and to guests', async () => {
    expect(
      (await topUp(testApp.tokens.agent, 'top-up-key-3', { amountCents: 900 })).statusCode,
    ).toBe(403);
    const anonymous = await testApp.app.inject({
      method: 'POST',
      url: '/api/customer/top-ups',
      headers: { 'idempotency-key': 'top-up-key-4' },
      payload: { amountCents: 900 },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('PUT /api/customer/auto-top-up', () => {
  const put = (token: string, autoTopUp: unknown) =>
    testApp.app.inject({
      method: 'PUT',
      url: '/api/customer/auto-top-up',
      headers: { authorization: `Bearer ${token}` },
      payload: { autoTopUp },
    });
  const settingOf = async (accountId: number) =>
    (
      await testApp.adapters.database.query<{ threshold: number | null; amount: number | null }>(
        `select auto_top_up_threshold_cents::int as threshold, auto_top_up_amount_cents::int as amount
         from accounts where id = $1`,
        [accountId],
      )
    )[0];

  it("changes only the own account's setting, audited", async () => {
    const other = await settingOf(2);
    const response = await put(customer1, { thresholdCents: 1500, amountCents: 5000 });
    expect(response.json()).toEqual({ autoTopUp: { thresholdCents: 1500, amountCents: 5000 } });
    expect(await settingOf(1)).toEqual({ threshold: 1500, amount: 5000 });
    expect(await settingOf(2)).toEqual(other);
    const audit = await testApp.adapters.database.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'auto_top_up.changed' and entity_id = '1'`,
    );
    expect(audit[0]?.n).toBe(1);
    expect((await put(customer1, null)).json()).toEqual({ autoTopUp: null });
    expect(await settingOf(1)).toEqual({ threshold: null, amount: null });
  });

  it('refuses an amount below the minimum', async () => {
    expect((await put(customer1, { thresholdCents: 1000, amountCents: 1 })).statusCode).toBe(400);
  });
});
