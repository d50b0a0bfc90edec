/**
 * Adjustments above an agent's limit wait here for a supervisor. Approving applies the
 * adjustment: status, ledger entry, account note and audit entry commit in one transaction.
 * Rejecting leaves the ledger alone. Nobody decides their own request.
 */
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../adapters/database/database.ts';
import type { Principal } from '../../adapters/identity/principal.ts';
import { adjustments, ledgerEntries } from '../../adapters/database/schema/index.ts';
import { adjustmentEntry, cents, type AdjustmentRequest } from '../../domain/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import { conflict, forbidden, notFound } from '../../platform/errors.ts';
import {
  addAccountNote,
  lockAccount,
  requireNote,
  staffActor,
} from '../agent/account/action-context.ts';

export interface PendingApproval {
  id: string;
  amountCents: number;
  reasonCode: string;
  note: string;
  requestedBy: string;
  requestedAt: string;
  account: {
    id: string;
    accountNo: string;
    type: string;
    status: string;
    holderName: string | null;
    balanceCents: number;
  };
}

export type Decision = 'approve' | 'reject';

export interface DecisionOutcome {
  id: string;
  status: 'applied' | 'rejected';
  accountId: string;
  amountCents: number;
  balanceCents: number;
}

/** Pending adjustments, oldest first, each with the account it would change. */
export async function listPendingApprovals(database: Database): Promise<PendingApproval[]> {
  const rows = await database.query<Record<string, string | Date | null>>(
    `select a.id::text as id, a.amount_cents::text as amount_cents, a.reason_code, a.note,
            a.created_at, u.username as requested_by, ac.id::text as account_id, ac.account_no,
            ac.type, ac.status, coalesce(ac.company_name, c.full_name) as holder_name,
            (select coalesce(sum(l.amount_cents), 0)::text from ledger_entries l
              where l.account_id = ac.id) as balance_cents
     from adjustments a
     join accounts ac on ac.id = a.account_id
     join users u on u.id = a.requested_by
     left join lateral (select full_name from contacts where account_id = ac.id
                        order by is_primary desc, id limit 1) c on true
     where a.status = 'pending'
     order by a.created_at, a.id
     limit 500`,
  );
  return rows.map((row) => ({
    id: String(row.id),
    amountCents: Number(row.amount_cents),
    reasonCode: String(row.reason_code),
    note: String(row.note),
    requestedBy: String(row.requested_by),
    requestedAt: new Date(row.created_at as Date).toISOString(),
    account: {
      id: String(row.account_id),
      accountNo: String(row.account_no),
      type: String(row.type),
      status: String(row.status),
      holderName: row.holder_name === null ? null : String(row.holder_name),
      balanceCents: Number(row.balance_cents),
    },
  }));
}

/**
 * Approves or rejects a pending adjustment with the supervisor's note. 404 for an unknown id,
 * 409 when it was decided already (two supervisors at once: the row lock makes one wait and
 * then see the decision), 403 when the caller requested it.
 */
export async function decideAdjustment(
  database: Database,
  input: {
    principal: Principal;
    adjustmentId: number;
    decision: Decision;
    note: string;
    requestId: string;
  },
  now = new Date(),
): Promise<DecisionOutcome> {
  const note = requireNote(input.note);
  return database.transaction(async (tx) => {
    const [pending] = await tx
      .select()
      .from(adjustments)
      .where(eq(adjustments.id, input.adjustmentId))
      .for('update');
    if (!pending) throw notFound(`No adjustment ${input.adjustmentId}.`);
    if (pending.status !== 'pending') {
      throw conflict(`Adjustment ${pending.id} was already decided (${pending.status}).`);
    }
    const actor = await staffActor(tx, input.principal);
    if (pending.requestedBy === actor.id) {
      throw forbidden('You cannot decide an adjustment you requested; ask another supervisor.');
    }
    await lockAccount(tx, pending.accountId);
    const approve = input.decision === 'approve';
    const status = approve ? 'applied' : 'rejected';
    await tx
      .update(adjustments)
      .set({ status, decidedBy: actor.id, decidedAt: now })
      .where(eq(adjustments.id, pending.id));
    if (approve) {
      const request: AdjustmentRequest = {
        accountId: String(pending.accountId),
        kind: pending.amountCents > 0 ? 'credit' : 'debit',
        amountCents: cents(Math.abs(pending.amountCents)),
        reasonCode: pending.reasonCode,
        note: pending.note,
      };
      const entry = adjustmentEntry(request, String(pending.id));
      await tx.insert(ledgerEntries).values({
        accountId: pending.accountId,
        kind: 'adjustment',
        amountCents: entry.amountCents,
        adjustmentId: pending.id,
        sourceRef: `adjustment:${pending.id}`,
        description: entry.description,
      });
    }
    // The note on the account is how the requesting agent (and the next one) learns the outcome.
    const verdict = approve ? 'approved and applied' : 'rejected';
    await addAccountNote(
      tx,
      pending.accountId,
      actor.id,
      `Adjustment ${pending.reasonCode} of ${pending.amountCents} cents ${verdict} by ${actor.username}: ${note}`,
    );
    await recordAudit(tx, {
      actor,
      action: approve ? 'adjustment.approved' : 'adjustment.rejected',
      entityType: 'adjustment',
      entityId: pending.id,
      before: { status: 'pending' },
      after: { status, note, accountId: pending.accountId, amountCents: pending.amountCents },
      requestId: input.requestId,
    });
    const [{ balance }] = await tx
      .select({ balance: sql<string>`coalesce(sum(${ledgerEntries.amountCents}), 0)::text` })
      .from(ledgerEntries)
      .where(eq(ledgerEntries.accountId, pending.accountId));
    return {
      id: String(pending.id),
      status,
      accountId: String(pending.accountId),
      amountCents: pending.amountCents,
      balanceCents: Number(balance),
    };
  });
}
