import { testAppTimeoutMs } from '../../../platform/testing/test-app.ts';
import { createSeededTestApp, type SeededTestApp } from '../../../seed/testing.ts';

let testApp: SeededTestApp;
let customer1: string;
let customer2: string;

beforeAll(async () => {
  testApp = await createSeededTestApp();
  customer1 = await testApp.tokenFor('customer1');
  customer2 = await testApp.tokenFor('customer2');
}, testAppTimeoutMs);
afterAll(() => testApp.close());

const get = (url: string, token?: string) =>
  testApp.app.inject({
    method: 'GET',
    url,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

const sumBefore = async (accountId: number, before: string) =>
  (
    await testApp.adapters.database.query<{ total: number }>(
      `select coalesce(sum(amount_cents), 0)::int as total from ledger_entries
       where account_id = $1 and created_at < $2`,
      [accountId, before],
    )
  )[0]!.total;

/** The CSV's rows as arrays of cells (no quoted commas in the rows these tests read). */
const rowsOf = (csv: string) =>
  csv
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));

describe('customer statements', () => {
  it('lists the months with activity, newest first', async () => {
    const response = await get('/api/customer/statements', customer1);
    expect(response.statusCode).toBe(200);
    const { months } = response.json<{ months: string[] }>();
    expect(months.length).toBeGreaterThan(0);
    expect([...months].sort().reverse()).toEqual(months);
  });

  it('CSV: opens at the balance before the month, runs through every entry, closes at the sum', async () => {
    await testApp.adapters.database.query(
      `insert into ledger_entries (account_id, kind, amount_cents, source_ref, description, created_at)
       values (1, 'adjustment', 123, 'statement-test:1', '=HYPERLINK("http://x")', '2026-10-15T10:00:00Z'),
              (1, 'top_up', 4000, 'statement-test:2', 'Card top-up', '2026-10-03T10:00:00Z')`,
    );
    const response = await get('/api/customer/statements/2026-10.csv', customer1);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain('beaus-statement-2026-10.csv');
    const rows = rowsOf(response.body);
    const opening = await sumBefore(1, '2026-10-01T00:00:00Z');
    const closing = await sumBefore(1, '2026-11-01T00:00:00Z');
    const summary = rows.filter((row) => row[0] === 'summary');
    expect(summary.map((row) => [row[2], Number(row[9])])).toEqual([
      ['Opening balance', opening],
      ['Closing balance', closing],
    ]);
    const entries = rows.filter((row) => row[0] === 'entry');
    let running = opening;
    for (const entry of entries) {
      running += Number(entry[7]);
      expect(Number(entry[9])).toBe(running);
    }
    expect(running).toBe(closing);
    // A cell that would run as a spreadsheet formula is neutralised.
    expect(response.body).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('CSV lists the trips of the month with plaza, local time and rate', async () => {
    const [trip] = await testApp.adapters.database.query<{ month: string; code: string }>(
      `select to_char(t.occurred_at at time zone 'UTC', 'YYYY-MM') as month, p.code
       from trips t join plazas p on p.id = t.plaza_id
       where t.account_id = 1 and t.rate_explanation is not null order by t.occurred_at desc limit 1`,
    );
    const response = await get(`/api/customer/statements/${trip!.month}.csv`, customer1);
    const trips = rowsOf(response.body).filter((row) => row[0] === 'trip');
    expect(trips.length).toBeGreaterThan(0);
    expect(trips.some((row) => row[4]?.includes(`(${trip!.code})`))).toBe(true);
    // The rate cell holds commas, so it is quoted: "tag rate, peak weekday, class 2".
    expect(response.body).toMatch(/"(tag|plate) rate, [^"]+, class \d"/);
  });

  it('PDF: a real PDF document for the month', async () => {
    const response = await get('/api/customer/statements/2026-10.pdf', customer1);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(response.rawPayload.subarray(-6).toString()).toContain('%%EOF');
  });

  it('is written in the account’s preferred language', async () => {
    await testApp.adapters.database.query(
      `update accounts set preferred_language = 'es' where id = 2`,
    );
    const { months } = (await get('/api/customer/statements', customer2)).json<{
      months: string[];
    }>();
    const response = await get(`/api/customer/statements/${months[0]}.csv`, customer2);
    expect(response.body).toContain('Saldo inicial');
    expect(response.body).toContain('Saldo final');
  });

  it('refuses a malformed month, needs a sign-in, and answers 404 for a month of nothing', async () => {
    expect((await get('/api/customer/statements/2026-13.csv', customer1)).statusCode).toBe(400);
    expect((await get('/api/customer/statements/2026-10.csv')).statusCode).toBe(401);
    const empty = await get('/api/customer/statements/1999-01.pdf', customer1);
    // An empty month is still a statement (opening = closing), never another account's data.
    expect(empty.statusCode).toBe(200);
  });
});
