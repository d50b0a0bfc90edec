import pg from 'pg';
import type { Database } from '../adapters/database/database.ts';
import { migrateDatabase } from '../adapters/database/migrate.ts';
import { createPgliteDatabase } from '../adapters/database/pglite-database.ts';
import { createPostgresDatabase } from '../adapters/database/postgres-database.ts';
import { createCopySink } from './copy-sink.ts';
import { seedDemoData, type SeedOptions } from './index.ts';

const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** A database of its own, so the shared test database keeps whatever other tests put there. */
const scratchName = `beaus_seed_${process.pid}`;
const scratchUrl = Object.assign(new URL(databaseUrl), { pathname: `/${scratchName}` }).href;
const options: SeedOptions = {
  scale: { accounts: 30, trips: 800 },
  days: 20,
  seed: 5,
  asOf: new Date('2026-11-25T15:30:00Z'),
};
const tables = ['accounts', 'vehicles', 'tags', 'trips', 'ledger_entries', 'invoices', 'cases'];

async function dump(database: Database): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    // Hashes have random salts; everything else must match. json keeps types comparable.
    const rows = await database.query<{ row: Record<string, unknown> }>(
      `select to_jsonb(t) - 'pin_hash' - 'security_answer_hash' as row from "${table}" t order by id`,
    );
    out[table] = rows.map((row) => row.row);
  }
  return out;
}

describe('seeding PostgreSQL with COPY', () => {
  const admin = new pg.Client(databaseUrl);
  let postgres: Database;
  let copyClient: pg.Client;

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`drop database if exists ${scratchName}`);
    await admin.query(`create database ${scratchName}`);
    postgres = await createPostgresDatabase(scratchUrl);
    await migrateDatabase(postgres);
    copyClient = new pg.Client(scratchUrl);
    await copyClient.connect();
  }, 60_000);

  afterAll(async () => {
    await copyClient.end();
    await postgres.close();
    await admin.query(`drop database if exists ${scratchName}`);
    await admin.end();
  });

  it('writes exactly the rows the INSERT path writes on PGlite', async () => {
    await seedDemoData(postgres, { ...options, sink: createCopySink(copyClient) });
    const pglite = await createPgliteDatabase();
    try {
      await migrateDatabase(pglite);
      await seedDemoData(pglite, options);
      const expected = await dump(pglite);
      expect(expected.trips).toHaveLength(800);
      expect(await dump(postgres)).toEqual(expected);
    } finally {
      await pglite.close();
    }
  }, 120_000);

  it('leaves identity sequences past the seeded ids so new rows insert', async () => {
    const [row] = await postgres.query<{ id: string }>(
      `insert into accounts (account_no, type) values ('999999999', 'prepaid') returning id::text`,
    );
    expect(Number(row.id)).toBe(31);
  });
});
