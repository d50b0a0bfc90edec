import type { Role } from '../adapters/database/schema/index.ts';
import { createTestApp, type TestApp } from '../platform/testing/test-app.ts';
import { seedDemoData, type SeedOptions, type SeedSummary } from './index.ts';

/** A fixed "now" so tests of seeded data never depend on the clock. */
export const testAsOf = new Date('2026-11-25T16:00:00Z');

export interface SeededTestApp extends TestApp {
  summary: SeedSummary;
  /** An access token for a seeded user, as the local provider would issue at sign-in. */
  tokenFor(username: string): Promise<string>;
}

/** The whole BFF on in-memory PGlite with a small seeded data set (a few seconds). */
export async function createSeededTestApp(
  options: Partial<SeedOptions> = {},
): Promise<SeededTestApp> {
  const testApp = await createTestApp();
  const summary = await seedDemoData(testApp.adapters.database, {
    scale: { accounts: 60, trips: 3_000 },
    days: 30,
    seed: 11,
    asOf: testAsOf,
    ...options,
  });
  const provider = testApp.adapters.identity.localProvider;
  if (!provider) throw new Error('seeded test app needs the local identity provider');
  return {
    ...testApp,
    summary,
    async tokenFor(username) {
      const [user] = await testApp.adapters.database.query<{
        id: string;
        display_name: string;
        roles: Role[];
        account_id: string | null;
      }>('select id, display_name, roles, account_id from users where username = $1', [username]);
      if (!user) throw new Error(`no seeded user ${username}`);
      const subject = {
        id: Number(user.id),
        username,
        displayName: user.display_name,
        roles: user.roles,
        accountId: user.account_id === null ? null : Number(user.account_id),
      };
      return (await provider.issue(subject)).accessToken;
    },
  };
}
