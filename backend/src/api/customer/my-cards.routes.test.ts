import { testAppTimeoutMs } from '../../platform/testing/test-app.ts';
import { createSeededTestApp, type SeededTestApp } from '../../seed/testing.ts';

let testApp: SeededTestApp;
let customer1: string;

beforeAll(async () => {
  testApp = await createSeededTestApp();
  customer1 = await testApp.tokenFor('customer1');
}, testAppTimeoutMs);
afterAll(() => testApp.close());

const query = <T>(text: string, params: unknown[] = []) =>
  testApp.adapters.database.query<T>(text, params);

async function cardToken(number: string, expMonth = 12, expYear = 2031) {
  const response = await testApp.app.inject({
    method: 'POST',
    url: '/api/customer/sandbox-gateway/card-tokens',
    headers: { 'x-forwarded-for': `10.45.0.${expMonth}` },
    payload: { number, expMonth, expYear, cvc: '123' },
  });
  return response.json<Record<string, string | number>>();
}

const putBackup = (card: object) =>
  testApp.app.inject({
    method: 'PUT',
    url: '/api/customer/backup-card',
    headers: { authorization: `Bearer ${customer1}` },
    payload: card as Record<string, unknown>,
  });

const myAccount = async () =>
  (
    await testApp.app.inject({
      method: 'GET',
      url: '/api/customer/account',
      headers: { authorization: `Bearer ${customer1}` },
    })
  ).json<{ backupCard: unknown; cardAlerts: unknown[] }>();

describe('PUT /api/customer/backup-card', () => {
  it('keeps a backup card beside the default one, replaces it, and audits both', async () => {
    const first = await cardToken('5555555555554444');
    const response = await putBackup(first);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      brand: first.brand,
      last4: '4444',
      expMonth: 12,
      expYear: 2031,
    });
    expect((await myAccount()).backupCard).toEqual(response.json());

    const second = await cardToken('4242424242424242', 6);
    expect((await putBackup(second)).statusCode).toBe(200);
    expect((await myAccount()).backupCard).toMatchObject({ last4: '4242', expMonth: 6 });
    const backups = await query<{ n: number }>(
      'select count(*)::int as n from backup_payment_methods where account_id = 1',
    );
    expect(backups[0]?.n).toBe(1);
    const audit = await query<{ before: unknown; after: unknown }>(
      `select before, after from audit_log where action = 'backup_card.set' and entity_id = '1'
       order by id`,
    );
    expect(audit).toEqual([
      { before: null, after: { brand: first.brand, last4: '4444' } },
      {
        before: { brand: first.brand, last4: '4444' },
        after: { brand: second.brand, last4: '4242' },
      },
    ]);
  });

  it('refuses a card token already on file', async () => {
    const card = await cardToken('4242424242424242', 7);
    expect((await putBackup(card)).statusCode).toBe(200);
    const again = await putBackup(card);
    expect(again.statusCode).toBe(409);
  });
});

describe('card expiry alerts on GET /api/customer/account', () => {
  it('warns about the default card expiring this month, and not about one far off', async () => {
    const now = new Date();
    await query(
      `update payment_methods set exp_month = $1, exp_year = $2
       where account_id = 1 and is_default`,
      [now.getUTCMonth() + 1, now.getUTCFullYear()],
    );
    const alerts = (await myAccount()).cardAlerts;
    expect(alerts).toEqual([expect.objectContaining({ kind: 'card_expiring', role: 'primary' })]);
    await query(`update payment_methods set exp_year = $1 where account_id = 1 and is_default`, [
      now.getUTCFullYear() + 3,
    ]);
    expect((await myAccount()).cardAlerts).toEqual([]);
  });
});
