import { createMemoryMailer } from '../adapters/email/mailer.ts';
import type { PaymentGateway } from '../adapters/payments/payment-gateway.ts';
import { createSandboxPaymentGateway } from '../adapters/payments/sandbox-payment-gateway.ts';
import { testAppTimeoutMs } from '../platform/testing/test-app.ts';
import { createSeededTestApp, testAsOf, type SeededTestApp } from '../seed/testing.ts';
import { runAutoTopUps } from './auto-top-up-worker.ts';

let testApp: SeededTestApp;
const query = <T>(sql: string, params: unknown[] = []) =>
  testApp.adapters.database.query<T>(sql, params);

beforeAll(async () => {
  testApp = await createSeededTestApp();
}, testAppTimeoutMs);
afterAll(() => testApp.close());

function countingGateway(): { gateway: PaymentGateway; charges: () => number } {
  const inner = createSandboxPaymentGateway();
  let charges = 0;
  return {
    gateway: {
      ...inner,
      charge: async (request) => {
        charges++;
        return inner.charge(request);
      },
    },
    charges: () => charges,
  };
}

/** Empties an account's balance to -$1.00 and requests an auto top-up, as posting would. */
async function requestTopUp(accountId: number, token: string, key: string) {
  const [{ balance }] = await query<{ balance: number }>(
    'select coalesce(sum(amount_cents), 0)::int as balance from ledger_entries where account_id = $1',
    [accountId],
  );
  await query(
    `insert into ledger_entries (account_id, kind, amount_cents, source_ref, description)
     values ($1, 'adjustment', $2, $3, 'test: empty the balance')`,
    [accountId, -balance - 100, `test:${key}`],
  );
  await query(`update tags set status = 'invalid' where account_id = $1 and status = 'valid'`, [
    accountId,
  ]);
  const [method] = await query<{ id: string }>(
    `update payment_methods set gateway_token = $2 where id = (
       select id from payment_methods where account_id = $1 order by id limit 1) returning id::text`,
    [accountId, token],
  );
  await query(
    `insert into payments (idempotency_key, request_hash, amount_cents, status, payment_method_id,
       account_id) values ($1, 'h', 4000, 'pending', $2, $3)`,
    [`auto-top-up:${accountId}:${key}`, method!.id, accountId],
  );
}

const tagStatuses = (accountId: number) =>
  query<{ status: string }>('select distinct status from tags where account_id = $1', [accountId]);

describe('auto top-up worker', () => {
  it('charges once, credits once and turns the tags valid again, however often it runs', async () => {
    const sandbox = createSandboxPaymentGateway();
    const card = await sandbox.tokenizeCard(
      { number: '4242424242424242', expMonth: 12, expYear: 2031, cvc: '123' },
      testAsOf,
    );
    await requestTopUp(1, card.token, 'ok');
    const { gateway, charges } = countingGateway();
    const first = await runAutoTopUps({ database: testApp.adapters.database, gateway }, testAsOf);
    const again = await runAutoTopUps({ database: testApp.adapters.database, gateway }, testAsOf);
    expect(first).toMatchObject({ charged: 1, declined: 0 });
    expect(again).toMatchObject({ charged: 0, declined: 0 });
    expect(charges()).toBe(1);
    const [{ balance }] = await query<{ balance: number }>(
      'select sum(amount_cents)::int as balance from ledger_entries where account_id = 1',
    );
    expect(balance).toBe(3900);
    expect(await tagStatuses(1)).toEqual([{ status: 'valid' }]);
  });

  it('marks a declined card failed, keeps the tags invalid and e-mails the driver', async () => {
    const sandbox = createSandboxPaymentGateway();
    const card = await sandbox.tokenizeCard(
      { number: '4000000000000002', expMonth: 12, expYear: 2031, cvc: '123' },
      testAsOf,
    );
    await requestTopUp(2, card.token, 'declined');
    await query(
      `update contacts set email = 'driver2@example.com' where account_id = 2 and is_primary`,
    );
    const mailer = createMemoryMailer();
    const deps = { database: testApp.adapters.database, gateway: sandbox, mailer };
    expect(await runAutoTopUps(deps, testAsOf)).toMatchObject({ charged: 0, declined: 1 });
    expect(await runAutoTopUps(deps, testAsOf)).toMatchObject({ declined: 0 });
    const [payment] = await query<{ status: string; failure_reason: string }>(
      `select status, failure_reason from payments where idempotency_key = 'auto-top-up:2:declined'`,
    );
    expect(payment).toEqual({ status: 'failed', failure_reason: 'card_declined' });
    expect(await tagStatuses(2)).not.toContainEqual({ status: 'valid' });
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]).toMatchObject({ to: 'driver2@example.com' });
  });

  it('sends no low-balance e-mail to a driver who turned them off in the profile', async () => {
    const sandbox = createSandboxPaymentGateway();
    const card = await sandbox.tokenizeCard(
      { number: '4000000000000002', expMonth: 12, expYear: 2031, cvc: '123' },
      testAsOf,
    );
    // The last account with a card: the tests below take the first ones after account 2.
    const [account] = await query<{ id: number }>(
      'select max(account_id)::int as id from payment_methods',
    );
    const accountId = account!.id;
    await requestTopUp(accountId, card.token, 'declined-quiet');
    await query(
      `update contacts set email = 'quiet@example.com' where account_id = $1 and is_primary`,
      [accountId],
    );
    await query('update accounts set low_balance_emails = false where id = $1', [accountId]);
    const mailer = createMemoryMailer();
    const deps = { database: testApp.adapters.database, gateway: sandbox, mailer };
    expect(await runAutoTopUps(deps, testAsOf)).toMatchObject({ declined: 1 });
    expect(mailer.sent).toEqual([]);
  });

  it('falls back to the backup card when the default declines, charging each card once', async () => {
    const sandbox = createSandboxPaymentGateway();
    const tokenize = (number: string) =>
      sandbox.tokenizeCard({ number, expMonth: 12, expYear: 2031, cvc: '123' }, testAsOf);
    const [declining, backup] = await Promise.all([
      tokenize('4000000000000002'),
      tokenize('4242424242424242'),
    ]);
    const [account] = await query<{ id: number }>(
      `select account_id::int as id from payment_methods where account_id > 2
       group by account_id order by account_id limit 1`,
    );
    const accountId = account!.id;
    await requestTopUp(accountId, declining.token, 'fallback');
    const [method] = await query<{ id: string }>(
      `insert into payment_methods (account_id, gateway_token, brand, last4, exp_month, exp_year)
       values ($1, $2, 'visa', '4242', 12, 2031) returning id::text`,
      [accountId, backup.token],
    );
    await query(
      'insert into backup_payment_methods (account_id, payment_method_id) values ($1, $2)',
      [accountId, method!.id],
    );
    await query(`update contacts set email = 'backup@example.com' where account_id = $1`, [
      accountId,
    ]);
    const [{ before }] = await query<{ before: number }>(
      'select sum(amount_cents)::int as before from ledger_entries where account_id = $1',
      [accountId],
    );
    const { gateway, charges } = countingGateway();
    const mailer = createMemoryMailer();
    const deps = { database: testApp.adapters.database, gateway, mailer };
    expect(await runAutoTopUps(deps, testAsOf)).toMatchObject({ charged: 1, declined: 0 });
    expect(await runAutoTopUps(deps, testAsOf)).toMatchObject({ charged: 0, declined: 0 });
    expect(charges()).toBe(2);
    const [payment] = await query<{ status: string; method: string }>(
      `select status, payment_method_id::text as method from payments
       where idempotency_key = $1`,
      [`auto-top-up:${accountId}:fallback`],
    );
    expect(payment).toEqual({ status: 'succeeded', method: method!.id });
    const [{ after }] = await query<{ after: number }>(
      'select sum(amount_cents)::int as after from ledger_entries where account_id = $1',
      [accountId],
    );
    expect(after).toBe(before + 4000);
    expect(mailer.sent).toEqual([
      expect.objectContaining({
        to: 'backup@example.com',
        subject: expect.stringContaining('backup card'),
      }),
    ]);
  });

  it("reports the default card's decline when the backup card declines too", async () => {
    const sandbox = createSandboxPaymentGateway();
    const card = await sandbox.tokenizeCard(
      { number: '4000000000000002', expMonth: 12, expYear: 2031, cvc: '123' },
      testAsOf,
    );
    const [account] = await query<{ id: number }>(
      `select account_id::int as id from payment_methods where account_id > 2
         and account_id not in (select account_id from backup_payment_methods)
       group by account_id order by account_id limit 1`,
    );
    const accountId = account!.id;
    await requestTopUp(accountId, card.token, 'both-decline');
    const alsoDeclining = await sandbox.tokenizeCard(
      { number: '4000000000000002', expMonth: 11, expYear: 2032, cvc: '123' },
      testAsOf,
    );
    const [method] = await query<{ id: string }>(
      `insert into payment_methods (account_id, gateway_token, brand, last4, exp_month, exp_year)
       values ($1, $2, 'visa', '0002', 11, 2032) returning id::text`,
      [accountId, alsoDeclining.token],
    );
    await query(
      'insert into backup_payment_methods (account_id, payment_method_id) values ($1, $2)',
      [accountId, method!.id],
    );
    const deps = { database: testApp.adapters.database, gateway: sandbox };
    expect(await runAutoTopUps(deps, testAsOf)).toMatchObject({ charged: 0, declined: 1 });
    const [payment] = await query<{ status: string; failure_reason: string }>(
      'select status, failure_reason from payments where idempotency_key = $1',
      [`auto-top-up:${accountId}:both-decline`],
    );
    expect(payment).toEqual({ status: 'failed', failure_reason: 'card_declined' });
  });
});
