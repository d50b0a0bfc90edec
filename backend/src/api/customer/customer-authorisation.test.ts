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
  'GET /api/customer/statements': async () => {
    const months = async (token: string) =>
      (
        await testApp.app.inject({
          method: 'GET',
          url: '/api/customer/statements?accountId=2',
          headers: as(token),
        })
      ).json<{ months: string[] }>().months;
    const own = await testApp.adapters.database.query<{ month: string }>(
      `select distinct to_char(created_at at time zone 'UTC', 'YYYY-MM') as month
       from ledger_entries where account_id = 1
       union select distinct to_char(occurred_at at time zone 'UTC', 'YYYY-MM')
       from trips where account_id = 1`,
    );
    expect((await months(customer1)).sort()).toEqual(own.map((row) => row.month).sort());
  },
  'GET /api/customer/statements/{month}.csv': async () => {
    const [second] = await testApp.adapters.database.query<{ account_no: string }>(
      'select account_no from accounts where id = 2',
    );
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/customer/statements/2026-11.csv?accountId=2',
      headers: as(customer1),
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain(second!.account_no);
    const opening = await testApp.adapters.database.query<{ total: number }>(
      `select coalesce(sum(amount_cents), 0)::int as total from ledger_entries
       where account_id = 1 and created_at < '2026-11-01T00:00:00Z'`,
    );
    expect(response.body).toContain(`Opening balance,,,,,,,${opening[0]!.total}`);
  },
  'GET /api/customer/statements/{month}.pdf': async () => {
    const accountNos = await testApp.adapters.database.query<{ account_no: string }>(
      'select account_no from accounts where id in (1, 2) order by id',
    );
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/customer/statements/2026-11.pdf?accountId=2',
      headers: as(customer1),
    });
    expect(response.statusCode).toBe(200);
    // The page content is compressed; the document's subject names the account it is for.
    const pdf = response.rawPayload.toString('latin1');
    expect(pdf).toContain(`Account ${accountNos[0]!.account_no}`);
    expect(pdf).not.toContain(accountNos[1]!.account_no);
  },
  'POST /api/customer/guest/toll-lookup': async () => {
    // Only toll-by-plate tolls of the plate asked for: never a prepaid account's posted trips,
    // never an owner, account or invoice.
    const [second] = await testApp.adapters.database.query<{ account_no: string }>(
      'select account_no from accounts where id = 2',
    );
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/customer/guest/toll-lookup?accountId=2',
      headers: { ...as(customer1), 'x-forwarded-for': '10.9.0.6' },
      payload: { plate: ownPlate, jurisdiction: 'NC', from: '2026-09-01', to: '2026-11-25' },
    });
    expect(response.statusCode).toBe(200);
    const found = response.json<{ tolls: { status: string }[] }>();
    expect(found.tolls.every((toll) => ['unbilled', 'invoiced'].includes(toll.status))).toBe(true);
    expect(response.body).not.toContain(second!.account_no);
  },
  'POST /api/customer/guest/toll-payments': async () => {
    // Another plate's toll cannot be paid (or billed) under one's own plate.
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/customer/guest/toll-payments',
      headers: {
        ...as(customer1),
        'x-forwarded-for': '10.9.0.7',
        'idempotency-key': 'authz-probe-3',
      },
      payload: {
        plate: ownPlate,
        jurisdiction: 'NC',
        tripIds: [foreign.tripId],
        cardToken: 'tok_sbx_ok_visa_4242_0000000000000000',
        amountCents: 100,
      },
    });
    expect(response.statusCode).toBe(404);
    const rows = await testApp.adapters.database.query<{ n: number }>(
      `select count(*)::int as n from payments where idempotency_key like '%authz-probe-3'`,
    );
    expect(rows[0]?.n).toBe(0);
  },
  'GET /api/customer/guest/tolls/{tripId}/photo': async () => {
    // The signed link of an invoice's photo does not open a toll found by plate, nor another trip.
    const lookup = await testApp.app.inject({
      method: 'POST',
      url: '/api/customer/guest/invoice-lookup',
      headers: { 'x-forwarded-for': '10.9.0.8' },
      payload: own,
    });
    const url = lookup
      .json<{ lines: { trip: { photoUrl: string | null } | null }[] }>()
      .lines.map((line) => line.trip?.photoUrl)
      .find((link) => link);
    const access = new URL(url!, 'http://x').searchParams.get('access') ?? '';
    const response = await testApp.app.inject({
      method: 'GET',
      url: `/api/customer/guest/tolls/${foreign.tripId}/photo?access=${encodeURIComponent(access)}`,
    });
    expect(response.statusCode).toBe(404);
  },
  'POST /api/customer/guest/invoice-conversions/preview': async () => {
    // Another plate's invoice cannot be previewed under one's own plate.
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/customer/guest/invoice-conversions/preview',
      headers: { ...as(customer1), 'x-forwarded-for': '10.9.0.9' },
      payload: { invoiceNo: foreign.invoiceNo, plate: ownPlate },
    });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain(foreign.plate);
  },
  'POST /api/customer/guest/invoice-conversions': async () => {
    // Another plate's invoice cannot be moved onto a new account: nothing is created or changed.
    const before = await testApp.adapters.database.query<Record<string, unknown>>(
      'select status, account_id from invoices where invoice_no = $1',
      [foreign.invoiceNo],
    );
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/customer/guest/invoice-conversions',
      headers: { ...as(customer1), 'x-forwarded-for': '10.9.0.10' },
      payload: {
        invoice: { invoiceNo: foreign.invoiceNo, plate: ownPlate },
        account: {
          contact: {
            firstName: 'A',
            lastName: 'B',
            email: 'probe@example.com',
            phone: '9195550100',
          },
          password: 'toll roads 2026!',
          vehicles: [{ plate: ownPlate, jurisdiction: 'NC', vehicleClass: 2 }],
          card: {
            token: 'tok_sbx_ok_visa_4242_probe',
            brand: 'visa',
            last4: '4242',
            expMonth: 12,
            expYear: 2031,
          },
          initialTopUpCents: 4000,
          autoTopUp: { thresholdCents: 1000, amountCents: 4000 },
        },
      },
    });
    expect(response.statusCode).toBe(404);
    const after = await testApp.adapters.database.query<Record<string, unknown>>(
      'select status, account_id from invoices where invoice_no = $1',
      [foreign.invoiceNo],
    );
    expect(after).toEqual(before);
    const users = await testApp.adapters.database.query<{ n: number }>(
      `select count(*)::int as n from users where username = 'probe@example.com'`,
    );
    expect(users[0]?.n).toBe(0);
  },
  'GET /api/customer/preferences': async () => {
    await testApp.adapters.database.query(
      `update accounts set preferred_language = case id when 2 then 'es' else 'en' end where id in (1, 2)`,
    );
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/customer/preferences?accountId=2',
      headers: as(customer1),
    });
    expect(response.json()).toEqual({ language: 'en' });
  },
  'PUT /api/customer/preferences': async () => {
    await testApp.adapters.database.query(
      `update accounts set preferred_language = 'en' where id in (1, 2)`,
    );
    await testApp.app.inject({
      method: 'PUT',
      url: '/api/customer/preferences?accountId=2',
      headers: as(customer1),
      payload: { language: 'es', accountId: 2 },
    });
    const rows = await testApp.adapters.database.query<{ preferred_language: string }>(
      'select preferred_language from accounts where id in (1, 2) order by id',
    );
    // The body refuses an accountId (400) or, at most, the caller's own account changes.
    expect(rows[1]!.preferred_language).toBe('en');
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
  'POST /api/customer/sign-up': async () => {
    // Public and takes no ids: a signed-in customer cannot use it to reach into account 2.
    const [held] = await testApp.adapters.database.query<{ email: string }>(
      `select c.email from contacts c join users u on u.account_id = c.account_id
       where u.username = 'customer2' and c.is_primary`,
    );
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/customer/sign-up?accountId=2',
      headers: { ...as(customer1), 'x-forwarded-for': '10.9.0.5' },
      payload: { accountId: 2, contact: { email: held?.email } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).not.toContain(held?.email ?? '@');
  },
  'POST /api/customer/vehicles': async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/customer/vehicles?accountId=2',
      headers: as(customer1),
      payload: { plate: 'AUTHZ01', jurisdiction: 'NC', vehicleClass: 2 },
    });
    expect(response.statusCode).toBe(201);
    const rows = await testApp.adapters.database.query<{ account_id: string }>(
      `select account_id::text from vehicles where plate = 'AUTHZ01'`,
    );
    expect(rows).toEqual([{ account_id: '1' }]);
  },
  'POST /api/customer/vehicles/{vehicleId}/end': async () => {
    const [other] = await testApp.adapters.database.query<{ id: string }>(
      'select id::text from vehicles where account_id = 2 and end_date is null limit 1',
    );
    const response = await testApp.app.inject({
      method: 'POST',
      url: `/api/customer/vehicles/${other!.id}/end`,
      headers: as(customer1),
      payload: {},
    });
    expect(response.statusCode).toBe(404);
    const [after] = await testApp.adapters.database.query<{ end_date: string | null }>(
      'select end_date::text from vehicles where id = $1',
      [other!.id],
    );
    expect(after?.end_date).toBeNull();
  },
  'POST /api/customer/tag-requests': async () => {
    const [other] = await testApp.adapters.database.query<{ id: string }>(
      'select id::text from vehicles where account_id = 2 limit 1',
    );
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/customer/tag-requests',
      headers: as(customer1),
      payload: { vehicleId: Number(other!.id) },
    });
    expect(response.statusCode).toBe(404);
    const rows = await testApp.adapters.database.query(
      'select 1 from tag_requests where account_id = 2',
    );
    expect(rows).toHaveLength(0);
  },
  'POST /api/customer/tags/{tagId}/report': async () => {
    const [other] = await testApp.adapters.database.query<{ id: string; status: string }>(
      'select id::text, status from tags where account_id = 2 limit 1',
    );
    const response = await testApp.app.inject({
      method: 'POST',
      url: `/api/customer/tags/${other!.id}/report`,
      headers: as(customer1),
      payload: { status: 'stolen' },
    });
    expect(response.statusCode).toBe(404);
    const [after] = await testApp.adapters.database.query<{ status: string }>(
      'select status from tags where id = $1',
      [other!.id],
    );
    expect(after?.status).toBe(other!.status);
  },
  'POST /api/customer/cases': async () => {
    const [trip] = await testApp.adapters.database.query<{ id: string }>(
      'select id::text from trips where account_id = 2 limit 1',
    );
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/customer/cases',
      headers: as(customer1),
      payload: { tripId: Number(trip!.id), reason: 'Not my trip, I was at home all day.' },
    });
    expect(response.statusCode).toBe(404);
    const rows = await testApp.adapters.database.query(
      'select 1 from cases where $1::bigint = any(trip_ids)',
      [trip!.id],
    );
    expect(rows).toHaveLength(0);
  },
  'GET /api/customer/cases': async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/customer/cases?accountId=2',
      headers: as(customer1),
    });
    const theirs = await testApp.adapters.database.query<{ id: string }>(
      'select id::text from cases where account_id = 2',
    );
    const listed = response.json<{ id: string }[]>().map((item) => item.id);
    expect(listed.filter((id) => theirs.some((row) => row.id === id))).toEqual([]);
  },
  'GET /api/customer/cases/{caseId}': async () => {
    const [theirs] = await testApp.adapters.database.query<{ id: string }>(
      `insert into cases (account_id, kind, subject, sla_due_at)
       values (2, 'dispute', 'Dispute: probe', now()) returning id::text`,
    );
    const response = await testApp.app.inject({
      method: 'GET',
      url: `/api/customer/cases/${theirs!.id}`,
      headers: as(customer1),
    });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('Dispute: probe');
  },
  'GET /api/customer/trips/{tripId}/photo': async () => {
    // Another account's trip, even one whose photo is in the store, is a 404 for customer1.
    const [theirs] = await testApp.adapters.database.query<{ id: string }>(
      'select id::text from trips where account_id = 2 order by id limit 1',
    );
    const key = 'evidence/test/authz-probe.svg';
    await testApp.adapters.database.query('update trips set image_keys = $2 where id = $1', [
      theirs!.id,
      [key],
    ]);
    await testApp.adapters.objectStore.put(key, '<svg/>', { contentType: 'image/svg+xml' });
    const response = await testApp.app.inject({
      method: 'GET',
      url: `/api/customer/trips/${theirs!.id}/photo?accountId=2`,
      headers: as(customer1),
    });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('<svg');
  },
  'GET /api/customer/profile': async () => {
    const phones = await testApp.adapters.database.query<{ phone: string | null }>(
      'select phone from contacts where account_id in (1, 2) and is_primary order by account_id',
    );
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/customer/profile?accountId=2',
      headers: as(customer1),
    });
    expect(response.json()).toMatchObject({ phone: phones[0]!.phone });
    if (phones[1]?.phone) expect(response.body).not.toContain(phones[1].phone);
  },
  'PUT /api/customer/profile': async () => {
    const setting = () =>
      testApp.adapters.database.query<Record<string, unknown>>(
        `select a.mailing_preference, a.receipt_emails, a.low_balance_emails, c.phone
         from accounts a left join contacts c on c.account_id = a.id and c.is_primary
         where a.id = 2`,
      );
    const before = await setting();
    await testApp.app.inject({
      method: 'PUT',
      url: '/api/customer/profile?accountId=2',
      headers: as(customer1),
      payload: {
        phone: '9195550199',
        mailingPreference: 'paper',
        notifications: { receiptEmails: false, lowBalanceEmails: false },
        accountId: 2,
      },
    });
    expect(await setting()).toEqual(before);
  },
  'PUT /api/customer/backup-card': async () => {
    const token = await testApp.app.inject({
      method: 'POST',
      url: '/api/customer/sandbox-gateway/card-tokens',
      headers: { 'x-forwarded-for': '10.9.0.6' },
      payload: { number: '4242424242424242', expMonth: 10, expYear: 2032, cvc: '123' },
    });
    const response = await testApp.app.inject({
      method: 'PUT',
      url: '/api/customer/backup-card?accountId=2',
      headers: as(customer1),
      payload: token.json<Record<string, unknown>>(),
    });
    expect(response.statusCode).toBe(200);
    const rows = await testApp.adapters.database.query(
      'select 1 from backup_payment_methods where account_id = 2',
    );
    expect(rows).toHaveLength(0);
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
