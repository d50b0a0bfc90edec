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

interface OpenFee {
  account_id: number;
  invoice_id: number;
  invoice_no: string;
  plate: string;
  fee_id: number;
  amount: number;
}

/** Open invoices of accounts with their fee lines, one row per fee. */
const openFees = () =>
  query<OpenFee>(
    `select i.account_id::int, i.id::int as invoice_id, i.invoice_no, i.plate,
            l.id::int as fee_id, l.amount_cents::int as amount
     from invoices i join invoice_lines l on l.invoice_id = i.id and l.kind in ('fee', 'penalty')
     where i.status = 'open' and i.account_id is not null and l.waived_at is null
     order by i.id, l.id`,
  );

async function call(method: 'GET' | 'POST', url: string, payload?: object, token = agent) {
  const response = await testApp.app.inject({
    method,
    url: `/api/agent${url}`,
    headers: { authorization: `Bearer ${token}` },
    ...(payload ? { payload } : {}),
  });
  return { status: response.statusCode, body: response.json() };
}

const waiver = (fee: OpenFee, token = agent, note = 'First notice never arrived') =>
  call(
    'POST',
    `/accounts/${fee.account_id}/invoices/${fee.invoice_id}/fees/${fee.fee_id}/waiver`,
    { note },
    token,
  );

const invoiceOf = async (fee: OpenFee) => {
  const { body } = await call('GET', `/accounts/${fee.account_id}/invoices?pageSize=100`);
  return body.items.find((i: { id: string }) => i.id === String(fee.invoice_id));
};

describe('GET /api/agent/accounts/:accountId/invoices', () => {
  it('lists invoices with stage, amounts and fee lines with the rule that added them', async () => {
    const [fee] = await openFees();
    const invoice = await invoiceOf(fee);
    expect(invoice).toMatchObject({
      invoiceNo: fee.invoice_no,
      status: 'open',
      paidCents: 0,
      stage: expect.any(String),
      dueAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(invoice.openCents).toBe(invoice.totalCents);
    expect(invoice.fees).toContainEqual(
      expect.objectContaining({
        id: String(fee.fee_id),
        amountCents: fee.amount,
        ruleRef: expect.stringMatching(/^(fees|invoices)\./),
        waivedAt: null,
      }),
    );
  });

  it('refuses customers', async () => {
    const [fee] = await openFees();
    const { status } = await call(
      'GET',
      `/accounts/${fee.account_id}/invoices`,
      undefined,
      customer,
    );
    expect(status).toBe(403);
  });
});

describe('POST /api/agent/accounts/:accountId/invoices/:invoiceId/fees/:feeId/waiver', () => {
  it('takes the fee out of what the invoice asks for, here and for the guest payer', async () => {
    const [fee] = await openFees();
    const before = await invoiceOf(fee);
    const { status, body } = await waiver(fee);
    expect(status).toBe(201);
    expect(body).toMatchObject({
      waivedCents: fee.amount,
      openCents: before.openCents - fee.amount,
    });
    const after = await invoiceOf(fee);
    expect(after.totalCents).toBe(before.totalCents - fee.amount);
    expect(after.fees.find((f: { id: string }) => f.id === String(fee.fee_id))).toMatchObject({
      waivedBy: 'agent1',
      waivedAt: expect.any(String),
    });
    const guest = await testApp.app.inject({
      method: 'POST',
      url: '/api/customer/guest/invoice-lookup',
      payload: { invoiceNo: fee.invoice_no, plate: fee.plate },
      headers: { 'x-forwarded-for': '10.77.0.1' },
    });
    expect(guest.json().amountDueCents).toBe(after.openCents);
    const audits = await query<{ action: string; after: { feeId: number } }>(
      `select action, after from audit_log where entity_type = 'invoice' and entity_id = $1`,
      [String(fee.invoice_id)],
    );
    expect(audits).toEqual([
      expect.objectContaining({
        action: 'invoice.fee_waived',
        after: expect.objectContaining({ feeId: fee.fee_id }),
      }),
    ]);
  });

  it('refuses waiving the same fee twice', async () => {
    const [fee] = await openFees();
    expect((await waiver(fee)).status).toBe(201);
    const again = await waiver(fee);
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/already waived/);
  });

  it('requires a note, and answers 404 for a trip line or another account', async () => {
    const [fee] = await openFees();
    expect((await waiver(fee, agent, '  ')).status).toBe(400);
    const [tripLine] = await query<{ id: number }>(
      `select id::int from invoice_lines where invoice_id = $1 and kind = 'trip' limit 1`,
      [fee.invoice_id],
    );
    expect((await waiver({ ...fee, fee_id: tripLine.id })).status).toBe(404);
    expect((await waiver({ ...fee, account_id: fee.account_id + 1 })).status).toBe(404);
  });

  it('is for agents and supervisors only', async () => {
    const [fee] = await openFees();
    expect((await waiver(fee, customer)).status).toBe(403);
    const [row] = await query<{ waived_at: Date | null }>(
      'select waived_at from invoice_lines where id = $1',
      [fee.fee_id],
    );
    expect(row.waived_at).toBeNull();
  });
});
