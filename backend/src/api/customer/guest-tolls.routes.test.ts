import { createMemoryMailer } from '../../adapters/email/mailer.ts';
import { testAppTimeoutMs } from '../../platform/testing/test-app.ts';
import { createSeededTestApp, type SeededTestApp } from '../../seed/testing.ts';
import { usePaymentServices } from './payment-services.ts';

let testApp: SeededTestApp;
const mailer = createMemoryMailer();
const visa = { number: '4242 4242 4242 4242', expMonth: 12, expYear: 2031, cvc: '123' };

interface Tolls {
  plate: string;
  jurisdiction: string;
  tolls: {
    id: string;
    plazaName: string;
    plazaCode: string;
    timeZone: string;
    occurredAt: string;
    amountCents: number;
    rate: { rate: string } | null;
    status: 'unbilled' | 'invoiced';
    photoUrl: string | null;
  }[];
  unbilledCents: number;
  adminFee: { amountCents: number; ruleRef: string };
}

beforeAll(async () => {
  testApp = await createSeededTestApp();
  usePaymentServices(testApp.config, { mailer });
}, testAppTimeoutMs);
afterAll(() => testApp.close());

let client = 0;
const nextClient = () => `10.7.${Math.floor(++client / 250)}.${client % 250}`;
const query = <T>(sql: string, params: unknown[] = []) =>
  testApp.adapters.database.query<T>(sql, params);

/** Plates with unbilled tolls, most tolls first, and the local days they span. */
let platesTaken = 0;
async function plateWithUnbilled() {
  const rows = await query<{ plate: string; jurisdiction: string; first: string; last: string }>(
    `select t.plate, t.jurisdiction,
            min((t.occurred_at at time zone p.time_zone)::date)::text as first,
            max((t.occurred_at at time zone p.time_zone)::date)::text as last
     from trips t join plazas p on p.id = t.plaza_id
     where t.status = 'unbilled' and t.amount_cents > 0 and t.plate is not null
     group by t.plate, t.jurisdiction order by count(*) desc, t.plate offset $1 limit 1`,
    [platesTaken++],
  );
  return rows[0]!;
}

function lookup(body: Record<string, unknown>, ip = nextClient()) {
  return testApp.app.inject({
    method: 'POST',
    url: '/api/customer/guest/toll-lookup',
    headers: { 'x-forwarded-for': ip },
    payload: body,
  });
}

async function tokenize(number = visa.number) {
  const response = await testApp.app.inject({
    method: 'POST',
    url: '/api/customer/sandbox-gateway/card-tokens',
    headers: { 'x-forwarded-for': nextClient() },
    payload: { ...visa, number },
  });
  return response.json<{ token: string }>().token;
}

function pay(key: string, body: Record<string, unknown>) {
  return testApp.app.inject({
    method: 'POST',
    url: '/api/customer/guest/toll-payments',
    headers: { 'idempotency-key': key, 'x-forwarded-for': nextClient() },
    payload: body,
  });
}

async function unbilledOf(plate: {
  plate: string;
  jurisdiction: string;
  first: string;
  last: string;
}) {
  const response = await lookup({
    plate: plate.plate.toLowerCase(),
    jurisdiction: plate.jurisdiction.toLowerCase(),
    from: plate.first,
    to: plate.last,
  });
  expect(response.statusCode).toBe(200);
  const found = response.json<Tolls>();
  const unbilled = found.tolls.filter((toll) => toll.status === 'unbilled');
  return { found, unbilled, total: found.unbilledCents + found.adminFee.amountCents };
}

describe('guest toll look-up by plate and dates', () => {
  it('lists the plate’s unbilled tolls in range with plaza, time, rate and photo, and nothing about the owner', async () => {
    const plate = await plateWithUnbilled();
    const { found, unbilled } = await unbilledOf(plate);
    const [expected] = await query<{ n: number; sum: number }>(
      `select count(*)::int as n, coalesce(sum(amount_cents), 0)::int as sum from trips
       where plate = $1 and jurisdiction = $2 and status = 'unbilled' and amount_cents > 0`,
      [plate.plate, plate.jurisdiction],
    );
    expect(unbilled).toHaveLength(expected!.n);
    expect(found.unbilledCents).toBe(expected!.sum);
    expect(found.adminFee).toEqual({ amountCents: 250, ruleRef: 'fees.tollByPlateAdminFeeCents' });
    const toll = unbilled[0]!;
    expect(toll.plazaName).not.toBe('');
    expect(toll.timeZone).toMatch(/\//);
    expect(toll.rate?.rate).toBe('plate');
    expect(Object.keys(found).sort()).toEqual(
      ['adminFee', 'from', 'jurisdiction', 'plate', 'to', 'tolls', 'unbilledCents'].sort(),
    );
    expect(Object.keys(toll).sort()).toEqual(
      [
        'amountCents',
        'id',
        'occurredAt',
        'photoUrl',
        'plazaCode',
        'plazaName',
        'rate',
        'status',
        'timeZone',
        'vehicleClass',
      ].sort(),
    );
  });

  it('refuses a range over 90 days or backwards, and finds nothing for an unknown plate', async () => {
    const far = await lookup({
      plate: 'ABC123',
      jurisdiction: 'NC',
      from: '2026-01-01',
      to: '2026-04-01',
    });
    expect(far.statusCode).toBe(400);
    expect(far.json()).toMatchObject({ code: 'BEAUS_ERR_VALIDATION' });
    const backwards = await lookup({
      plate: 'ABC123',
      jurisdiction: 'NC',
      from: '2026-11-02',
      to: '2026-11-01',
    });
    expect(backwards.statusCode).toBe(400);
    const none = await lookup({
      plate: 'ZZZ9999',
      jurisdiction: 'NC',
      from: '2026-11-01',
      to: '2026-11-25',
    });
    expect(none.json<Tolls>().tolls).toEqual([]);
  });

  it('rate-limits look-ups per client', async () => {
    const ip = nextClient();
    const body = { plate: 'ABC123', jurisdiction: 'NC', from: '2026-11-01', to: '2026-11-02' };
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await lookup(body, ip)).statusCode);
    expect(statuses.slice(0, 10).every((status) => status === 200)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('serves a toll’s photo only through the link issued with it', async () => {
    const [withPhoto] = await query<{
      plate: string;
      jurisdiction: string;
      day: string;
      id: string;
    }>(
      `select t.plate, t.jurisdiction, (t.occurred_at at time zone p.time_zone)::date::text as day,
              t.id::text from trips t join plazas p on p.id = t.plaza_id
       where t.status in ('unbilled', 'invoiced') and cardinality(t.image_keys) > 0
         and t.amount_cents > 0 order by t.id limit 1`,
    );
    const found = (
      await lookup({
        plate: withPhoto!.plate,
        jurisdiction: withPhoto!.jurisdiction,
        from: withPhoto!.day,
        to: withPhoto!.day,
      })
    ).json<Tolls>();
    const toll = found.tolls.find((t) => t.id === withPhoto!.id)!;
    expect(toll.photoUrl).toMatch(/^\/api\/customer\/guest\/tolls\/\d+\/photo\?access=/);
    const [{ key }] = await query<{ key: string }>(
      'select image_keys[1] as key from trips where id = $1',
      [toll.id],
    );
    await testApp.adapters.objectStore.put(key, '<svg/>', { contentType: 'image/svg+xml' });
    const photo = await testApp.app.inject({ method: 'GET', url: toll.photoUrl! });
    expect(photo.statusCode).toBe(200);
    expect(photo.body).toBe('<svg/>');
    const otherTrip = toll.photoUrl!.replace(
      `/tolls/${toll.id}/`,
      `/tolls/${Number(toll.id) + 1}/`,
    );
    expect((await testApp.app.inject({ method: 'GET', url: otherTrip })).statusCode).toBe(404);
  });
});

describe('guest pays unbilled tolls', () => {
  it('charges once for a double-submit, bills the tolls on one paid invoice, e-mails one receipt in Spanish', async () => {
    const plate = await plateWithUnbilled();
    const { unbilled, total } = await unbilledOf(plate);
    const body = {
      plate: plate.plate,
      jurisdiction: plate.jurisdiction,
      tripIds: unbilled.map((toll) => toll.id),
      cardToken: await tokenize(),
      amountCents: total,
      email: 'driver@example.com',
      language: 'es',
    };
    const sentBefore = mailer.sent.length;
    const [a, b] = await Promise.all([pay('tolls-key-1', body), pay('tolls-key-1', body)]);
    expect(a.statusCode).toBe(200);
    expect(b.statusCode).toBe(200);
    expect(a.json()).toMatchObject({ status: 'succeeded', amountCents: total });
    expect(b.json<{ paymentId: string }>().paymentId).toBe(
      a.json<{ paymentId: string }>().paymentId,
    );
    const replay = await pay('tolls-key-1', body);
    expect(replay.json<{ paymentId: string }>().paymentId).toBe(
      a.json<{ paymentId: string }>().paymentId,
    );

    const invoiceNo = a.json<{ invoiceNo: string }>().invoiceNo;
    const [invoice] = await query<{ status: string; total: number; payments: number }>(
      `select i.status, (select sum(amount_cents) from invoice_lines where invoice_id = i.id)::int as total,
              (select count(*) from payments where invoice_id = i.id)::int as payments
       from invoices i where invoice_no = $1`,
      [invoiceNo],
    );
    expect(invoice).toEqual({ status: 'paid', total, payments: 1 });
    const [left] = await query<{ n: number }>(
      `select count(*)::int as n from trips where id = any($1::bigint[]) and status <> 'invoiced'`,
      [body.tripIds],
    );
    expect(left!.n).toBe(0);
    const receipts = mailer.sent.slice(sentBefore);
    expect(receipts).toHaveLength(1);
    expect(receipts[0]!.subject).toContain(`Recibo de Beaus Tolling por la factura ${invoiceNo}`);
  });

  it('bills nothing when the amount is not what the tolls add up to', async () => {
    const plate = await plateWithUnbilled();
    const { unbilled, total } = await unbilledOf(plate);
    const response = await pay('tolls-key-2', {
      plate: plate.plate,
      jurisdiction: plate.jurisdiction,
      tripIds: unbilled.map((toll) => toll.id),
      cardToken: await tokenize(),
      amountCents: total - 1,
    });
    expect(response.statusCode).toBe(409);
    const after = await unbilledOf(plate);
    expect(after.unbilled).toHaveLength(unbilled.length);
  });

  it('on a decline leaves the tolls on an open invoice whose number the driver gets to pay it', async () => {
    const plate = await plateWithUnbilled();
    const { unbilled, total } = await unbilledOf(plate);
    const response = await pay('tolls-key-3', {
      plate: plate.plate,
      jurisdiction: plate.jurisdiction,
      tripIds: unbilled.map((toll) => toll.id),
      cardToken: await tokenize('4000000000000002'),
      amountCents: total,
    });
    expect(response.json()).toMatchObject({ status: 'failed', declineReason: 'card_declined' });
    const invoiceNo = response.json<{ invoiceNo: string }>().invoiceNo;
    const found = await testApp.app.inject({
      method: 'POST',
      url: '/api/customer/guest/invoice-lookup',
      headers: { 'x-forwarded-for': nextClient() },
      payload: { invoiceNo, plate: plate.plate },
    });
    expect(found.json()).toMatchObject({ status: 'open', amountDueCents: total });
  });
});
