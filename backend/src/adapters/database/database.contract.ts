import { eq } from 'drizzle-orm';
import type { Database } from './database.ts';
import { migrateDatabase } from './migrate.ts';
import { users } from './schema/users.ts';

/**
 * What both databases must do, run on PGlite (unit) and PostgreSQL (real). `open` returns a
 * fresh, unmigrated database; the suite migrates it once.
 */
export function describeDatabaseContract(name: string, open: () => Promise<Database>): void {
  describe(`${name} database contract`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await open();
      await migrateDatabase(database);
    }, 60_000);
    afterAll(() => database?.close());

    it('runs raw SQL with parameters', async () => {
      const rows = await database.query<{ total: number }>(
        'select $1::int + $2::int as total',
        [2, 3],
      );
      expect(rows).toEqual([{ total: 5 }]);
    });

    it('migrates idempotently: a second run applies nothing new and keeps data', async () => {
      await database.db
        .insert(users)
        .values({ username: 'keep1', displayName: 'K', roles: ['agent'] });
      await expect(migrateDatabase(database)).resolves.toEqual({ applied: true });
      const kept = await database.db.select().from(users).where(eq(users.username, 'keep1'));
      expect(kept).toHaveLength(1);
    });

    it('commits a transaction as a whole', async () => {
      await database.transaction(async (tx) => {
        await tx.insert(users).values({ username: 'tx1', displayName: 'T', roles: ['agent'] });
        await tx.insert(users).values({ username: 'tx2', displayName: 'T', roles: ['agent'] });
      });
      const rows = await database.query<{ n: number }>(
        "select count(*)::int as n from users where username in ('tx1', 'tx2')",
      );
      expect(rows[0].n).toBe(2);
    });

    it('rolls a failed transaction back completely', async () => {
      const failing = database.transaction(async (tx) => {
        await tx.insert(users).values({ username: 'rb1', displayName: 'R', roles: ['agent'] });
        throw new Error('payment gateway timed out');
      });
      await expect(failing).rejects.toThrow('payment gateway timed out');
      const rows = await database.db.select().from(users).where(eq(users.username, 'rb1'));
      expect(rows).toEqual([]);
    });

    it('enforces the schema constraints that protect data', async () => {
      const customerWithoutAccount = database.db
        .insert(users)
        .values({ username: 'c0', displayName: 'C', roles: ['customer'] });
      await expect(customerWithoutAccount).rejects.toThrow();
    });

    it('reports itself up with its kind', async () => {
      expect(await database.health()).toMatchObject({ status: 'up', kind: database.kind });
    });

    it('treats a migrations folder without a journal as nothing to apply', async () => {
      await expect(migrateDatabase(database, '/nonexistent/migrations')).resolves.toMatchObject({
        applied: false,
      });
    });
  });
}
