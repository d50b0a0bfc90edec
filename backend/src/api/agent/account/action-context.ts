import { eq } from 'drizzle-orm';
import type { BeausDb } from '../../../adapters/database/database.ts';
import type { Principal } from '../../../adapters/identity/principal.ts';
import { accounts, notes, users } from '../../../adapters/database/schema/index.ts';
import { auditActor, type AuditActor } from '../../../platform/audit.ts';
import { BeausError, forbidden, notFound } from '../../../platform/errors.ts';

/** Who acts, on which account, in which request: what every audited write needs. */
export interface ActionContext {
  principal: Principal;
  accountId: number;
  requestId: string;
}

/** A blank note is refused with the same shape as a schema failure, naming the field. */
export function requireNote(note: string, field = 'note'): string {
  const trimmed = note.trim();
  if (trimmed.length === 0) {
    throw new BeausError(
      400,
      'BEAUS_ERR_VALIDATION',
      `body/${field} a note saying why is required`,
    );
  }
  return trimmed;
}

/**
 * The acting staff member as a users row (notes and adjustments reference it) plus the audit
 * actor. Cognito subjects are not row ids, so the row is then found by username.
 */
export async function staffActor(
  tx: BeausDb,
  principal: Principal,
): Promise<AuditActor & { id: number }> {
  const actor = auditActor(principal);
  if (actor.id !== null) return { ...actor, id: actor.id };
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, principal.username));
  if (!row) throw forbidden('Your user is not set up in Beaus.');
  return { ...actor, id: row.id };
}

/** Locks the account row for the rest of the transaction (writes to one account go in turn). */
export async function lockAccount(tx: BeausDb, accountId: number): Promise<{ type: string }> {
  const [row] = await tx
    .select({ type: accounts.type })
    .from(accounts)
    .where(eq(accounts.id, accountId))
    .for('update');
  if (!row) throw notFound(`No account ${accountId}.`);
  return row;
}

/** Keeps the agent's note on the account, where the next agent will read it. */
export async function addAccountNote(
  tx: BeausDb,
  accountId: number,
  authorId: number,
  body: string,
): Promise<{ id: number; createdAt: Date }> {
  const [row] = await tx
    .insert(notes)
    .values({ accountId, authorId, body })
    .returning({ id: notes.id, createdAt: notes.createdAt });
  return row;
}
