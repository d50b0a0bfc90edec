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
    `select id::text as id from accounts where type = 'prepaid' order by id offset 2 limit 1`,
  );
  accountId = Number(row.id);
}, testAppTimeoutMs);
afterAll(() => testApp.close());

const query = <T>(sql: string, params: unknown[] = []) =>
  testApp.adapters.database.query<T>(sql, params);

const note = 'Caller asked for the money back';

async function inject(method: 'GET' | 'POST', url: string, options: object = {}) {
  const response = await testApp.app.inject({
    method,
    url: `/api/agent/accounts/${accountId}${url}`,
    headers: { authorization: `Bearer ${agent}` },
    ...options,
  });
  return { status: response.statusCode, body: response.json() };
}

/** A fresh card payment of `amountCents` into the balance, taken by the agent. */
async function newPayment(amountCents: number): Promise<number> {
  const token = await testApp.app.inject({
    method: 'POST',
    url: '/api/customer/sandbox-gateway/card-tokens',
    payload: { number: '4242424242424242', expMonth: 12, expYear: 2099, cvc: '123' },
  });
  const paid = await inject('POST', '/payments', {
    payload: { amountCents, cardToken: token.json<{ token: string }>().token, note: 'Paid' },
    headers: {
      authorization: `Bearer ${agent}`,
      'idempotency-key': `refund-test-${amountCents}-${Math.random().toString(36).slice(2)}`,
    },
  });
  expect(paid.status).toBe(201);
  return Number(paid.body.paymentId);
}

async function refund(paymentId: number, key: string, payload: object, token = agent) {
  const response = await testApp.app.inject({
    method: 'POST',
    url: `/api/agent/accounts/${accountId}/payments/${paymentId}/refunds`,
    payload,
    headers: { authorization: `Bearer ${token}`, 'idempotency-key': key },
  });
  return { status: response.statusCode, body: response.json() };
}

const refundEntries = (paymentId: number) =>
  query<{ amount_cents: number }>(
    `select amount_cents::int from ledger_entries where kind = 'refund' and payment_id = $1`,
    [paymentId],
  );

const balance = async () => {
  const [row] = await query<{ balance: number }>(
    'select coalesce(sum(amount_cents), 0)::int as balance from ledger_entries where account_id = $1',
    [accountId],
  );
  return row.balance;
};

const body = (amountCents: number) => ({ amountCents, reasonCode: 'CUSTOMER_REQUEST', note });

describe('POST /api/agent/accounts/:accountId/payments/:paymentId/refunds', () => {
  it('pays back within the limit: a ledger debit, a note and audit entries', async () => {
    const paymentId = await newPayment(20_000);
    const before = await balance();
    const { status, body: result } = await refund(paymentId, 'refund-key-0001', body(1500));
    expect(status).toBe(201);
    expect(result).toMatchObject({
      status: 'succeeded',
      amountCents: 1500,
      awaitingApproval: false,
      balanceCents: before - 1500,
    });
    expect(await refundEntries(paymentId)).toEqual([{ amount_cents: -1500 }]);
    const audits = await query<{ action: string; actor_username: string }>(
      `select action, actor_username from audit_log where entity_type = 'refund' and entity_id = $1
       order by id`,
      [result.refundId],
    );
    expect(audits).toEqual([
      { action: 'refund.requested', actor_username: 'agent1' },
      { action: 'refund.paid', actor_username: 'agent1' },
    ]);
    const notes = await query('select 1 from notes where account_id = $1 and body like $2', [
      accountId,
      `%${note}%`,
    ]);
    expect(notes.length).toBeGreaterThanOrEqual(1);
  });

  it('refunds once for the same key sent twice at once and again later', async () => {
    const paymentId = await newPayment(20_001);
    const [first, second] = await Promise.all([
      refund(paymentId, 'refund-key-0002', body(1000)),
      refund(paymentId, 'refund-key-0002', body(1000)),
    ]);
    const third = await refund(paymentId, 'refund-key-0002', body(1000));
    expect(first.status).toBe(201);
    expect(second.body.refundId).toBe(first.body.refundId);
    expect(third.body.refundId).toBe(first.body.refundId);
    expect(await refundEntries(paymentId)).toEqual([{ amount_cents: -1000 }]);
  });

  it('refuses the same key with another body and pays nothing more', async () => {
    const paymentId = await newPayment(20_002);
    await refund(paymentId, 'refund-key-0003', body(1000));
    const again = await refund(paymentId, 'refund-key-0003', body(1200));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('BEAUS_ERR_CONFLICT');
    expect(await refundEntries(paymentId)).toEqual([{ amount_cents: -1000 }]);
  });

  it('refuses more than is left to refund of the payment', async () => {
    const paymentId = await newPayment(3000);
    expect((await refund(paymentId, 'refund-key-0004', body(2000))).status).toBe(201);
    const over = await refund(paymentId, 'refund-key-0005', body(1001));
    expect(over.status).toBe(400);
    expect(over.body.message).toMatch(/left to refund of the payment \(1000 cents\)/);
    expect(await refundEntries(paymentId)).toEqual([{ amount_cents: -2000 }]);
  });

  it('above the agent limit waits for a supervisor and holds the amount', async () => {
    const paymentId = await newPayment(20_003);
    const before = await balance();
    const { status, body: result } = await refund(paymentId, 'refund-key-0006', body(6000));
    expect(status).toBe(202);
    expect(result).toMatchObject({
      status: 'awaiting_approval',
      awaitingApproval: true,
      agentLimitCents: 5000,
      balanceCents: before,
    });
    expect(result.message).toMatch(/awaits supervisor approval/);
    expect(await refundEntries(paymentId)).toEqual([]);
    const page = await inject('GET', '/payments?pageSize=100');
    const shown = page.body.items.find((p: { id: string }) => p.id === String(paymentId));
    expect(shown).toMatchObject({
      awaitingApprovalCents: 6000,
      refundedCents: 0,
      refundableCents: 14_003,
    });
  });

  it('requires a note and a key, and refunds nothing without them', async () => {
    const paymentId = await newPayment(20_004);
    const blank = await refund(paymentId, 'refund-key-0007', { ...body(100), note: '   ' });
    expect(blank.status).toBe(400);
    expect(blank.body.message).toMatch(/note/);
    const noKey = await testApp.app.inject({
      method: 'POST',
      url: `/api/agent/accounts/${accountId}/payments/${paymentId}/refunds`,
      payload: body(100),
      headers: { authorization: `Bearer ${agent}` },
    });
    expect(noKey.statusCode).toBe(400);
    expect(await refundEntries(paymentId)).toEqual([]);
  });

  it('answers 404 for a payment of another account', async () => {
    const [other] = await query<{ id: number }>(
      `select id::int from payments where account_id <> $1 and status = 'succeeded'
       and invoice_id is null order by id limit 1`,
      [accountId],
    );
    const { status } = await refund(other.id, 'refund-key-0008', body(100));
    expect(status).toBe(404);
  });

  it('is for agents and supervisors only', async () => {
    const paymentId = await newPayment(20_005);
    const { status } = await refund(paymentId, 'refund-key-0009', body(100), customer);
    expect(status).toBe(403);
    expect(await refundEntries(paymentId)).toEqual([]);
  });
});

describe('GET /api/agent/accounts/:accountId/payments', () => {
  it('lists payments newest first with what was refunded and what is left', async () => {
    const paymentId = await newPayment(4000);
    await refund(paymentId, 'refund-key-0010', body(1500));
    const { status, body: page } = await inject('GET', '/payments?pageSize=5');
    expect(status).toBe(200);
    expect(page.total).toBeGreaterThanOrEqual(1);
    expect(page.items[0]).toMatchObject({
      id: String(paymentId),
      kind: 'payment',
      amountCents: 4000,
      status: 'succeeded',
      refundedCents: 1500,
      refundableCents: 2500,
      awaitingApprovalCents: 0,
    });
  });

  it('refuses customers', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: `/api/agent/accounts/${accountId}/payments`,
      headers: { authorization: `Bearer ${customer}` },
    });
    expect(response.statusCode).toBe(403);
  });
});
