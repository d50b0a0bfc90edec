import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeDatabaseContract } from './database.contract.ts';
import { migrateDatabase } from './migrate.ts';
import { createPgliteDatabase } from './pglite-database.ts';

describeDatabaseContract('PGlite', () => createPgliteDatabase());

it('keeps its data in the data folder across restarts', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'beaus-pglite-'));
  try {
    const first = await createPgliteDatabase(folder);
    await migrateDatabase(first);
    await first.query(
      "insert into users (username, display_name, roles) values ('p1', 'P', '{agent}')",
    );
    await first.close();
    const second = await createPgliteDatabase(folder);
    const rows = await second.query<{ username: string }>('select username from users');
    expect(rows).toEqual([{ username: 'p1' }]);
    await second.close();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}, 60_000);
