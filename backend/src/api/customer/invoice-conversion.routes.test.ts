import { testAppTimeoutMs } from '../../platform/testing/test-app.ts';
import { createSeededTestApp, type SeededTestApp } from '../../seed/testing.ts';

let testApp: SeededTestApp;

beforeAll(async () => {
  testApp = await createSeededTestApp();
}, testAppTimeoutMs);
afterAll(() => testApp.close());

const query = <T>(text: string, params: unknown[] = []) =>
  testApp.adapters.database.query<T>(text, params);

let clients = 0;
const nextClient = () => `10.45.0.${++clients}`;

interface Preview {
  status: string;
  rule: { key: string; waivedLineKinds: string[] };
  waived: { description: string; amountCents: number }[];
  waivedCents: number;
  balanceChangeCents: number;
}

let taken = 0;
/** Open invoices with tolls and a plate on no account, a fresh one per call. */
async function openInvoice() {
  const [row] = await query<{ invoice_no: string; plate: string; jurisdiction: string }>(
    `select i.invoice_no, i.plate, i.jurisdiction from invoices i
     where i.status = 'open' and i.account_id is null
       and exists (select 1 from invoice_lines l where l.invoice_id = i.id and l.kind = 'trip')
       and exists (select 1 from invoice_lines l where l.invoice_id = i.id and l.kind = 'fee')
       and not exists (select 1 from vehicles v where v.plate = i.plate
                       and v.jurisdiction = i.jurisdiction and v.end_date is null)
     order by i.id offset $1 limit 1`,
    [taken++],
  );
  return row!;
}

async function cardToken() {
  const response = await testApp.app.inject({
    method: 'POST',
    url: '/api/customer/sandbox-gateway/card-tokens',
    headers: { 'x-forwarded-for': nextClient() },
    payload: { number: '4242424242424242', expMonth: 12, expYear: 2031, cvc: '123' },
  });
  return response.json<Record<string, unknown>>();
}

async function account(email: string, plate: string, jurisdiction: string) {
  return {
    contact: { firstName: 'Rosa', lastName: 'Diaz', email, phone: '(919) 555-0199' },
    password: 'toll roads 2026!',
    vehicles: [{ plate, jurisdiction, vehicleClass: 2 }],
    card: await cardToken(),
    initialTopUpCents: 4000,
    autoTopUp: { thresholdCents: 1000, amountCents: 4000 },
  };
}

const post = (url: string, payload: unknown) =>
  testApp.app.inject({
    method: 'POST',
    url,
    headers: { 'x-forwarded-for': nextClient() },
    payload: payload as Record<string, unknown>,
  });

const balanceOf = async (accountNo: string) =>
  (
    await query<{ balance: number }>(
      `select coalesce(sum(e.amount_cents), 0)::int as balance from ledger_entries e
       join accounts a on a.id = e.account_id where a.account_no = $1`,
      [accountNo],
    )
  )[0]!.balance;

describe('convert a guest invoice into a prepaid account', () => {
  it('previews the fees the rule waives, naming the rule, and writes nothing', async () => {
    const invoice = await openInvoice();
    const response = await post('/api/customer/guest/invoice-conversions/preview', {
      invoiceNo: invoice.invoice_no,
      plate: invoice.plate,
    });
    expect(response.statusCode).toBe(200);
    const preview = response.json<Preview>();
    expect(preview.rule).toEqual({
      key: 'accounts.conversionWaivedLineKinds',
      waivedLineKinds: ['fee'],
    });
    expect(preview.waived).toContainEqual({ description: 'Administrative fee', amountCents: 250 });
    const [tolls] = await query<{ sum: number }>(
      `select sum(l.amount_cents)::int as sum from invoice_lines l join invoices i on i.id = l.invoice_id
       where i.invoice_no = $1 and l.kind <> 'fee'`,
      [invoice.invoice_no],
    );
    expect(preview.balanceChangeCents).toBe(-tolls!.sum);
  });

  it('opens the account, moves the tolls onto its balance without the fees, voids the invoice, once', async () => {
    const invoice = await openInvoice();
    const preview = (
      await post('/api/customer/guest/invoice-conversions/preview', {
        invoiceNo: invoice.invoice_no,
        plate: invoice.plate,
      })
    ).json<Preview>();
    const body = {
      invoice: { invoiceNo: invoice.invoice_no, plate: invoice.plate.toLowerCase() },
      account: await account('rosa.diaz@example.com', invoice.plate, invoice.jurisdiction),
      language: 'es',
    };
    const response = await post('/api/customer/guest/invoice-conversions', body);
    expect(response.statusCode).toBe(201);
    const result = response.json<{ accountNo: string; conversion: Preview }>();
    expect(result.conversion.waivedCents).toBe(preview.waivedCents);
    expect(await balanceOf(result.accountNo)).toBe(4000 + preview.balanceChangeCents);
    const [stored] = await query<{ status: string; account_no: string }>(
      `select i.status, a.account_no from invoices i join accounts a on a.id = i.account_id
       where i.invoice_no = $1`,
      [invoice.invoice_no],
    );
    expect(stored).toEqual({ status: 'void', account_no: result.accountNo });
    const [language] = await query<{ preferred_language: string }>(
      'select preferred_language from accounts where account_no = $1',
      [result.accountNo],
    );
    expect(language!.preferred_language).toBe('es');
    const [audit] = await query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'invoice.converted_to_account'
       and after->>'accountNo' = $1 and after->>'rule' = 'accounts.conversionWaivedLineKinds'`,
      [result.accountNo],
    );
    expect(audit!.n).toBe(1);

    const again = await post('/api/customer/guest/invoice-conversions/preview', {
      invoiceNo: invoice.invoice_no,
      plate: invoice.plate,
    });
    expect(again.statusCode).toBe(409);
  });

  it('credits the fees a paid invoice paid', async () => {
    const invoice = await openInvoice();
    const token = (await cardToken())['token'];
    const [due] = await query<{ sum: number }>(
      `select sum(l.amount_cents)::int as sum from invoice_lines l join invoices i on i.id = l.invoice_id
       where i.invoice_no = $1`,
      [invoice.invoice_no],
    );
    const paid = await testApp.app.inject({
      method: 'POST',
      url: '/api/customer/guest/payments',
      headers: { 'x-forwarded-for': nextClient(), 'idempotency-key': 'conversion-paid-1' },
      payload: {
        invoiceNo: invoice.invoice_no,
        plate: invoice.plate,
        cardToken: token,
        amountCents: due!.sum,
      },
    });
    expect(paid.json()).toMatchObject({ status: 'succeeded' });
    const response = await post('/api/customer/guest/invoice-conversions', {
      invoice: { invoiceNo: invoice.invoice_no, plate: invoice.plate },
      account: await account('paid.driver@example.com', invoice.plate, invoice.jurisdiction),
    });
    expect(response.statusCode).toBe(201);
    const result = response.json<{ accountNo: string; conversion: Preview }>();
    expect(result.conversion.status).toBe('paid');
    expect(result.conversion.balanceChangeCents).toBe(result.conversion.waivedCents);
    expect(result.conversion.waivedCents).toBeGreaterThan(0);
    expect(await balanceOf(result.accountNo)).toBe(4000 + result.conversion.waivedCents);
  });

  it('needs the invoice’s plate among the vehicles, and the right plate as proof', async () => {
    const invoice = await openInvoice();
    const wrongVehicle = await post('/api/customer/guest/invoice-conversions', {
      invoice: { invoiceNo: invoice.invoice_no, plate: invoice.plate },
      account: await account('other.car@example.com', 'ZZZ999', 'NC'),
    });
    expect(wrongVehicle.statusCode).toBe(400);
    const [created] = await query<{ n: number }>(
      `select count(*)::int as n from users where username = 'other.car@example.com'`,
    );
    expect(created!.n).toBe(0);
    const wrongPlate = await post('/api/customer/guest/invoice-conversions/preview', {
      invoiceNo: invoice.invoice_no,
      plate: 'NOTMINE1',
    });
    expect(wrongPlate.statusCode).toBe(404);
  });
});
