import { createSeededTestApp, type SeededTestApp } from '../../../seed/testing.ts';
import { testAppTimeoutMs } from '../../../platform/testing/test-app.ts';

let testApp: SeededTestApp;
let agent: string;
let supervisor: string;
let customer: string;
let accountId: number;

beforeAll(async () => {
  testApp = await createSeededTestApp();
  [agent, supervisor, customer] = await Promise.all(
    ['agent1', 'super1', 'customer1'].map((name) => testApp.tokenFor(name)),
  );
  const [row] = await testApp.adapters.database.query<{ id: string }>(
    `select a.id::text as id from accounts a join contacts c on c.account_id = a.id and c.is_primary
     where a.type = 'prepaid' and a.pin_hash is not null order by a.id limit 1`,
  );
  accountId = Number(row.id);
}, testAppTimeoutMs);
afterAll(() => testApp.close());

async function call(token: string | null, method: 'GET' | 'POST', url: string, payload?: object) {
  const response = await testApp.app.inject({
    method,
    url: `/api/agent/accounts/${url}`,
    payload,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.statusCode, body: response.json() };
}

const auditCount = async (action: string, entityId: number | string) => {
  const [row] = await testApp.adapters.database.query<{ n: number }>(
    'select count(*)::int as n from audit_log where action = $1 and entity_id = $2',
    [action, String(entityId)],
  );
  return row.n;
};

describe('GET /api/agent/accounts/:accountId', () => {
  it('shows the header with balance as the sum of the ledger and masks personal data', async () => {
    const [{ balance, email }] = await testApp.adapters.database.query<{
      balance: number;
      email: string;
    }>(
      `select (select coalesce(sum(amount_cents), 0)::int from ledger_entries where account_id = $1)
         as balance, (select email from contacts where account_id = $1 and is_primary) as email`,
      [accountId],
    );
    const { status, body } = await call(agent, 'GET', `${accountId}`);
    expect(status).toBe(200);
    expect(body.balanceCents).toBe(balance);
    expect(body.agentAdjustmentLimitCents).toBe(5000);
    expect(body.personalDataMasked).toBe(true);
    expect(body.verification).toMatchObject({
      verified: false,
      methods: ['pin', 'security_answer'],
    });
    expect(body.contacts[0].email).toBe(`${email[0]}***${email.slice(email.indexOf('@'))}`);
    expect(JSON.stringify(body)).not.toContain(email);
    expect(await auditCount('personal_data.revealed', accountId)).toBe(0);
  });

  it('refuses customers and anonymous callers, and says when an account does not exist', async () => {
    expect((await call(customer, 'GET', `${accountId}`)).status).toBe(403);
    expect((await call(null, 'GET', `${accountId}`)).status).toBe(401);
    const missing = await call(agent, 'GET', '999999');
    expect(missing).toMatchObject({ status: 404, body: { code: 'BEAUS_ERR_NOT_FOUND' } });
  });
});

describe('caller verification', () => {
  it('refuses a wrong PIN with 422, audits the attempt and keeps data masked', async () => {
    const before = await auditCount('caller.verification_failed', accountId);
    const wrong = await call(supervisor, 'POST', `${accountId}/verification`, {
      method: 'pin',
      value: '0000',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe('BEAUS_ERR_VERIFICATION_FAILED');
    expect(wrong.body.message).toMatch(/PIN does not match\. 4 attempts left/);
    expect(await auditCount('caller.verification_failed', accountId)).toBe(before + 1);
    expect((await call(supervisor, 'GET', `${accountId}`)).body.personalDataMasked).toBe(true);
  });

  it('reveals personal data to the verifying agent only, auditing every reveal', async () => {
    const ok = await call(agent, 'POST', `${accountId}/verification`, {
      method: 'security_answer',
      value: '  Rex ',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.verified).toBe(true);
    const [{ email }] = await testApp.adapters.database.query<{ email: string }>(
      'select email from contacts where account_id = $1 and is_primary',
      [accountId],
    );
    const view = await call(agent, 'GET', `${accountId}`);
    expect(view.body.personalDataMasked).toBe(false);
    expect(view.body.contacts[0].email).toBe(email);
    await call(agent, 'GET', `${accountId}`);
    expect(await auditCount('personal_data.revealed', accountId)).toBe(2);
    expect((await call(supervisor, 'GET', `${accountId}`)).body.personalDataMasked).toBe(true);
  });

  it('stops guessing after five wrong answers, even with the right PIN', async () => {
    const target = accountId + 1;
    for (let attempt = 0; attempt < 5; attempt++) {
      const wrong = await call(agent, 'POST', `${target}/verification`, {
        method: 'pin',
        value: `99${attempt}`,
      });
      expect(wrong.status).toBe(422);
    }
    const right = await call(agent, 'POST', `${target}/verification`, {
      method: 'pin',
      value: '1234',
    });
    expect(right).toMatchObject({ status: 429, body: { code: 'BEAUS_ERR_RATE_LIMITED' } });
  });
});
