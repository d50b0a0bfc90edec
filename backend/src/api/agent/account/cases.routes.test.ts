import { createSeededTestApp, type SeededTestApp } from '../../../seed/testing.ts';
import { testAppTimeoutMs } from '../../../platform/testing/test-app.ts';

let testApp: SeededTestApp;
let agent: string;
let accountId: number;
let tripIds: number[];

const query = <T>(sql: string, params: unknown[] = []) =>
  testApp.adapters.database.query<T>(sql, params);

beforeAll(async () => {
  testApp = await createSeededTestApp();
  agent = await testApp.tokenFor('agent1');
  const [row] = await query<{ id: string }>(
    `select account_id::text as id from trips where account_id is not null
     group by account_id having count(*) >= 2 order by account_id limit 1`,
  );
  accountId = Number(row.id);
  tripIds = (
    await query<{ id: string }>(
      'select id::text as id from trips where account_id = $1 order by id limit 2',
      [accountId],
    )
  ).map((trip) => Number(trip.id));
}, testAppTimeoutMs);
afterAll(() => testApp.close());

async function call(method: 'GET' | 'POST', path: string, payload?: object, token = agent) {
  const response = await testApp.app.inject({
    method,
    url: `/api/agent/accounts/${accountId}/${path}`,
    ...(payload ? { payload } : {}),
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.statusCode, body: response.json() };
}

const dayMs = 86_400_000;

describe('cases on an account', () => {
  let caseId: string;

  it('opens a dispute on the account’s trips with the SLA for its kind, audited', async () => {
    const before = Date.now();
    const { status, body } = await call('POST', 'cases', {
      kind: 'dispute',
      subject: 'Charged twice at the bridge',
      tripIds,
      note: 'Caller says one passage',
    });
    expect(status).toBe(201);
    caseId = body.id;
    // Disputes are due in 10 days by the default per-kind rule.
    const due = new Date(body.slaDueAt).getTime();
    expect(due - before).toBeGreaterThanOrEqual(10 * dayMs - 1000);
    expect(due - before).toBeLessThan(10 * dayMs + 60_000);
    const [audit] = await query<{ actor_username: string }>(
      `select actor_username from audit_log where action = 'case.opened' and entity_id = $1`,
      [caseId],
    );
    expect(audit.actor_username).toBe('agent1');

    const list = await call('GET', 'cases');
    expect(list.status).toBe(200);
    const opened = list.body.items.find((c: { id: string }) => c.id === caseId);
    expect(opened).toMatchObject({
      kind: 'dispute',
      status: 'open',
      overdue: false,
      ownerName: null,
      tripIds: tripIds.map(String),
    });
    expect(opened.notes[0].body).toBe('Case opened (dispute): Caller says one passage');
  });

  it('takes an inquiry’s SLA from the per-kind rule', async () => {
    const before = Date.now();
    const { body } = await call('POST', 'cases', {
      kind: 'inquiry',
      subject: 'Why a plate rate?',
      note: 'Asked about the rate',
    });
    const days = (new Date(body.slaDueAt).getTime() - before) / dayMs;
    expect(Math.round(days)).toBe(5);
  });

  it('refuses trips of another account, a blank note and a customer', async () => {
    const [foreign] = await query<{ id: string }>(
      'select id::text as id from trips where account_id <> $1 limit 1',
      [accountId],
    );
    const other = await call('POST', 'cases', {
      kind: 'dispute',
      subject: 'x',
      tripIds: [Number(foreign.id)],
      note: 'x',
    });
    expect(other.status).toBe(400);
    expect(other.body.message).toContain('body/tripIds');
    const blank = await call('POST', 'cases', { kind: 'inquiry', subject: 'x', note: ' ' });
    expect(blank.status).toBe(400);
    const customer = await testApp.tokenFor('customer1');
    expect((await call('GET', 'cases', undefined, customer)).status).toBe(403);
  });

  it('is worked: assigned to me and in progress, a note added, then closed with an outcome', async () => {
    const taken = await call('POST', `cases/${caseId}/assignment`, { note: 'Looking into it' });
    expect(taken).toMatchObject({ status: 200, body: { status: 'in_progress' } });
    const noted = await call('POST', `cases/${caseId}/notes`, { note: 'Two reads 20 s apart' });
    expect(noted.status).toBe(201);
    let listed = (await call('GET', 'cases')).body.items.find(
      (c: { id: string }) => c.id === caseId,
    );
    expect(listed).toMatchObject({ status: 'in_progress', ownedByMe: true });
    expect(listed.notes.map((n: { body: string }) => n.body)).toContain('Two reads 20 s apart');

    const closed = await call('POST', `cases/${caseId}/closure`, {
      outcome: 'upheld',
      note: 'Duplicate confirmed',
    });
    expect(closed).toMatchObject({ status: 200, body: { status: 'closed' } });
    expect(closed.body.message).toMatch(/upheld: 2 trip\(s\) reversed/);
    // Upheld: each disputed trip is credited back what it was charged, once.
    const credits = await query<{ trip_id: string; amount_cents: number; charged: number }>(
      `select r.trip_id::text as trip_id, r.amount_cents::int,
              (select -sum(l.amount_cents) from ledger_entries l
               where l.kind = 'trip' and l.source_ref = r.source_ref)::int as charged
       from ledger_entries r where r.kind = 'reversal' and r.trip_id = any($1::bigint[])`,
      [`{${tripIds.join(',')}}`],
    );
    expect(credits.map((c) => c.trip_id).sort()).toEqual(tripIds.map(String).sort());
    for (const credit of credits) expect(credit.amount_cents).toBe(credit.charged);
    const statuses = await query<{ status: string }>(
      'select distinct status from trips where id = any($1::bigint[])',
      [`{${tripIds.join(',')}}`],
    );
    expect(statuses).toEqual([{ status: 'reversed' }]);
    listed = (await call('GET', 'cases')).body.items.find((c: { id: string }) => c.id === caseId);
    expect(listed).toMatchObject({ status: 'closed', outcome: 'upheld', overdue: false });
    const actions = await query<{ action: string }>(
      `select action from audit_log where entity_type = 'case' and entity_id = $1 order by id`,
      [caseId],
    );
    expect(actions.map((a) => a.action)).toEqual([
      'case.opened',
      'case.assigned',
      'case.note_added',
      'case.closed',
    ]);
  });

  it('refuses to work a closed case and a case of another account', async () => {
    expect((await call('POST', `cases/${caseId}/notes`, { note: 'Late' })).status).toBe(409);
    expect(
      (await call('POST', `cases/${caseId}/closure`, { outcome: 'denied', note: 'x' })).status,
    ).toBe(409);
    expect((await call('POST', `cases/999999/assignment`, { note: 'x' })).status).toBe(404);
  });

  it('flags an overdue case in the tab and as an alert in the account header', async () => {
    const { body } = await call('POST', 'cases', {
      kind: 'hardship',
      subject: 'Lost job, asks for a plan',
      note: 'Hardship request',
    });
    await query(`update cases set sla_due_at = now() - interval '1 day' where id = $1`, [body.id]);
    const list = await call('GET', 'cases');
    expect(list.body.overdueCount).toBe(1);
    expect(list.body.items[0]).toMatchObject({ id: body.id, overdue: true });
    const view = await testApp.app.inject({
      url: `/api/agent/accounts/${accountId}`,
      headers: { authorization: `Bearer ${agent}` },
    });
    expect(view.json().alerts).toContainEqual(
      expect.objectContaining({ code: 'overdue_cases', count: 1 }),
    );
  });

  it('leaves an upheld dispute above the agent limit to a supervisor', async () => {
    const [trip] = await query<{ id: string }>(
      `select id::text as id from trips where account_id = $1 and status = 'posted'
         and id <> all($2::bigint[]) order by id limit 1`,
      [accountId, `{${tripIds.join(',')}}`],
    );
    const opened = await call('POST', 'cases', {
      kind: 'dispute',
      subject: 'Wrong class',
      tripIds: [Number(trip.id)],
      note: 'Car charged as a truck',
    });
    await query(
      `insert into configuration (key, value, effective_from)
       values ('adjustments.agentLimitCents', '0'::jsonb, now() - interval '1 second')`,
    );
    const byAgent = await call('POST', `cases/${opened.body.id}/closure`, {
      outcome: 'upheld',
      note: 'Confirmed',
    });
    expect(byAgent.status).toBe(409);
    expect(byAgent.body.message).toMatch(/a supervisor closes this case as upheld/);
    const supervisor = await testApp.tokenFor('super1');
    const bySupervisor = await call(
      'POST',
      `cases/${opened.body.id}/closure`,
      { outcome: 'upheld', note: 'Confirmed by the lead' },
      supervisor,
    );
    expect(bySupervisor).toMatchObject({ status: 200, body: { status: 'closed' } });
    const [row] = await query<{ status: string }>('select status from trips where id = $1', [
      trip.id,
    ]);
    expect(row.status).toBe('reversed');
  });
});
