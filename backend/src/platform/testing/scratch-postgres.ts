import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * A throw-away database on the PostgreSQL server named by DATABASE_URL, so real-service tests
 * migrate and write without touching the shared `test` database other suites use.
 */
export interface ScratchPostgres {
  url: string;
  drop(): Promise<void>;
}

export function requireDatabaseUrl(): string {
  const url = process.env['DATABASE_URL'];
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set: the real PostgreSQL tests need a server, e.g. ' +
        'DATABASE_URL=postgres://postgres@127.0.0.1:5432/test (see DEVELOPERS.md)',
    );
  }
  return url;
}

export async function createScratchPostgres(
  serverUrl = requireDatabaseUrl(),
): Promise<ScratchPostgres> {
  const name = `beaus_scratch_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
