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

async function post(path: string, payload: object, token = agent) {
  const response = await testApp.app.inject({
    method: 'POST',
    url: `/api/agent/accounts/${accountId}/${path}`,
    payload,
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.statusCode, body: response.json() };
}

const query = <T>(sql: string, params: unknown[] = []) =>
  testApp.adapters.database.query<T>(sql, params);

const balance = async () =>
  (
    await query<{ b: number }>(
      'select coalesce(sum(amount_cents), 0)::int as b from ledger_entries where account_id = $1',
      [accountId],
    )
  )[0].b;

const audits = (action: string) =>
  query<{ entity_type: string; entity_id: string; actor_username: string; after: unknown }>(
    'select entity_type, entity_id, actor_username, after from audit_log where action = $1',
    [action],
  );

const adjustment = { kind: 'credit', reasonCode: 'GOODWILL', note: 'Charged twice at Plaza 3' };

describe('POST /accounts/:accountId/adjustments', () => {
  it('applies an adjustment within the agent limit to the ledger, with note and audit', async () => {
    const before = await balance();
    const { status, body } = await post('adjustments', { ...adjustment, amountCents: 5000 });
    expect(status).toBe(201);
    expect(body).toMatchObject({ status: 'applied', awaitingApproval: false, amountCents: 5000 });
    expect(body.balanceCents).toBe(before + 5000);
    expect(await balance()).toBe(before + 5000);
    const [audit] = (await audits('adjustment.applied')).filter((a) => a.entity_id === body.id);
    expect(audit).toMatchObject({ entity_type: 'adjustment', actor_username: 'agent1' });
    const notes = await query<{ body: string }>(
      'select body from notes where account_id = $1 and body like $2',
      [accountId, '%Charged twice at Plaza 3'],
    );
    expect(notes).toHaveLength(1);
  });

  it('keeps an adjustment above the limit pending for a supervisor and says so', async () => {
    const before = await balance();
    const { status, body } = await post('adjustments', {
      ...adjustment,
      kind: 'debit',
      amountCents: 5001,
    });
    expect(status).toBe(202);
    expect(body).toMatchObject({
      status: 'pending',
      awaitingApproval: true,
      amountCents: -5001,
      agentLimitCents: 5000,
    });
    expect(body.message).toMatch(/awaits supervisor approval/);
    expect(await balance()).toBe(before);
    expect((await audits('adjustment.requested')).map((a) => a.entity_id)).toContain(body.id);
    const view = await testApp.app.inject({
      url: `/api/agent/accounts/${accountId}`,
      headers: { authorization: `Bearer ${agent}` },
    });
    expect(view.json().alerts.map((a: { code: string }) => a.code)).toContain(
      'pending_adjustments',
    );
  });

  it.each([
    ['missing', { kind: 'credit', reasonCode: 'GOODWILL', amountCents: 100 }],
    ['blank', { ...adjustment, amountCents: 100, note: '   ' }],
  ])('refuses a %s note with 400 and writes nothing', async (_label, payload) => {
    const [{ n: before }] = await query<{ n: number }>('select count(*)::int as n from audit_log');
    const { status, body } = await post('adjustments', payload);
    expect(status).toBe(400);
    expect(body.code).toBe('BEAUS_ERR_VALIDATION');
    expect(body.message).toContain('body/note');
    const [{ n: after }] = await query<{ n: number }>('select count(*)::int as n from audit_log');
    expect(after).toBe(before);
  });

  it('refuses an unknown reason code and a customer caller', async () => {
    const unknown = await post('adjustments', { ...adjustment, amountCents: 1, reasonCode: 'X' });
    expect(unknown.status).toBe(400);
    expect((await post('adjustments', { ...adjustment, amountCents: 1 }, customer)).status).toBe(
      403,
    );
  });
});

describe('notes, vehicles and tags', () => {
  it('adds a note, audited, and refuses a blank one', async () => {
    const { status, body } = await post('notes', { body: 'Called about auto top-up.' });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      authorName: expect.any(String),
      body: 'Called about auto top-up.',
    });
    expect((await audits('note.added')).map((a) => a.entity_id)).toContain(String(accountId));
    expect((await post('notes', { body: ' ' })).status).toBe(400);
  });

  it('adds a rental vehicle with its dates, normalising the plate, then ends it', async () => {
    const added = await post('vehicles', {
      plate: 'rnt-4 21',
      jurisdiction: 'tx',
      startDate: '2026-11-20',
      endDate: '2026-11-27',
      note: 'Rental while the car is repaired',
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      plate: 'RNT421',
      jurisdiction: 'TX',
      endDate: '2026-11-27',
    });
    expect((await audits('vehicle.added')).map((a) => a.entity_id)).toContain(added.body.id);

    const ended = await post(`vehicles/${added.body.id}/end`, {
      endDate: '2026-11-22',
      note: 'Returned early',
    });
    expect(ended).toMatchObject({ status: 200, body: { endDate: '2026-11-22' } });
    expect((await audits('vehicle.ended')).map((a) => a.entity_id)).toContain(added.body.id);
  });

  it('refuses a plate that is active on another account', async () => {
    const [other] = await query<{ plate: string; jurisdiction: string }>(
      `select plate, jurisdiction from vehicles where account_id <> $1 and end_date is null
       order by id limit 1`,
      [accountId],
    );
    const { status } = await post('vehicles', { ...other, startDate: '2026-11-25', note: 'x' });
    expect(status).toBe(409);
  });

  it('marks a tag stolen, audited with before and after, and refuses to mark it twice', async () => {
    const [tag] = await query<{ id: string; status: string }>(
      'select id::text as id, status from tags where account_id = $1 order by id limit 1',
      [accountId],
    );
    const marked = await post(`tags/${tag.id}/status`, {
      status: 'stolen',
      note: 'Car broken into',
    });
    expect(marked).toMatchObject({ status: 200, body: { status: 'stolen' } });
    const [audit] = await query<{ before: unknown; after: unknown }>(
      `select before, after from audit_log where action = 'tag.marked_stolen' and entity_id = $1`,
      [tag.id],
    );
    expect(audit).toEqual({ before: { status: tag.status }, after: { status: 'stolen' } });
    const again = await post(`tags/${tag.id}/status`, { status: 'lost', note: 'Again' });
    expect(again.status).toBe(409);
  });
});
