import { createMemoryMailer } from '../adapters/email/mailer.ts';
import { testAppTimeoutMs } from '../platform/testing/test-app.ts';
import { createSeededTestApp, testAsOf, type SeededTestApp } from '../seed/testing.ts';
import { runBillingCycle } from './billing-cycle.ts';
import { runEscalation } from './escalation-run.ts';

let testApp: SeededTestApp;
const dayMs = 86_400_000;

beforeAll(async () => {
  testApp = await createSeededTestApp();
}, testAppTimeoutMs);
afterAll(() => testApp.close());

describe('invoice and escalation e-mails', () => {
  it('go to the account holder on file, in the account’s language, once per invoice and stage', async () => {
    const database = testApp.adapters.database;
    // A driver with an account and an e-mail on file, who reads Spanish, has an unbilled toll.
    const [holder] = await database.query<{ account_id: string; email: string }>(
      `select c.account_id::text, c.email from contacts c
       where c.is_primary and c.email is not null order by c.account_id limit 1`,
    );
    const [trip] = await database.query<{ id: string; plate: string; jurisdiction: string }>(
      `select id::text, plate, jurisdiction from trips
       where status = 'unbilled' and amount_cents > 0 and plate is not null order by id limit 1`,
    );
    await database.query(`update accounts set preferred_language = 'es' where id = $1`, [
      holder!.account_id,
    ]);
    await database.query(
      `update trips set account_id = $1 where plate = $2 and jurisdiction = $3 and status = 'unbilled'`,
      [holder!.account_id, trip!.plate, trip!.jurisdiction],
    );

    const mailer = createMemoryMailer();
    const notices = {
      mailer,
      onError: (error: unknown) => {
        throw error;
      },
    };
    await runBillingCycle(database, testAsOf, notices);
    const toHolder = () => mailer.sent.filter((message) => message.to === holder!.email);
    expect(toHolder()).toHaveLength(1);
    expect(toHolder()[0]!.subject).toMatch(/^Beaus Tolling: factura INV\d+ por \$/);
    expect(toHolder()[0]!.text).toContain('Pague antes del');

    const later = new Date(testAsOf.getTime() + 30 * dayMs);
    await runEscalation(database, later, notices);
    await runEscalation(database, later, notices);
    const escalations = toHolder().slice(1);
    expect(escalations).toHaveLength(1);
    expect(escalations[0]!.subject).toContain('sin pagar (segundo aviso)');
    expect(escalations[0]!.text).toContain(
      'Se agregó un cargo de $6.00 (regla invoices.escalationLadder).',
    );
  });
});
