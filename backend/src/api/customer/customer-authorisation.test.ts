import { testAppTimeoutMs } from '../../platform/testing/test-app.ts';
import { createSeededTestApp, type SeededTestApp } from '../../seed/testing.ts';

/**
 * Object-level authorisation: customer1, signed in, aims every customer route at customer2's
 * data (or at another plate's invoice) and gets 403/404 or only their own data, never theirs.
 * A new customer route without a probe here fails the last test.
 */
let testApp: SeededTestApp;
let customer1: string;
let ownPlate: string;
let foreign: { invoiceNo: string; plate: string; tripId: string };
let own: { invoiceNo: string; plate: string };

beforeAll(async () => {
  testApp = await createSeededTestApp();
  customer1 = await testApp.tokenFor('customer1');
  const query = testApp.adapters.database.query.bind(testApp.adapters.database);
  const [vehicle] = await query<{ plate: string }>(
    'select plate from vehicles where account_id = 1 order by id limit 1',
  );
  ownPlate = vehicle!.plate;
  const [other] = await query<{ invoice_no: string; plate: string; trip_id: string }>(
    `select i.invoice_no, i.plate, l.trip_id::text from invoices i
     join invoice_lines l on l.invoice_id = i.id and l.trip_id is not null
     where i.status = 'open' and i.plate <> $1 order by i.id limit 1`,
    [ownPlate],
  );
  foreign = { invoiceNo: other!.invoice_no, plate: other!.plate, tripId: other!.trip_id };
  const [mine] = await query<{ invoice_no: string; plate: string }>(
    `select invoice_no, plate from invoices where status = 'open' and invoice_no <> $1
     order by id desc limit 1`,
    [foreign.invoiceNo],
  );
  own = { invoiceNo: mine!.invoice_no, plate: mine!.plate };
}, testAppTimeoutMs);
afterAll(() => testApp.close());

const as = (token: string) => ({ authorization: `Bearer ${token}` });

type Probe = () => Promise<void>;

const probes: Record<string, Probe> = {
  'GET /api/customer/account': async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/customer/account?accountId=2&id=2',
      headers: as(customer1),
    });
    expect(response.json()).toMatchObject({ id: '1' });
    const [second] = await testApp.adapters.database.query<{ account_no: string }>(
      'select account_no from accounts where id = 2',
    );
    expect(response.body).not.toContain(second!.account_no);
  },
  'POST /api/customer/guest/invoice-lookup': async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/customer/guest/invoice-lookup',
      headers: { ...as(customer1), 'x-forwarded-for': '10.9.0.1' },
      payload: { invoiceNo: foreign.invoiceNo, plate: ownPlate },
    });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain(foreign.plate);
  },
  'POST /api/customer/guest/payments': async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/customer/guest/payments',
      headers: {
        ...as(customer1),
        'x-forwarded-for': '10.9.0.2',
        'idempotency-key': 'authz-probe-1',
      },
      payload: {
        invoiceNo: foreign.invoiceNo,
        plate: ownPlate,
        cardToken: 'tok_sbx_ok_visa_4242_0000000000000000',
        amountCents: 100,
      },
    });
    expect(response.statusCode).toBe(404);
    const rows = await testApp.adapters.database.query<{ n: number }>(
      `select count(*)::int as n from payments where idempotency_key like '%authz-probe-1'`,
    );
    expect(rows[0]?.n).toBe(0);
  },
  'GET /api/customer/guest/invoices/{invoiceNo}/trips/{tripId}/photo': async () => {
    // A signed link for the invoice customer1 may see does not open another invoice's photo.
    const lookup = await testApp.app.inject({
      method: 'POST',
      url: '/api/customer/guest/invoice-lookup',
      headers: { 'x-forwarded-for': '10.9.0.3' },
      payload: own,
    });
    const url = lookup
      .json<{ lines: { trip: { photoUrl: string | null } | null }[] }>()
      .lines.map((line) => line.trip?.photoUrl)
      .find((link) => link);
    expect(url).toBeDefined();
    const access = new URL(url!, 'http://x').searchParams.get('access') ?? '';
    const stolen = `/api/customer/guest/invoices/${foreign.invoiceNo}/trips/${foreign.tripId}/photo?access=${encodeURIComponent(access)}`;
    const response = await testApp.app.inject({ method: 'GET', url: stolen });
    expect(response.statusCode).toBe(404);
  },
  'POST /api/customer/top-ups': async () => {
    const balance = async () =>
      (
        await testApp.adapters.database.query<{ b: number }>(
          'select coalesce(sum(amount_cents), 0)::int as b from ledger_entries where account_id = 2',
        )
      )[0]!.b;
    const before = await balance();
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/customer/top-ups?accountId=2',
      headers: { ...as(customer1), 'idempotency-key': 'authz-probe-2' },
      payload: { amountCents: 1000, accountId: 2 },
    });
    expect(response.statusCode).toBeLessThan(500);
    expect(await balance()).toBe(before);
  },
  'PUT /api/customer/auto-top-up': async () => {
    const setting = () =>
      testApp.adapters.database.query<Record<string, unknown>>(
        'select auto_top_up_threshold_cents, auto_top_up_amount_cents from accounts where id = 2',
      );
    const before = await setting();
    await testApp.app.inject({
      method: 'PUT',
      url: '/api/customer/auto-top-up?accountId=2',
      headers: as(customer1),
      payload: { autoTopUp: { thresholdCents: 100, amountCents: 900 }, accountId: 2 },
    });
    expect(await setting()).toEqual(before);
  },
  'POST /api/customer/sandbox-gateway/card-tokens': async () => {
    // Takes no ids and returns only the token of the card sent: nothing of anyone else's.
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/customer/sandbox-gateway/card-tokens',
      headers: { 'x-forwarded-for': '10.9.0.4' },
      payload: { number: '4242424242424242', expMonth: 12, expYear: 2031, cvc: '123' },
    });
    expect(Object.keys(response.json()).sort()).toEqual([
      'brand',
      'expMonth',
      'expYear',
      'last4',
      'token',
    ]);
  },
};

describe("customer routes never show one customer another's data", () => {
  for (const [route, probe] of Object.entries(probes)) {
    it(route, probe);
  }

  it('has a probe for every customer route', async () => {
    const document = testApp.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/api/customer/'))
      .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    expect(routes.sort()).toEqual(Object.keys(probes).sort());
  });
});
