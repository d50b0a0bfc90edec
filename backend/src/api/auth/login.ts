import { sql } from 'drizzle-orm';
import type { Database } from '../../adapters/database/database.ts';
import { users } from '../../adapters/database/schema/users.ts';
import type { TokenSubject } from '../../adapters/identity/local-identity-provider.ts';
import { hashPassword, verifyPassword } from '../../adapters/identity/password.ts';

/** Compared against when the user does not exist, so both failures take the same time. */
const decoyHash = hashPassword('beaus-decoy-password');

/** The signed-in user for a correct username and password; null for any failure. */
export async function checkCredentials(
  database: Database,
  username: string,
  password: string,
): Promise<TokenSubject | null> {
  const [user] = await database.db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`)
    .limit(1);
  const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
  if (!user || !user.passwordHash || !matches || user.disabled) return null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    accountId: user.accountId,
  };
}
