import type { PaymentGateway } from '../adapters/payments/payment-gateway.ts';
import { createSandboxPaymentGateway } from '../adapters/payments/sandbox-payment-gateway.ts';
import { testAppTimeoutMs } from '../platform/testing/test-app.ts';
import { createSeededTestApp, type SeededTestApp } from '../seed/testing.ts';
import { payByCard, type CardPaymentRequest } from './card-payments.ts';

let testApp: SeededTestApp;
let invoiceIds: number[];
const now = new Date('2026-11-25T12:00:00Z');
const visa = { number: '4242424242424242', expMonth: 12, expYear: 2030, cvc: '123' };

beforeAll(async () => {
  testApp = await createSeededTestApp();
  const rows = await testApp.adapters.database.query<{ id: string }>(
    `select id from invoices where status = 'open' order by id limit 6`,
  );
  invoiceIds = rows.map((row) => Number(row.id));
}, testAppTimeoutMs);
afterAll(() => testApp.close());

/** The sandbox, counting the charges that reach the processor. */
function countingGateway() {
  const inner = createSandboxPaymentGateway();
  const counted = { charges: 0 };
  const gateway: PaymentGateway = {
    ...inner,
    async charge(request) {
      counted.charges++;
      return inner.charge(request);
    },
  };
  return { gateway, counted };
}

async function invoiceStatus(id: number) {
  const [row] = await testApp.adapters.database.query<{ status: string }>(
    'select status from invoices where id = $1',
    [id],
  );
  return row?.status;
}

async function request(invoiceId: number, key: string, number = visa.number) {
  const { gateway, counted } = countingGateway();
  const token = await gateway.tokenizeCard({ ...visa, number }, now);
  const body: CardPaymentRequest = {
    idempotencyKey: key,
    cardToken: token.token,
    amountCents: 1250,
    target: { kind: 'invoice', invoiceId },
  };
  const deps = { database: testApp.adapters.database, gateway };
  return { body, deps, counted };
}

describe('payByCard', () => {
  it('charges once, marks the invoice paid and returns the same receipt for a retry', async () => {
    const { body, deps, counted } = await request(invoiceIds[0]!, 'key-retry');
    const first = await payByCard(deps, body);
    const again = await payByCard(deps, body);
    expect(first).toMatchObject({ status: 'succeeded', amountCents: 1250 });
    expect(again).toEqual(first);
    expect(counted.charges).toBe(1);
    expect(await invoiceStatus(invoiceIds[0]!)).toBe('paid');
  });

  it('charges once when the same request arrives twice at the same time', async () => {
    const { body, deps, counted } = await request(invoiceIds[1]!, 'key-double-click');
    const [a, b] = await Promise.all([payByCard(deps, body), payByCard(deps, body)]);
    expect(a).toEqual(b);
    expect(counted.charges).toBe(1);
    const rows = await testApp.adapters.database.query<{ n: number }>(
      `select count(*)::int as n from payments where idempotency_key = 'key-double-click'`,
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('refuses the same key with a different body', async () => {
    const { body, deps, counted } = await request(invoiceIds[2]!, 'key-reused');
    await payByCard(deps, body);
    await expect(payByCard(deps, { ...body, amountCents: 999 })).rejects.toMatchObject({
      statusCode: 409,
    });
    expect(counted.charges).toBe(1);
  });

  it('records a declined card as failed and leaves the invoice open', async () => {
    const { body, deps, counted } = await request(
      invoiceIds[3]!,
      'key-declined',
      '4000000000000002',
    );
    const result = await payByCard(deps, body);
    expect(result).toMatchObject({ status: 'failed', reason: 'card_declined' });
    expect(await payByCard(deps, body)).toEqual(result);
    expect(counted.charges).toBe(1);
    expect(await invoiceStatus(invoiceIds[3]!)).toBe('open');
  });

  it('tops up a prepaid balance with one ledger entry', async () => {
    const { body, deps } = await request(invoiceIds[4]!, 'key-top-up');
    const topUp = { ...body, target: { kind: 'account' as const, accountId: 1 } };
    const balance = async () =>
      (
        await testApp.adapters.database.query<{ b: number }>(
          'select sum(amount_cents)::int as b from ledger_entries where account_id = 1',
        )
      )[0]!.b;
    const before = await balance();
    await payByCard(deps, topUp);
    await payByCard(deps, topUp);
    expect(await balance()).toBe(before + 1250);
  });

  it('names a one-off card on the payment by brand and last four, paid or declined', async () => {
    const paid = await request(invoiceIds[5]!, 'key-card-named');
    const declined = await request(invoiceIds[5]!, 'key-card-declined', '4000000000009995');
    expect(await payByCard(declined.deps, declined.body)).toMatchObject({
      status: 'failed',
      card: { brand: 'visa', last4: '9995' },
    });
    const result = await payByCard(paid.deps, paid.body);
    expect(result).toMatchObject({ status: 'succeeded', card: { brand: 'visa', last4: '4242' } });
    expect(await payByCard(paid.deps, paid.body)).toEqual(result);
    const rows = await testApp.adapters.database.query<{
      key: string;
      brand: string;
      last4: string;
    }>(
      `select idempotency_key as key, card_brand as brand, card_last4 as last4 from payments
       where idempotency_key in ('key-card-named', 'key-card-declined') order by id`,
    );
    expect(rows).toEqual([
      { key: 'key-card-declined', brand: 'visa', last4: '9995' },
      { key: 'key-card-named', brand: 'visa', last4: '4242' },
    ]);
  });

  it('links a payment with a card on file to that card', async () => {
    const { database } = testApp.adapters;
    const [method] = await database.query<{ id: string; token: string; last4: string }>(
      `select id::text, gateway_token as token, last4 from payment_methods where account_id = 1
       order by is_default desc, id limit 1`,
    );
    const { gateway } = countingGateway();
    const result = await payByCard(
      { database, gateway },
      {
        idempotencyKey: 'key-card-on-file',
        cardToken: method!.token,
        amountCents: 500,
        target: { kind: 'account', accountId: 1 },
      },
    );
    expect(result).toMatchObject({ status: 'succeeded', card: { last4: method!.last4 } });
    const [row] = await database.query<{ method: string; last4: string }>(
      `select payment_method_id::text as method, card_last4 as last4 from payments
       where idempotency_key = 'key-card-on-file'`,
    );
    expect(row).toEqual({ method: method!.id, last4: method!.last4 });
  });

  it('leaves no card number anywhere in the database', async () => {
    const { database } = testApp.adapters;
    const tables = await database.query<{ name: string }>(
      `select table_name as name from information_schema.tables
       where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    for (const { name } of tables) {
      const rows = await database.query<{ text: string }>(
        `select t::text as text from "${name}" t`,
      );
      const digits = rows.map((row) => row.text.replace(/[\s-]/g, '')).join('\n');
      expect({ name, hasPan: digits.includes(visa.number) }).toEqual({ name, hasPan: false });
    }
  });
});
