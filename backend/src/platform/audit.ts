import type { BeausDb } from '../adapters/database/database.ts';
import type { Principal } from '../adapters/identity/principal.ts';
import { auditLog } from '../adapters/database/schema/index.ts';

/** Who did it: a users row id when the principal has one (null for Cognito subs), and a name. */
export interface AuditActor {
  readonly id: number | null;
  readonly username: string;
}

export interface AuditRecord {
  readonly actor: AuditActor;
  /** What happened, `<thing>.<past tense>`, e.g. `adjustment.requested`, `personal_data.revealed`. */
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string | number;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly requestId?: string | null;
}

/** The audit actor for a verified caller. */
export function auditActor(principal: Principal): AuditActor {
  const id = Number(principal.userId);
  return { id: Number.isSafeInteger(id) && id > 0 ? id : null, username: principal.username };
}

/**
 * Appends one audit entry. Pass the transaction that makes the change: the entry and the change
 * commit together or not at all, so the log never claims a change that did not happen (or misses
 * one that did).
 */
export async function recordAudit(tx: BeausDb, record: AuditRecord): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: record.actor.id,
    actorUsername: record.actor.username,
    action: record.action,
    entityType: record.entityType,
    entityId: String(record.entityId),
    before: record.before ?? null,
    after: record.after ?? null,
    requestId: record.requestId ?? null,
  });
}
