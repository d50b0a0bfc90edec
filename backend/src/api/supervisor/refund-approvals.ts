/**
 * Refunds above an agent's limit wait here for a supervisor, like adjustments (approvals.ts).
 * Approving pays the refund back to the card through the same payout as the agent's own refunds;
 * rejecting releases the amount it held. Nobody decides their own request.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../../adapters/database/database.ts';
import type { Principal } from '../../adapters/identity/principal.ts';
import { payments, refunds, type RefundStatus } from '../../adapters/database/schema/index.ts';
import { cents, refundProblem } from '../../domain/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import { conflict, forbidden, notFound } from '../../platform/errors.ts';
import {
  addAccountNote,
  lockAccount,
  requireNote,
  staffActor,
} from '../agent/account/action-context.ts';
import { balanceOf, payOutRefund, type RefundPayoutDeps } from '../agent/account/refund-payout.ts';

export interface PendingRefund {
  id: string;
  paymentId: string;
  amountCents: number;
  reasonCode: string;
  note: string;
  requestedBy: string;
  requestedAt: string;
  account: { id: string; accountNo: string; balanceCents: number };
}

export interface RefundDecisionOutcome {
  id: string;
  status: 'succeeded' | 'rejected';
  accountId: string;
  amountCents: number;
  balanceCents: number;
}

/** Refunds awaiting approval, oldest first, each with its account's balance. */
export async function listPendingRefunds(database: Database): Promise<PendingRefund[]> {
  const rows = await database.query<Record<string, string | Date>>(
    `select r.id::text as id, r.payment_id::text as payment_id, r.amount_cents::text as amount,
            r.reason_code, r.note, r.created_at, u.username, a.id::text as account_id,
            a.account_no,
            (select coalesce(sum(l.amount_cents), 0)::text from ledger_entries l
              where l.account_id = a.id) as balance
     from refunds r join accounts a on a.id = r.account_id join users u on u.id = r.requested_by
     where r.status = 'awaiting_approval'
     order by r.created_at, r.id
     limit 500`,
  );
  return rows.map((row) => ({
    id: String(row.id),
    paymentId: String(row.payment_id),
    amountCents: Number(row.amount),
    reasonCode: String(row.reason_code),
    note: String(row.note),
    requestedBy: String(row.username),
    requestedAt: new Date(row.created_at).toISOString(),
    account: {
      id: String(row.account_id),
      accountNo: String(row.account_no),
      balanceCents: Number(row.balance),
    },
  }));
}

/**
 * Approves (and pays out) or rejects a refund awaiting approval, with the supervisor's note.
 * 404 for an unknown id, 409 when already decided or when the balance no longer covers it, 403
 * for the supervisor who asked for it.
 */
export async function decideRefund(
  deps: RefundPayoutDeps,
  input: {
    principal: Principal;
    refundId: number;
    decision: 'approve' | 'reject';
    note: string;
    requestId: string;
  },
  now = new Date(),
): Promise<RefundDecisionOutcome> {
  const note = requireNote(input.note);
  const [found] = await deps.database.db
    .select({ accountId: refunds.accountId })
    .from(refunds)
    .where(eq(refunds.id, input.refundId));
  if (!found) throw notFound(`No refund ${input.refundId}.`);
  const approve = input.decision === 'approve';
  const decided = await deps.database.transaction(async (tx) => {
    // The account first, as every other money write locks it first.
    await lockAccount(tx, found.accountId);
    const [refund] = await tx
      .select()
      .from(refunds)
      .where(eq(refunds.id, input.refundId))
      .for('update');
    if (refund.status !== 'awaiting_approval') {
      throw conflict(`Refund ${refund.id} was already decided (${refund.status}).`);
    }
    const actor = await staffActor(tx, input.principal);
    if (refund.requestedBy === actor.id) {
      throw forbidden('You cannot decide a refund you requested; ask another supervisor.');
    }
    const balance = await balanceOf(tx, refund.accountId);
    if (approve) {
      const problem = refundProblem(cents(refund.amountCents), {
        refundableCents: cents(refund.amountCents),
        balanceCents: cents(balance),
      });
      if (problem) throw conflict(`The refund cannot be paid now: ${problem}.`);
    }
    const status: RefundStatus = approve ? 'processing' : 'rejected';
    await tx
      .update(refunds)
      .set({ status, decidedBy: actor.id, decidedAt: now })
      .where(eq(refunds.id, refund.id));
    await addAccountNote(
      tx,
      refund.accountId,
      actor.id,
      `Refund ${refund.reasonCode} of ${refund.amountCents} cents ${approve ? 'approved' : 'rejected'} by ${actor.username}: ${note}`,
    );
    await recordAudit(tx, {
      actor,
      action: approve ? 'refund.approved' : 'refund.rejected',
      entityType: 'refund',
      entityId: refund.id,
      before: { status: 'awaiting_approval' },
      after: { status, note, accountId: refund.accountId, amountCents: refund.amountCents },
      requestId: input.requestId,
    });
    const [payment] = await tx
      .select({ gatewayRef: payments.gatewayRef })
      .from(payments)
      .where(eq(payments.id, refund.paymentId));
    return { refund: { ...refund, status }, actor, balance, gatewayRef: payment.gatewayRef ?? '' };
  });
  const outcome = {
    id: String(decided.refund.id),
    accountId: String(decided.refund.accountId),
    amountCents: decided.refund.amountCents,
  };
  if (!approve) return { ...outcome, status: 'rejected', balanceCents: decided.balance };
  const balanceCents = await payOutRefund(deps, decided.refund, decided.gatewayRef, {
    actor: decided.actor,
    requestId: input.requestId,
  });
  return { ...outcome, status: 'succeeded', balanceCents };
}
