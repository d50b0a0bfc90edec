import { testAppTimeoutMs } from '../../platform/testing/test-app.ts';
import { createSeededTestApp, type SeededTestApp } from '../../seed/testing.ts';

let testApp: SeededTestApp;
let accountId: number;

beforeAll(async () => {
  testApp = await createSeededTestApp();
  const [row] = await testApp.adapters.database.query<{ id: string }>(
    `select id::text as id from accounts where type = 'prepaid' order by id offset 3 limit 1`,
  );
  accountId = Number(row.id);
}, testAppTimeoutMs);
afterAll(() => testApp.close());

const query = <T>(sql: string, params: unknown[] = []) =>
  testApp.adapters.database.query<T>(sql, params);

let keys = 0;
async function call(username: string, url: string, payload?: object, method = 'POST') {
  const response = await testApp.app.inject({
    method: method as 'POST' | 'GET',
    url,
    headers: {
      authorization: `Bearer ${await testApp.tokenFor(username)}`,
      'idempotency-key': `approval-test-${++keys}-key`,
    },
    ...(payload ? { payload } : {}),
  });
  return { status: response.statusCode, body: response.json() };
}

/** A card payment of 200.00 and a refund of 80.00 against it, above agent1's 50.00 limit. */
async function awaitingRefund(requestedBy = 'agent1'): Promise<{ id: number; paymentId: number }> {
  const token = await testApp.app.inject({
    method: 'POST',
    url: '/api/customer/sandbox-gateway/card-tokens',
    payload: { number: '4242424242424242', expMonth: 12, expYear: 2099, cvc: '123' },
  });
  const paid = await call('agent1', `/api/agent/accounts/${accountId}/payments`, {
    amountCents: 20_000,
    cardToken: token.json<{ token: string }>().token,
    note: 'Paid',
  });
  const paymentId = Number(paid.body.paymentId);
  const refund = await call(
    requestedBy,
    `/api/agent/accounts/${accountId}/payments/${paymentId}/refunds`,
    { amountCents: 8000, reasonCode: 'DUPLICATE_PAYMENT', note: 'Paid twice by mistake' },
  );
  expect(refund.status).toBe(202);
  return { id: Number(refund.body.refundId), paymentId };
}

const refundEntries = (paymentId: number) =>
  query<{ amount_cents: number }>(
    `select amount_cents::int from ledger_entries where kind = 'refund' and payment_id = $1`,
    [paymentId],
  );

const decide = (id: number, decision: string, username = 'super1', note = 'Checked the card') =>
  call(username, `/api/supervisor/refund-approvals/${id}/${decision}`, { note });

describe('supervisor refund approvals', () => {
  it('lists refunds awaiting approval with their account', async () => {
    const { id } = await awaitingRefund();
    const { status, body } = await call(
      'super1',
      '/api/supervisor/refund-approvals',
      undefined,
      'GET',
    );
    expect(status).toBe(200);
    expect(body).toContainEqual(
      expect.objectContaining({
        id: String(id),
        amountCents: 8000,
        requestedBy: 'agent1',
        account: expect.objectContaining({ id: String(accountId) }),
      }),
    );
  });

  it('approving pays the refund out: a ledger debit and an audit entry', async () => {
    const { id, paymentId } = await awaitingRefund();
    const { status, body } = await decide(id, 'approve');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'succeeded', amountCents: 8000 });
    expect(await refundEntries(paymentId)).toEqual([{ amount_cents: -8000 }]);
    const audits = await query<{ action: string }>(
      `select action from audit_log where entity_type = 'refund' and entity_id = $1 order by id`,
      [String(id)],
    );
    expect(audits.map((a) => a.action)).toEqual([
      'refund.requested',
      'refund.approved',
      'refund.paid',
    ]);
    expect((await decide(id, 'approve')).status).toBe(409);
  });

  it('rejecting pays nothing and releases the amount', async () => {
    const { id, paymentId } = await awaitingRefund();
    expect((await decide(id, 'reject')).body).toMatchObject({ status: 'rejected' });
    expect(await refundEntries(paymentId)).toEqual([]);
    const page = await call(
      'agent1',
      `/api/agent/accounts/${accountId}/payments?pageSize=100`,
      undefined,
      'GET',
    );
    const payment = page.body.items.find((p: { id: string }) => p.id === String(paymentId));
    expect(payment).toMatchObject({ refundableCents: 20_000, awaitingApprovalCents: 0 });
  });

  it('refuses the requester deciding their own refund, and agents', async () => {
    const { id, paymentId } = await awaitingRefund('super2');
    expect((await decide(id, 'approve', 'super2')).status).toBe(403);
    expect((await decide(id, 'approve', 'agent1')).status).toBe(403);
    expect(await refundEntries(paymentId)).toEqual([]);
  });
});
