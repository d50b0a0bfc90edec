import type { FastifyRequest } from 'fastify';
import type { BeausDb } from '../../adapters/database/database.ts';
import type { Principal } from '../../adapters/identity/principal.ts';
import type { ErrorResponse } from '../../platform/errors.ts';
import { auditActor, type AuditActor } from '../../platform/audit.ts';
import { principalOf } from '../../platform/auth.ts';
import { queryRows } from '../../stream/sql-rows.ts';

/** Who makes an admin change, in which request: what every audited write needs. */
export interface AdminContext {
  readonly principal: Principal;
  readonly requestId: string;
  /** The clock of the request; effective dates are judged against it. */
  readonly now: Date;
}

/** The context of an admin request, its clock read once. */
export function contextOf(request: FastifyRequest): AdminContext {
  return { principal: principalOf(request), requestId: request.id, now: new Date() };
}

/**
 * The audit actor with a users row id that exists (created_by columns reference users). A Cognito
 * subject is not a row id, so the row is found by username; a caller with no row acts by name only.
 */
export async function adminActor(tx: BeausDb, principal: Principal): Promise<AuditActor> {
  const actor = auditActor(principal);
  const [row] = await queryRows<{ id: unknown }>(
    tx,
    'select id from users where id = $1 or username = $2 order by (id = $1) desc limit 1',
    [actor.id ?? -1, principal.username],
  );
  return { id: row ? Number(row.id) : null, username: principal.username };
}

/** A rule a request broke, where in the request it is, in words the admin can act on. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** The 400 body for problems found beyond the schema (schedule gaps, a rule's value). */
export function problemResponse(summary: string, problems: readonly Problem[]): ErrorResponse {
  return {
    code: 'BEAUS_ERR_VALIDATION',
    message: `${summary}: ${problems.map((problem) => problem.message).join('; ')}`,
    details: problems.map((problem) => ({ path: problem.path, message: problem.message })),
  };
}

/** Either the value or the problems that stopped it. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: readonly Problem[] };
