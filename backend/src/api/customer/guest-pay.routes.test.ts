import { createMemoryMailer } from '../../adapters/email/mailer.ts';
import { testAppTimeoutMs } from '../../platform/testing/test-app.ts';
import { createSeededTestApp, type SeededTestApp } from '../../seed/testing.ts';
import { usePaymentServices } from './payment-services.ts';

let testApp: SeededTestApp;
const mailer = createMemoryMailer();
const visa = { number: '4242 4242 4242 4242', expMonth: 12, expYear: 2031, cvc: '123' };

interface Invoice {
  invoiceNo: string;
  plate: string;
  status: string;
  totalCents: number;
  amountDueCents: number;
  lines: {
    kind: string;
    amountCents: number;
    ruleRef: string | null;
    trip: { id: string; plazaName: string; photoUrl: string | null } | null;
  }[];
  nextFee: { payBy: string; feeCents: number } | null;
}

beforeAll(async () => {
  testApp = await createSeededTestApp();
  usePaymentServices(testApp.config, { mailer });
}, testAppTimeoutMs);
afterAll(() => testApp.close());

let client = 0;
/** Each test its own client address, so the per-client rate limit of one does not hit another. */
const nextClient = () => `10.0.${Math.floor(++client / 250)}.${client % 250}`;

async function openInvoices(count: number) {
  return testApp.adapters.database.query<{ invoice_no: string; plate: string }>(
    `select invoice_no, plate from invoices i where status = 'open'
       and exists (select 1 from invoice_lines l where l.invoice_id = i.id and l.kind = 'trip')
     order by id limit $1`,
    [count],
  );
}

function lookup(invoiceNo: string, plate: string, ip = nextClient()) {
  return testApp.app.inject({
    method: 'POST',
    url: '/api/customer/guest/invoice-lookup',
    headers: { 'x-forwarded-for': ip },
    payload: { invoiceNo, plate },
  });
}

async function tokenize(number = visa.number) {
  const response = await testApp.app.inject({
    method: 'POST',
    url: '/api/customer/sandbox-gateway/card-tokens',
    headers: { 'x-forwarded-for': nextClient() },
    payload: { ...visa, number },
  });
  return response.json<{ token: string; last4: string }>();
}

function pay(key: string, body: Record<string, unknown>) {
  return testApp.app.inject({
    method: 'POST',
    url: '/api/customer/guest/payments',
    headers: { 'idempotency-key': key, 'x-forwarded-for': nextClient() },
    payload: body,
  });
}

describe('guest invoice look-up', () => {
  it('finds the invoice by number and a loosely typed plate, lines summing to the amount due', async () => {
    const [row] = await openInvoices(1);
    const plate = row!.plate;
    const messyPlate = ` ${plate.slice(0, 3)}-${plate.slice(3)} `.toLowerCase();
    const response = await lookup(row!.invoice_no.toLowerCase(), messyPlate);
    expect(response.statusCode).toBe(200);
    const invoice = response.json<Invoice>();
    expect(invoice.invoiceNo).toBe(row!.invoice_no);
    const sum = invoice.lines.reduce((total, line) => total + line.amountCents, 0);
    expect(invoice.totalCents).toBe(sum);
    expect(invoice.amountDueCents).toBe(sum);
    expect(invoice.lines.some((line) => line.trip?.plazaName)).toBe(true);
    for (const fee of invoice.lines.filter((line) => line.kind !== 'trip')) {
      expect(fee.ruleRef).toEqual(expect.any(String));
    }
  });

  it('finds the fixed demo invoice a guest can try without looking anything up', async () => {
    const response = await lookup('INVDEMO0001', 'demo 101');
    expect(response.statusCode).toBe(200);
    const invoice = response.json<Invoice>();
    expect(invoice.lines.map((line) => line.kind)).toEqual(['trip', 'trip', 'fee']);
    expect(invoice.nextFee).toMatchObject({ feeCents: 600 });
  });

  it('answers a wrong plate exactly as an unknown invoice number', async () => {
    const [row] = await openInvoices(1);
    const wrongPlate = await lookup(row!.invoice_no, 'ZZZ9999');
    const unknown = await lookup('INV99999999', row!.plate);
    expect(wrongPlate.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    const strip = (body: { requestId?: string }) => ({ ...body, requestId: undefined });
    expect(strip(wrongPlate.json())).toEqual(strip(unknown.json()));
  });

  it('rate-limits look-ups per client', async () => {
    const ip = nextClient();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await lookup('INV00000001', 'X1', ip)).statusCode);
    expect(statuses.slice(0, 10).every((status) => status === 404)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});

describe('guest payment', () => {
  it('charges once for a double-click, marks the invoice paid and e-mails one receipt', async () => {
    const [, row] = await openInvoices(2);
    const invoice = (await lookup(row!.invoice_no, row!.plate)).json<Invoice>();
    const { token } = await tokenize();
    const body = {
      invoiceNo: row!.invoice_no,
      plate: row!.plate,
      cardToken: token,
      amountCents: invoice.amountDueCents,
      email: 'driver@example.com',
    };
    const [first, second] = await Promise.all([pay('guest-key-1', body), pay('guest-key-1', body)]);
    expect(first.statusCode).toBe(200);
    expect(second.json()).toEqual(first.json());
    expect(first.json()).toMatchObject({
      status: 'succeeded',
      amountCents: invoice.amountDueCents,
    });
    const after = (await lookup(row!.invoice_no, row!.plate)).json<Invoice>();
    expect(after).toMatchObject({ status: 'paid', amountDueCents: 0 });
    expect(mailer.sent.filter((mail) => mail.text.includes(row!.invoice_no))).toHaveLength(1);
    const payments = await testApp.adapters.database.query<{ n: number }>(
      `select count(*)::int as n from payments where idempotency_key = 'guest-guest-key-1'`,
    );
    expect(payments[0]?.n).toBe(1);
    // Paying again with a new key is refused: the invoice is paid.
    expect((await pay('guest-key-2', body)).statusCode).toBe(409);
  });

  it('refuses a reused key with a different body and an amount that is not the amount due', async () => {
    const [, , row] = await openInvoices(3);
    const { token } = await tokenize('4000000000000002');
    const invoice = (await lookup(row!.invoice_no, row!.plate)).json<Invoice>();
    const body = {
      invoiceNo: row!.invoice_no,
      plate: row!.plate,
      cardToken: token,
      amountCents: invoice.amountDueCents,
    };
    const declined = await pay('guest-key-3', body);
    expect(declined.json()).toMatchObject({ status: 'failed', declineReason: 'card_declined' });
    expect((await pay('guest-key-3', { ...body, cardToken: `${token}x` })).statusCode).toBe(409);
    expect((await pay('guest-key-4', { ...body, amountCents: 1 })).statusCode).toBe(409);
  });

  it('leaves no card number in the database after tokenizing and paying', async () => {
    const { database } = testApp.adapters;
    const tables = await database.query<{ name: string }>(
      `select table_name as name from information_schema.tables
       where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    const pans = ['4242424242424242', '4000000000000002'];
    for (const { name } of tables) {
      const rows = await database.query<{ text: string }>(
        `select t::text as text from "${name}" t`,
      );
      const text = rows.map((r) => r.text.replace(/[\s-]/g, '')).join('\n');
      expect({ name, found: pans.filter((pan) => text.includes(pan)) }).toEqual({
        name,
        found: [],
      });
    }
  });
});

describe('guest evidence photo', () => {
  it('serves the photo through a signed link of the invoice being viewed, and nothing else', async () => {
    const [, , , row] = await openInvoices(4);
    const invoice = (await lookup(row!.invoice_no, row!.plate)).json<Invoice>();
    const line = invoice.lines.find((l) => l.trip?.photoUrl);
    expect(line).toBeDefined();
    const url = line!.trip!.photoUrl!;
    const [{ key }] = await testApp.adapters.database.query<{ key: string }>(
      'select image_keys[1] as key from trips where id = $1',
      [line!.trip!.id],
    );
    await testApp.adapters.objectStore.put(key, '<svg/>', { contentType: 'image/svg+xml' });
    const photo = await testApp.app.inject({ method: 'GET', url });
    expect(photo.statusCode).toBe(200);
    expect(photo.body).toBe('<svg/>');
    const tampered = url.replace(/access=\d+/, 'access=9999999999');
    expect((await testApp.app.inject({ method: 'GET', url: tampered })).statusCode).toBe(404);
    const otherTrip = url.replace(`/trips/${line!.trip!.id}/`, '/trips/1/');
    expect((await testApp.app.inject({ method: 'GET', url: otherTrip })).statusCode).toBe(404);
  });
});
