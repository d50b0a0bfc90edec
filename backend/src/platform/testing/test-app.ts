import pino from 'pino';
import { migrateDatabase } from '../../adapters/database/migrate.ts';
import type { Role } from '../../adapters/identity/principal.ts';
import { loadConfig, type Config } from '../../config/config.ts';
import { buildApp, type BuildOptions } from '../app.ts';
import type { BeausApp } from '../app-types.ts';
import { closeAdapters, createAdapters, type Adapters } from '../create-adapters.ts';

/** Creating and migrating PGlite takes seconds on a busy 2-core machine; give hooks room. */
export const testAppTimeoutMs = 60_000;

export interface TestApp {
  app: BeausApp;
  adapters: Adapters;
  config: Config;
  /** A valid access token for a user holding only that role (the customer owns account 1). */
  tokens: Record<Role, string>;
  close(): Promise<void>;
}

const testUsers: Record<Role, { id: number; accountId: number | null }> = {
  customer: { id: 9001, accountId: 1 },
  agent: { id: 9002, accountId: null },
  supervisor: { id: 9003, accountId: null },
  admin: { id: 9004, accountId: null },
};

/**
 * The whole BFF on an in-memory, migrated PGlite, with memory cache and a temporary object
 * store, for `inject()` tests. No data is seeded; tokens are issued directly by the local
 * identity provider, so they work without users rows.
 */
export async function createTestApp(
  env: NodeJS.ProcessEnv = {},
  options: BuildOptions = {},
): Promise<TestApp> {
  const config = loadConfig({ LOG_LEVEL: 'silent', SEED: 'none', ...env });
  const adapters = await createAdapters(config, { inMemory: true });
  await migrateDatabase(adapters.database);
  const app = await buildApp({ ...adapters, config, logger: pino({ level: 'silent' }) }, options);
  await app.ready();
  const provider = adapters.identity.localProvider;
  if (!provider) throw new Error('createTestApp needs the local identity provider');
  const entries = await Promise.all(
    (Object.keys(testUsers) as Role[]).map(async (role) => {
      const { id, accountId } = testUsers[role];
      const subject = {
        id,
        username: `test-${role}`,
        displayName: `Test ${role}`,
        roles: [role],
        accountId,
      };
      return [role, (await provider.issue(subject)).accessToken] as const;
    }),
  );
  return {
    app,
    adapters,
    config,
    tokens: Object.fromEntries(entries) as Record<Role, string>,
    async close() {
      await app.close();
      await closeAdapters(adapters);
    },
  };
}
