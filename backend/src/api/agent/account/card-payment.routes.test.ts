import { createSeededTestApp, type SeededTestApp } from '../../../seed/testing.ts';
import { testAppTimeoutMs } from '../../../platform/testing/test-app.ts';

let testApp: SeededTestApp;
let agent: string;
let customer: string;
let accountId: number;

beforeAll(async () => {
  testApp = await createSeededTestApp();
  [agent, customer] = await Promise.all(['agent1', 'customer1'].map((n) => testApp.tokenFor(n)));
  const [row] = await testApp.adapters.database.query<{ id: string }>(
    `select id::text as id from accounts where type = 'prepaid' order by id limit 1`,
  );
  accountId = Number(row.id);
}, testAppTimeoutMs);
afterAll(() => testApp.close());

const query = <T>(sql: string, params: unknown[] = []) =>
  testApp.adapters.database.query<T>(sql, params);

async function cardToken(number: string): Promise<string> {
  const response = await testApp.app.inject({
    method: 'POST',
    url: '/api/customer/sandbox-gateway/card-tokens',
    payload: { number, expMonth: 12, expYear: 2099, cvc: '123' },
  });
  return response.json<{ token: string }>().token;
}

async function pay(key: string, payload: object, token = agent, account = accountId) {
  const response = await testApp.app.inject({
    method: 'POST',
    url: `/api/agent/accounts/${account}/payments`,
    payload,
    headers: { authorization: `Bearer ${token}`, 'idempotency-key': key },
  });
  return { status: response.statusCode, body: response.json() };
}

const paymentEntries = () =>
  query<{ amount_cents: number; payment_id: string }>(
    `select amount_cents::int, payment_id::text from ledger_entries
      where account_id = $1 and kind = 'payment' and source_ref like 'payment:%'
        and description = 'Card payment taken by an agent'`,
    [accountId],
  );

const charges = (key: string) =>
  query<{ status: string }>('select status from payments where idempotency_key = $1', [
    `agent-account-${accountId}-${key}`,
  ]);

const note = 'Caller paid by phone';

describe('POST /api/agent/accounts/:accountId/payments', () => {
  it('charges once for the same key sent twice at once and again later', async () => {
    const body = { amountCents: 4200, cardToken: await cardToken('4242 4242 4242 4242'), note };
    const before = (await paymentEntries()).length;
    const [first, second] = await Promise.all([pay('pay-key-001', body), pay('pay-key-001', body)]);
    const third = await pay('pay-key-001', body);
    expect(first).toMatchObject({ status: 201, body: { status: 'succeeded', amountCents: 4200 } });
    expect(second.body.paymentId).toBe(first.body.paymentId);
    expect(third.body.paymentId).toBe(first.body.paymentId);
    const entries = await paymentEntries();
    expect(entries).toHaveLength(before + 1);
    expect(entries.filter((e) => e.payment_id === first.body.paymentId)).toEqual([
      { amount_cents: 4200, payment_id: first.body.paymentId },
    ]);
    expect(await charges('pay-key-001')).toEqual([{ status: 'succeeded' }]);
  });

  it('writes one audit entry and one note with the payment', async () => {
    const body = { amountCents: 1500, cardToken: await cardToken('4242424242424242'), note };
    const { body: receipt } = await pay('pay-key-audit', body);
    await pay('pay-key-audit', body);
    const audits = await query<{ actor_username: string; after: { amountCents: number } }>(
      `select actor_username, after from audit_log where action = 'payment.taken' and entity_id = $1`,
      [receipt.paymentId],
    );
    expect(audits).toEqual([
      expect.objectContaining({
        actor_username: 'agent1',
        after: expect.objectContaining({ amountCents: 1500 }),
      }),
    ]);
    const notes = await query('select 1 from notes where account_id = $1 and body = $2', [
      accountId,
      `Card payment: ${note}`,
    ]);
    expect(notes.length).toBeGreaterThanOrEqual(1);
  });

  it('refuses the same key with a different amount and charges nothing more', async () => {
    const cardTokenValue = await cardToken('4242424242424242');
    await pay('pay-key-002', { amountCents: 2000, cardToken: cardTokenValue, note });
    const before = (await paymentEntries()).length;
    const again = await pay('pay-key-002', { amountCents: 2500, cardToken: cardTokenValue, note });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('BEAUS_ERR_CONFLICT');
    expect(await paymentEntries()).toHaveLength(before);
  });

  it('answers a declined card with 402 and a clear message, leaving the ledger alone', async () => {
    const before = (await paymentEntries()).length;
    const body = { amountCents: 3000, cardToken: await cardToken('4000000000000002'), note };
    const { status, body: error } = await pay('pay-key-declined', body);
    expect(status).toBe(402);
    expect(error).toMatchObject({ code: 'BEAUS_ERR_PAYMENT_DECLINED' });
    expect(error.message).toMatch(/declined/);
    expect(await paymentEntries()).toHaveLength(before);
    expect(await charges('pay-key-declined')).toEqual([{ status: 'failed' }]);
  });

  it('requires a note, a card and an idempotency key, and charges nothing without them', async () => {
    const token = await cardToken('4242424242424242');
    const blank = await pay('pay-key-003', { amountCents: 1000, cardToken: token, note: '  ' });
    expect(blank.status).toBe(400);
    expect(blank.body.message).toMatch(/note/);
    const missing = await pay('pay-key-004', { amountCents: 1000, cardToken: token });
    expect(missing.status).toBe(400);
    const noCard = await pay('pay-key-005', { amountCents: 1000, note });
    expect(noCard.status).toBe(400);
    const noKey = await testApp.app.inject({
      method: 'POST',
      url: `/api/agent/accounts/${accountId}/payments`,
      payload: { amountCents: 1000, cardToken: token, note },
      headers: { authorization: `Bearer ${agent}` },
    });
    expect(noKey.statusCode).toBe(400);
    for (const key of ['pay-key-003', 'pay-key-004', 'pay-key-005']) {
      expect(await charges(key)).toEqual([]);
    }
  });

  it('charges the card on file when asked, and says so when there is none', async () => {
    const [withCard] = await query<{ id: number }>(
      `select a.id::int from accounts a where a.type = 'prepaid' and exists
         (select 1 from payment_methods p where p.account_id = a.id and p.is_default)
       order by a.id limit 1`,
    );
    const [withoutCard] = await query<{ id: number }>(
      `select a.id::int from accounts a where a.type = 'prepaid' and not exists
         (select 1 from payment_methods p where p.account_id = a.id)
       order by a.id limit 1`,
    );
    const body = { amountCents: 1200, useCardOnFile: true, note };
    const paid = await pay('pay-key-on-file', body, agent, withCard.id);
    expect(paid).toMatchObject({ status: 201, body: { status: 'succeeded', amountCents: 1200 } });
    const none = await pay('pay-key-on-file', body, agent, withoutCard.id);
    expect(none.status).toBe(409);
    expect(none.body.message).toMatch(/no card on file/);
  });

  it('names a one-off card by brand and last four in the Payments tab', async () => {
    const body = { amountCents: 1100, cardToken: await cardToken('5555 5555 5555 4444'), note };
    const { body: receipt } = await pay('pay-key-card-named', body);
    const response = await testApp.app.inject({
      method: 'GET',
      url: `/api/agent/accounts/${accountId}/payments?pageSize=100`,
      headers: { authorization: `Bearer ${agent}` },
    });
    const items = response.json<{ items: { id: string; brand: string; last4: string }[] }>().items;
    expect(items.find((item) => item.id === receipt.paymentId)).toMatchObject({
      brand: 'mastercard',
      last4: '4444',
    });
  });

  it('is for agents and supervisors only', async () => {
    const body = { amountCents: 1000, cardToken: await cardToken('4242424242424242'), note };
    expect((await pay('pay-key-customer', body, customer)).status).toBe(403);
    expect(await charges('pay-key-customer')).toEqual([]);
  });
});
