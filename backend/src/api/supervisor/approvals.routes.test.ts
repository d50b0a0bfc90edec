import { testAppTimeoutMs } from '../../platform/testing/test-app.ts';
import { createSeededTestApp, type SeededTestApp } from '../../seed/testing.ts';

let testApp: SeededTestApp;

beforeAll(async () => {
  testApp = await createSeededTestApp();
}, testAppTimeoutMs);
afterAll(() => testApp.close());

const db = () => testApp.adapters.database;

const call = async (method: 'GET' | 'POST', url: string, payload?: object, username = 'super1') =>
  testApp.app.inject({
    method,
    url: `/api/supervisor${url}`,
    headers: { authorization: `Bearer ${await testApp.tokenFor(username)}` },
    ...(payload ? { payload } : {}),
  });

async function pendingIds(): Promise<number[]> {
  const rows = await db().query<{ id: number }>(
    `select id::int as id from adjustments where status = 'pending' order by id`,
  );
  return rows.map((row) => row.id);
}

/** A pending adjustment as the agent app records one above agent2's limit. */
async function newPending(amountCents: number, requestedBy = 'agent2'): Promise<number> {
  const [row] = await db().query<{ id: number }>(
    `insert into adjustments (account_id, amount_cents, reason_code, note, status, requested_by)
     values (3, $1, 'GOODWILL', 'Above my limit.', 'pending',
             (select id from users where username = $2)) returning id::int as id`,
    [amountCents, requestedBy],
  );
  return row.id;
}

async function adjustment(id: number) {
  const [row] = await db().query<{
    status: string;
    account_id: number;
    amount_cents: number;
    decided_by: number | null;
  }>(
    `select status, account_id::int as account_id, amount_cents::int as amount_cents,
            decided_by::int as decided_by from adjustments where id = $1`,
    [id],
  );
  return row;
}

async function balanceOf(accountId: number): Promise<number> {
  const [row] = await db().query<{ balance: number }>(
    `select coalesce(sum(amount_cents), 0)::int as balance from ledger_entries where account_id = $1`,
    [accountId],
  );
  return row.balance;
}

async function auditFor(id: number) {
  return db().query<{ action: string; actor_username: string; after: { note?: string } }>(
    `select action, actor_username, after from audit_log
     where entity_type = 'adjustment' and entity_id = $1 order by id`,
    [String(id)],
  );
}

describe('GET /api/supervisor/approvals', () => {
  it('lists every pending adjustment with its account and requesting agent', async () => {
    const response = await call('GET', '/approvals');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(
      body.map((a: { id: string }) => Number(a.id)).sort((a: number, b: number) => a - b),
    ).toEqual(await pendingIds());
    const [first] = body;
    expect(first.requestedBy).toBe('agent2');
    expect(first.account.accountNo).toEqual(expect.any(String));
    expect(first.account.balanceCents).toBe(await balanceOf(Number(first.account.id)));
  });

  it('is for supervisors only', async () => {
    expect((await call('GET', '/approvals', undefined, 'agent1')).statusCode).toBe(403);
    expect((await call('GET', '/approvals', undefined, 'admin1')).statusCode).toBe(403);
  });
});

describe('POST /api/supervisor/approvals/:id/approve and /reject', () => {
  it('approving applies the adjustment to the ledger, notes the account and audits it', async () => {
    const id = await newPending(7_500);
    const before = await adjustment(id);
    const balanceBefore = await balanceOf(before.account_id);
    const response = await call('POST', `/approvals/${id}/approve`, { note: 'Checked the trips.' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'applied',
      amountCents: before.amount_cents,
      balanceCents: balanceBefore + before.amount_cents,
    });
    expect(await balanceOf(before.account_id)).toBe(balanceBefore + before.amount_cents);
    expect((await adjustment(id)).status).toBe('applied');
    const entries = await db().query<{ amount_cents: number }>(
      `select amount_cents::int as amount_cents from ledger_entries where adjustment_id = $1`,
      [id],
    );
    expect(entries).toEqual([{ amount_cents: before.amount_cents }]);
    const audit = await auditFor(id);
    expect(audit.at(-1)).toMatchObject({
      action: 'adjustment.approved',
      actor_username: 'super1',
      after: { note: 'Checked the trips.' },
    });
    const [note] = await db().query<{ body: string }>(
      `select body from notes where account_id = $1 order by id desc limit 1`,
      [before.account_id],
    );
    expect(note.body).toContain('approved');
  });

  it('rejecting leaves the ledger alone and is audited', async () => {
    const id = await newPending(-6_000);
    const before = await adjustment(id);
    const balanceBefore = await balanceOf(before.account_id);
    const response = await call('POST', `/approvals/${id}/reject`, { note: 'Not supported.' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'rejected', balanceCents: balanceBefore });
    expect(await balanceOf(before.account_id)).toBe(balanceBefore);
    expect((await adjustment(id)).status).toBe('rejected');
    expect((await auditFor(id)).at(-1)?.action).toBe('adjustment.rejected');
  });

  it('decides an adjustment only once', async () => {
    const id = await newPending(5_100);
    expect((await call('POST', `/approvals/${id}/approve`, { note: 'Yes.' })).statusCode).toBe(200);
    const again = await call('POST', `/approvals/${id}/approve`, { note: 'Yes again.' });
    expect(again.statusCode).toBe(409);
    expect((await call('POST', `/approvals/${id}/reject`, { note: 'No.' })).statusCode).toBe(409);
    const entries = await db().query(`select 1 from ledger_entries where adjustment_id = $1`, [id]);
    expect(entries).toHaveLength(1);
  });

  it('requires a note that is not blank', async () => {
    const id = await newPending(5_100);
    expect((await call('POST', `/approvals/${id}/approve`, {})).statusCode).toBe(400);
    const blank = await call('POST', `/approvals/${id}/approve`, { note: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().message).toContain('note');
    expect((await adjustment(id)).status).toBe('pending');
  });

  it('refuses a supervisor deciding their own request', async () => {
    const id = await newPending(9_000, 'super1');
    const response = await call('POST', `/approvals/${id}/approve`, { note: 'Self-approval.' });
    expect(response.statusCode).toBe(403);
    expect((await adjustment(id)).status).toBe('pending');
    expect(await auditFor(id)).toEqual([]);
  });

  it('answers 404 for an unknown adjustment and 403 for agents', async () => {
    expect((await call('POST', '/approvals/999999/approve', { note: 'x' })).statusCode).toBe(404);
    const id = await newPending(5_100);
    const agent = await call('POST', `/approvals/${id}/approve`, { note: 'x' }, 'agent1');
    expect(agent.statusCode).toBe(403);
  });
});
