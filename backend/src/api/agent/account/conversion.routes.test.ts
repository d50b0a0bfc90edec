import { createSeededTestApp, type SeededTestApp } from '../../../seed/testing.ts';
import { testAppTimeoutMs } from '../../../platform/testing/test-app.ts';

let testApp: SeededTestApp;
let agent: string;
let accountId: number;

const query = <T>(sql: string, params: unknown[] = []) =>
  testApp.adapters.database.query<T>(sql, params);

/** Open invoices and unbilled tolls of a toll-by-plate account, by account or by its plates. */
const owedBy = `(account_id = $1 or (jurisdiction, plate) in (
  select jurisdiction, plate from vehicles where account_id = $1 and end_date is null))`;

beforeAll(async () => {
  testApp = await createSeededTestApp();
  agent = await testApp.tokenFor('agent1');
  const [row] = await query<{ id: string }>(
    `select a.id::text as id from accounts a join vehicles v on v.account_id = a.id
     where a.type = 'toll_by_plate' and v.end_date is null order by a.id limit 1`,
  );
  accountId = Number(row.id);
  const [vehicle] = await query<{ plate: string; jurisdiction: string }>(
    'select plate, jurisdiction from vehicles where account_id = $1 and end_date is null limit 1',
    [accountId],
  );
  // Give the account what conversion must move: an unbilled toll and an open invoice at the
  // violation stage (toll, administrative fee, civil penalty).
  const [trip] = await query<{ id: string }>(
    `select id::text as id from trips where status = 'unbilled' and amount_cents > 0
     order by id limit 1`,
  );
  await query(`update trips set plate = $2, jurisdiction = $3, account_id = $1 where id = $4`, [
    accountId,
    vehicle.plate,
    vehicle.jurisdiction,
    trip.id,
  ]);
  const [billed] = await query<{ id: string; amount_cents: number }>(
    `update trips set plate = $1, jurisdiction = $2, status = 'invoiced'
     where id = (select id from trips where status = 'unbilled' and amount_cents > 0
                 and id <> $3 order by id limit 1)
     returning id::text as id, amount_cents::int`,
    [vehicle.plate, vehicle.jurisdiction, trip.id],
  );
  const [invoice] = await query<{ id: string }>(
    `insert into invoices (invoice_no, plate, jurisdiction, stage, status, issued_at, due_at)
     values ('INVCONV0001', $1, $2, 'violation', 'open', now() - interval '70 days',
             (now() - interval '40 days')::date)
     returning id::text as id`,
    [vehicle.plate, vehicle.jurisdiction],
  );
  await query(
    `insert into invoice_lines (invoice_id, kind, trip_id, amount_cents, description) values
       ($1, 'trip', $2, $3, 'Toll')`,
    [invoice.id, billed.id, billed.amount_cents],
  );
  await query(
    `insert into invoice_lines (invoice_id, kind, amount_cents, description) values
       ($1, 'fee', 250, 'Administrative fee'), ($1, 'penalty', 2500, 'Civil penalty')`,
    [invoice.id],
  );
}, testAppTimeoutMs);
afterAll(() => testApp.close());

async function post(account: number, payload: object, token = agent) {
  const response = await testApp.app.inject({
    method: 'POST',
    url: `/api/agent/accounts/${account}/conversion`,
    payload,
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.statusCode, body: response.json() };
}

const balance = async (account: number) =>
  (
    await query<{ b: number }>(
      'select coalesce(sum(amount_cents), 0)::int as b from ledger_entries where account_id = $1',
      [account],
    )
  )[0].b;

describe('POST /accounts/:accountId/conversion', () => {
  it('needs a note and refuses a customer', async () => {
    expect((await post(accountId, { note: ' ' })).status).toBe(400);
    const customer = await testApp.tokenFor('customer1');
    expect((await post(accountId, { note: 'x' }, customer)).status).toBe(403);
    const [{ type }] = await query<{ type: string }>('select type from accounts where id = $1', [
      accountId,
    ]);
    expect(type).toBe('toll_by_plate');
  });

  it('makes the account prepaid and moves its open tolls and invoices onto the ledger', async () => {
    const [{ unbilled }] = await query<{ unbilled: number }>(
      `select coalesce(sum(amount_cents), 0)::int as unbilled from trips
       where status = 'unbilled' and amount_cents > 0 and ${owedBy}`,
      [accountId],
    );
    const [{ invoiced, fees, penalties }] = await query<{
      invoiced: number;
      fees: number;
      penalties: number;
    }>(
      `select coalesce(sum(l.amount_cents) filter (where l.kind = 'trip'), 0)::int as invoiced,
              coalesce(sum(l.amount_cents) filter (where l.kind = 'fee'), 0)::int as fees,
              coalesce(sum(l.amount_cents) filter (where l.kind = 'penalty'), 0)::int as penalties
       from invoice_lines l join invoices i on i.id = l.invoice_id
       where i.status = 'open' and (i.account_id = $1 or (i.jurisdiction, i.plate) in (
         select jurisdiction, plate from vehicles where account_id = $1 and end_date is null))`,
      [accountId],
    );
    const before = await balance(accountId);

    const { status, body } = await post(accountId, { note: 'Customer signed up for a tag' });
    expect(status).toBe(201);
    expect(body.type).toBe('prepaid');
    expect(body.invoicesMoved).toContain('INVCONV0001');
    // Administrative fees are waived by the default rule; the civil penalty moves.
    expect(body.movedCents).toBe(unbilled + invoiced + penalties);
    expect(body.waivedCents).toBe(fees);
    expect(body.waived).toContainEqual({
      invoiceNo: 'INVCONV0001',
      description: 'Administrative fee',
      amountCents: 250,
    });
    expect(body.message).toMatch(/Fees waived on conversion: \$/);
    expect(body.balanceCents).toBe(before - body.movedCents);
    expect(await balance(accountId)).toBe(before - body.movedCents);

    const [{ type }] = await query<{ type: string }>('select type from accounts where id = $1', [
      accountId,
    ]);
    expect(type).toBe('prepaid');
    const open = await query(`select 1 from invoices where status = 'open' and ${owedBy}`, [
      accountId,
    ]);
    expect(open).toHaveLength(0);
    const left = await query(`select 1 from trips where status = 'unbilled' and ${owedBy}`, [
      accountId,
    ]);
    expect(left).toHaveLength(0);
    const [audit] = await query<{ before: unknown; after: { waivedCents: number } }>(
      `select before, after from audit_log where action = 'account.converted_to_prepaid'
       and entity_id = $1`,
      [String(accountId)],
    );
    expect(audit.before).toEqual({ type: 'toll_by_plate' });
    expect(audit.after.waivedCents).toBe(fees);
  });

  it('refuses to convert an account that is not toll-by-plate (409), changing nothing', async () => {
    const again = await post(accountId, { note: 'Twice' });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/only a toll-by-plate account converts/);
  });
});
