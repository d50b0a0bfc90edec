import { createSeededTestApp, type SeededTestApp } from '../../../seed/testing.ts';
import { testAppTimeoutMs } from '../../../platform/testing/test-app.ts';

let testApp: SeededTestApp;
let agent: string;
let withCard: number;
let withoutCard: number;
let tollByPlate: number;

const query = <T>(sql: string, params: unknown[] = []) =>
  testApp.adapters.database.query<T>(sql, params);

beforeAll(async () => {
  testApp = await createSeededTestApp();
  agent = await testApp.tokenFor('agent1');
  const pick = async (where: string) =>
    Number(
      (
        await query<{ id: string }>(
          `select a.id::text as id from accounts a where ${where} limit 1`,
        )
      )[0].id,
    );
  const hasCard = `exists (select 1 from payment_methods p where p.account_id = a.id and p.is_default)`;
  withCard = await pick(`a.type = 'prepaid' and ${hasCard}`);
  withoutCard = await pick(`a.type = 'prepaid' and not ${hasCard}`);
  tollByPlate = await pick(`a.type = 'toll_by_plate'`);
}, testAppTimeoutMs);
afterAll(() => testApp.close());

async function put(accountId: number, payload: object, token = agent) {
  const response = await testApp.app.inject({
    method: 'PUT',
    url: `/api/agent/accounts/${accountId}/auto-top-up`,
    payload,
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.statusCode, body: response.json() };
}

const setting = (accountId: number) =>
  query<{ threshold: number | null; amount: number | null }>(
    `select auto_top_up_threshold_cents::int as threshold, auto_top_up_amount_cents::int as amount
     from accounts where id = $1`,
    [accountId],
  ).then((rows) => rows[0]);

describe('PUT /accounts/:accountId/auto-top-up', () => {
  it('turns auto top-up on with a note, audited with before and after, then off', async () => {
    const on = await put(withCard, {
      autoTopUp: { thresholdCents: 1500, amountCents: 4000 },
      note: 'Caller asked for auto top-up',
    });
    expect(on.status).toBe(200);
    expect(on.body).toMatchObject({
      autoTopUp: { thresholdCents: 1500, amountCents: 4000 },
      message: 'Auto top-up is $40.00 when below $15.00.',
    });
    expect(await setting(withCard)).toEqual({ threshold: 1500, amount: 4000 });
    const [audit] = await query<{ actor_username: string; after: unknown }>(
      `select actor_username, after from audit_log where action = 'auto_top_up.changed'
       and entity_id = $1 order by id desc limit 1`,
      [String(withCard)],
    );
    expect(audit).toEqual({
      actor_username: 'agent1',
      after: { thresholdCents: 1500, amountCents: 4000 },
    });
    const notes = await query('select 1 from notes where account_id = $1 and body = $2', [
      withCard,
      'Auto top-up $40.00 when below $15.00: Caller asked for auto top-up',
    ]);
    expect(notes).toHaveLength(1);

    const off = await put(withCard, { autoTopUp: null, note: 'Card about to expire' });
    expect(off).toMatchObject({ status: 200, body: { autoTopUp: null } });
    expect(await setting(withCard)).toEqual({ threshold: null, amount: null });
  });

  it('holds the same bounds as the customer setting', async () => {
    for (const autoTopUp of [
      { thresholdCents: 1000, amountCents: 499 },
      { thresholdCents: 1000, amountCents: 50_001 },
      { thresholdCents: -1, amountCents: 4000 },
    ]) {
      const { status, body } = await put(withCard, { autoTopUp, note: 'Out of bounds' });
      expect(status).toBe(400);
      expect(body.message).toContain('body/autoTopUp');
    }
  });

  it('needs a note, a card on file to turn it on, and a prepaid account', async () => {
    const blank = await put(withCard, { autoTopUp: null, note: ' ' });
    expect(blank.status).toBe(400);
    expect(blank.body.message).toContain('body/note');
    const noCard = await put(withoutCard, {
      autoTopUp: { thresholdCents: 1000, amountCents: 4000 },
      note: 'Wants it on',
    });
    expect(noCard.status).toBe(409);
    expect(noCard.body.message).toMatch(/no card on file/);
    expect(await setting(withoutCard)).toMatchObject({ amount: null });
    const plate = await put(tollByPlate, { autoTopUp: null, note: 'Off' });
    expect(plate.status).toBe(409);
  });

  it('refuses a customer', async () => {
    const customer = await testApp.tokenFor('customer1');
    expect((await put(withCard, { autoTopUp: null, note: 'x' }, customer)).status).toBe(403);
  });
});
