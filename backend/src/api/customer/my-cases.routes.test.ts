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

const query = <T>(text: string, params: unknown[] = []) =>
  testApp.adapters.database.query<T>(text, params);

const call = (token: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  testApp.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${token}` },
    ...(payload ? { payload: payload as Record<string, unknown> } : {}),
  });

const tripOf = async (accountId: number) =>
  (
    await query<{ id: string }>(
      'select id::text from trips where account_id = $1 order by occurred_at desc limit 1',
      [accountId],
    )
  )[0]!.id;

const reason = 'I was not driving there that day; my car was in the shop.';

describe('POST /api/customer/cases', () => {
  it('opens a dispute on my trip with the configured SLA, my reason as its first note', async () => {
    const tripId = await tripOf(1);
    const before = Date.now();
    const response = await call(customer1, 'POST', '/api/customer/cases', {
      tripId: Number(tripId),
      reason,
    });
    expect(response.statusCode).toBe(201);
    const opened = response.json<{ id: string; slaDueAt: string; subject: string }>();
    expect(opened).toMatchObject({
      kind: 'dispute',
      status: 'open',
      outcome: null,
      tripIds: [tripId],
    });
    expect(opened.subject).toMatch(/^Dispute: trip at .+ on \d{4}-\d{2}-\d{2}$/);
    // Disputes get 10 days in the seeded configuration (cases.slaDaysByKind).
    const due = new Date(opened.slaDueAt).getTime() - before;
    expect(Math.round(due / 86_400_000)).toBe(10);

    const list = await call(customer1, 'GET', '/api/customer/cases');
    expect(list.json<{ id: string }[]>().map((item) => item.id)).toContain(opened.id);
    const detail = await call(customer1, 'GET', `/api/customer/cases/${opened.id}`);
    expect(detail.json()).toMatchObject({ id: opened.id, notes: [{ body: reason, byMe: true }] });
    const [audit] = await query<{ actor_username: string }>(
      `select actor_username from audit_log where action = 'case.opened' and entity_id = $1`,
      [opened.id],
    );
    expect(audit?.actor_username).toBe('customer1');

    const again = await call(customer1, 'POST', '/api/customer/cases', {
      tripId: Number(tripId),
      reason,
    });
    expect(again.statusCode).toBe(409);
  });

  it('opens a dispute on an invoice of my account', async () => {
    await query(
      `insert into invoices (invoice_no, plate, jurisdiction, account_id, issued_at, due_at)
       values ('INVCASE0001', 'ABC123', 'NC', 1, now(), current_date + 30)`,
    );
    const response = await call(customer1, 'POST', '/api/customer/cases', {
      invoiceNo: 'invcase0001',
      reason,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      invoiceNo: 'INVCASE0001',
      subject: 'Dispute: invoice INVCASE0001',
    });
  });

  it("opens one on a plate's invoice billed while the plate was mine, not before", async () => {
    const [vehicle] = await query<{ plate: string; jurisdiction: string; start_date: string }>(
      `select plate, jurisdiction, start_date::text from vehicles
       where account_id = 1 and end_date is null order by id limit 1`,
    );
    await query(
      `insert into invoices (invoice_no, plate, jurisdiction, issued_at, due_at) values
         ('INVCASE0002', $1, $2, now(), current_date + 30),
         ('INVCASE0003', $1, $2, $3::date - 1, $3::date + 29)`,
      [vehicle!.plate, vehicle!.jurisdiction, vehicle!.start_date],
    );
    const mine = await call(customer1, 'POST', '/api/customer/cases', {
      invoiceNo: 'INVCASE0002',
      reason,
    });
    expect(mine.statusCode).toBe(201);
    const before = await call(customer1, 'POST', '/api/customer/cases', {
      invoiceNo: 'INVCASE0003',
      reason,
    });
    expect(before.statusCode).toBe(404);
  });

  it("refuses another customer's trip or invoice as not found, and a vague reason", async () => {
    const foreignTrip = await call(customer1, 'POST', '/api/customer/cases', {
      tripId: Number(await tripOf(2)),
      reason,
    });
    expect(foreignTrip.statusCode).toBe(404);
    const [invoice] = await query<{ invoice_no: string }>(
      `select invoice_no from invoices where account_id is distinct from 1
       and invoice_no not like 'INVCASE%' order by id limit 1`,
    );
    const foreignInvoice = await call(customer1, 'POST', '/api/customer/cases', {
      invoiceNo: invoice!.invoice_no,
      reason,
    });
    expect(foreignInvoice.statusCode).toBe(404);
    const vague = await call(customer1, 'POST', '/api/customer/cases', {
      tripId: Number(await tripOf(1)),
      reason: 'wrong',
    });
    expect(vague.statusCode).toBe(400);
    const both = await call(customer1, 'POST', '/api/customer/cases', {
      tripId: 1,
      invoiceNo: 'INVCASE0001',
      reason,
    });
    expect(both.statusCode).toBe(400);
  });
});

describe('GET /api/customer/cases/:caseId', () => {
  it("shows the operator's notes and the outcome, without the agent's name", async () => {
    const opened = await call(customer2, 'POST', '/api/customer/cases', {
      tripId: Number(await tripOf(2)),
      reason,
    });
    const caseId = opened.json<{ id: string }>().id;
    await query(
      `insert into notes (account_id, case_id, author_id, body)
       values (2, $1, (select id from users where username = 'agent1'), 'Refunded the toll.')`,
      [caseId],
    );
    await query(
      `update cases set status = 'resolved', outcome = 'upheld', closed_at = now() where id = $1`,
      [caseId],
    );
    const detail = await call(customer2, 'GET', `/api/customer/cases/${caseId}`);
    expect(detail.json()).toMatchObject({
      status: 'resolved',
      outcome: 'upheld',
      notes: [
        { body: reason, byMe: true },
        { body: 'Refunded the toll.', byMe: false },
      ],
    });
    expect(detail.body).not.toContain('agent1');

    const stolen = await call(customer1, 'GET', `/api/customer/cases/${caseId}`);
    expect(stolen.statusCode).toBe(404);
    const mine = await call(customer1, 'GET', '/api/customer/cases');
    expect(mine.json<{ id: string }[]>().map((item) => item.id)).not.toContain(caseId);
  });
});
