import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { BeausDb } from '../../adapters/database/database.ts';
import { accounts, users } from '../../adapters/database/schema/index.ts';
import type { Principal } from '../../adapters/identity/principal.ts';
import { auditActor } from '../../platform/audit.ts';
import { principalOf } from '../../platform/auth.ts';
import { forbidden, notFound } from '../../platform/errors.ts';

/** Who acts, on their own account (from the token, never the request), in which request. */
export interface CustomerContext {
  principal: Principal;
  accountId: number;
  requestId: string;
  now: Date;
  /** `now` as a calendar date, `YYYY-MM-DD` (UTC). */
  today: string;
}

/** The signed-in customer's context; a customer sign-in without an account gets 404. */
export function customerContextOf(request: FastifyRequest, now = new Date()): CustomerContext {
  const principal = principalOf(request);
  if (principal.accountId === undefined) throw notFound('No account is linked to this sign-in.');
  return {
    principal,
    accountId: principal.accountId,
    requestId: request.id,
    now,
    today: now.toISOString().slice(0, 10),
  };
}

/** Writes to one account go in turn: the account row is locked for the transaction. */
export async function lockOwnAccount(tx: BeausDb, accountId: number): Promise<void> {
  const [row] = await tx
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.id, accountId))
    .for('update');
  if (!row) throw notFound('No account is linked to this sign-in.');
}

/** The driver's users row (notes and cases reference it); a Cognito sub is not a row id. */
export async function customerUserId(tx: BeausDb, context: CustomerContext): Promise<number> {
  const actor = auditActor(context.principal);
  if (actor.id !== null) return actor.id;
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, context.principal.username));
  if (!row) throw forbidden('Your sign-in is not set up in Beaus.');
  return row.id;
}
