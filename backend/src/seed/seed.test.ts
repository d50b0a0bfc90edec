import { createPgliteDatabase } from '../adapters/database/pglite-database.ts';
import { migrateDatabase } from '../adapters/database/migrate.ts';
import type { Database } from '../adapters/database/database.ts';
import { SeedRefusedError, seedDemoData, type SeedOptions } from './index.ts';

const asOf = new Date('2026-11-25T15:30:00Z');
const tiny: SeedOptions = { scale: { accounts: 40, trips: 1_500 }, days: 30, asOf };
/** Row dumps compared between runs; hash columns differ by design (random salts). */
const dumps = {
  accounts: 'select id, account_no, type, auto_top_up_amount_cents, created_at from accounts',
  contacts: 'select id, account_id, full_name, email, phone from contacts',
  vehicles: 'select id, account_id, plate, jurisdiction, vehicle_class from vehicles',
  tags: 'select id, tag_no, vehicle_id, status from tags',
  trips:
    'select id, event_id, occurred_at, tag_no, plate, account_id, status, amount_cents from trips',
  ledger: 'select id, account_id, kind, amount_cents, source_ref, created_at from ledger_entries',
  invoices: 'select id, invoice_no, plate, stage, status from invoices',
};

async function seeded(options: SeedOptions): Promise<Database> {
  const database = await createPgliteDatabase();
  await migrateDatabase(database);
  await seedDemoData(database, options);
  return database;
}

async function dump(database: Database): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [name, sql] of Object.entries(dumps))
    out[name] = await database.query(`${sql} order by id`);
  return out;
}

describe('seedDemoData', () => {
  let first: Database;

  beforeAll(async () => {
    first = await seeded({ ...tiny, seed: 7 });
  }, 120_000);
  afterAll(() => first.close());

  it('produces the same rows for the same seed and date, and different rows for another seed', async () => {
    const again = await seeded({ ...tiny, seed: 7 });
    const other = await seeded({ ...tiny, seed: 8 });
    try {
      const expected = await dump(first);
      expect(expected.trips).toHaveLength(1_500);
      expect(await dump(again)).toEqual(expected);
      expect((await dump(other)).trips).not.toEqual(expected.trips);
    } finally {
      await Promise.all([again.close(), other.close()]);
    }
  }, 120_000);

  it('posts every charged trip to the ledger exactly once, at its amount', async () => {
    const mismatches = await first.query(`
      select t.id from trips t
      left join ledger_entries l on l.kind = 'trip' and l.trip_id = t.id
      join accounts a on a.id = t.account_id
      where t.status in ('posted', 'reversed') and (l.id is null or l.amount_cents <> -t.amount_cents)`);
    const [{ posted }] = await first.query<{ posted: number }>(
      `select count(*)::int as posted from trips where status in ('posted', 'reversed')`,
    );
    expect(posted).toBeGreaterThan(500);
    expect(mismatches).toEqual([]);
  });

  it('credits each prepaid payment once and sets tag statuses from the summed balance', async () => {
    const unmatchedPayments = await first.query(`
      select p.id from payments p
      left join ledger_entries l on l.payment_id = p.id
      where p.invoice_id is null and (l.id is null or l.amount_cents <> p.amount_cents)`);
    expect(unmatchedPayments).toEqual([]);
    const wrongTags = await first.query(`
      with balances as (select account_id, sum(amount_cents) as cents from ledger_entries group by account_id)
      select t.id from tags t join balances b using (account_id)
      where t.status in ('valid', 'low_balance', 'invalid')
        and t.status <> case when b.cents <= 0 then 'invalid'
                             when b.cents < 1000 then 'low_balance' else 'valid' end`);
    expect(wrongTags).toEqual([]);
  });

  it('rolls the trips up per plaza and minute for the dashboards', async () => {
    const [row] = await first.query<{
      trips: number;
      rolled: number;
      revenue: number;
      rolledRevenue: number;
    }>(`
      select (select count(*)::int from trips) as trips,
             (select sum(trips)::int from plaza_minute_stats) as rolled,
             (select coalesce(sum(amount_cents), 0)::int from trips) as revenue,
             (select sum(revenue_cents)::int from plaza_minute_stats) as "rolledRevenue"`);
    expect(row.rolled).toBe(row.trips);
    expect(row.rolledRevenue).toBe(row.revenue);
  });

  it('gives the demo customers prepaid accounts 1 and 2 with trips', async () => {
    const rows = await first.query<{ username: string; type: string; trips: number }>(`
      select u.username, a.type, (select count(*)::int from trips t where t.account_id = a.id) as trips
      from users u join accounts a on a.id = u.account_id where 'customer' = any(u.roles) order by u.username`);
    expect(rows.map(({ username, type }) => [username, type])).toEqual([
      ['customer1', 'prepaid'],
      ['customer2', 'prepaid'],
    ]);
    expect(rows.every((row) => row.trips > 0)).toBe(true);
  });

  it('refuses a database that already has data unless forced', async () => {
    await expect(seedDemoData(first, tiny)).rejects.toBeInstanceOf(SeedRefusedError);
  });
});
