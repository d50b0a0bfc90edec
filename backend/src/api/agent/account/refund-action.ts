import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { payments, refunds } from '../../../adapters/database/schema/index.ts';
import { cents, needsApproval, refundableCents, refundProblem } from '../../../domain/index.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { BeausError, conflict, notFound } from '../../../platform/errors.ts';
import { configurationKeys } from '../../../seed/configuration-defaults.ts';
import {
  addAccountNote,
  lockAccount,
  requireNote,
  staffActor,
  type ActionContext,
} from './action-context.ts';
import { configurationNumberAt } from './configuration-value.ts';
import type { RefundBody } from './money.schemas.ts';
import {
  balanceOf,
  payOutRefund,
  refundRefused,
  type RefundPayoutDeps,
  type RefundRow,
} from './refund-payout.ts';

export interface RefundOutcome {
  refundId: string;
  paymentId: string;
  status: 'succeeded' | 'awaiting_approval';
  amountCents: number;
  awaitingApproval: boolean;
  agentLimitCents: number;
  balanceCents: number;
  message: string;
}

type StaffActor = Awaited<ReturnType<typeof staffActor>>;

type Claim =
  | { kind: 'replay' }
  | { kind: 'awaiting'; refund: RefundRow; balance: number }
  | { kind: 'claimed'; refund: RefundRow; gatewayRef: string; actor: StaffActor };

/**
 * An agent refunds (part of) a card payment into the balance. The key is claimed by inserting
 * the refund row (UNIQUE key, with a hash of the request) before the processor is called, under
 * the account's lock, so a double submit refunds once and two refunds of one payment cannot both
 * take what is left. Above the agent limit the refund waits for a supervisor and nothing is paid.
 */
export async function requestRefund(
  deps: RefundPayoutDeps & { waitForFirstMs?: number },
  context: ActionContext,
  paymentId: number,
  request: RefundBody & { idempotencyKey: string },
  now = new Date(),
): Promise<RefundOutcome> {
  const note = requireNote(request.note);
  const limit = await configurationNumberAt(
    deps.database,
    configurationKeys.agentAdjustmentLimitCents,
    now,
  );
  const key = `agent-refund-${context.accountId}-${request.idempotencyKey}`;
  const hash = createHash('sha256')
    .update(JSON.stringify([paymentId, request.amountCents, request.reasonCode, note]))
    .digest('hex');
  const outcome = (refund: RefundRow, balanceCents: number): RefundOutcome =>
    outcomeOf(refund, balanceCents, limit);

  const claim = await deps.database.transaction(async (tx): Promise<Claim> => {
    await lockAccount(tx, context.accountId);
    const [earlier] = await tx
      .select({ id: refunds.id })
      .from(refunds)
      .where(eq(refunds.idempotencyKey, key));
    if (earlier) return { kind: 'replay' };
    const [payment] = await tx
      .select()
      .from(payments)
      .where(and(eq(payments.id, paymentId), eq(payments.accountId, context.accountId)))
      .for('update');
    if (!payment) throw notFound(`No payment ${paymentId} on this account.`);
    if (payment.invoiceId !== null) {
      throw conflict('This payment paid an invoice; only payments into the balance refund here.');
    }
    if (payment.status !== 'succeeded' || !payment.gatewayRef) {
      throw conflict(`Only a succeeded payment can be refunded (this one is ${payment.status}).`);
    }
    const earlierRefunds = await tx
      .select({ amountCents: refunds.amountCents, status: refunds.status })
      .from(refunds)
      .where(eq(refunds.paymentId, paymentId));
    const balance = await balanceOf(tx, context.accountId);
    const problem = refundProblem(cents(request.amountCents), {
      refundableCents: refundableCents(
        cents(payment.amountCents),
        earlierRefunds.map((r) => ({ amountCents: cents(r.amountCents), status: r.status })),
      ),
      balanceCents: cents(balance),
    });
    if (problem) throw new BeausError(400, 'BEAUS_ERR_VALIDATION', `body/amountCents ${problem}`);
    const actor = await staffActor(tx, context.principal);
    const awaiting = needsApproval(cents(request.amountCents), cents(limit));
    const [refund] = await tx
      .insert(refunds)
      .values({
        idempotencyKey: key,
        requestHash: hash,
        paymentId,
        accountId: context.accountId,
        amountCents: request.amountCents,
        reasonCode: request.reasonCode,
        note,
        status: awaiting ? 'awaiting_approval' : 'processing',
        requestedBy: actor.id,
        decidedBy: awaiting ? null : actor.id,
        decidedAt: awaiting ? null : now,
      })
      .onConflictDoNothing({ target: refunds.idempotencyKey })
      .returning();
    if (!refund) return { kind: 'replay' };
    await addAccountNote(
      tx,
      context.accountId,
      actor.id,
      `Refund ${request.reasonCode} of ${request.amountCents} cents requested` +
        `${awaiting ? ' (awaits supervisor approval)' : ''}: ${note}`,
    );
    await recordAudit(tx, {
      actor,
      action: 'refund.requested',
      entityType: 'refund',
      entityId: refund.id,
      after: {
        accountId: context.accountId,
        paymentId,
        amountCents: request.amountCents,
        reasonCode: request.reasonCode,
        status: refund.status,
        agentLimitCents: limit,
      },
      requestId: context.requestId,
    });
    if (awaiting) return { kind: 'awaiting', refund, balance };
    return { kind: 'claimed', refund, gatewayRef: payment.gatewayRef, actor };
  });

  if (claim.kind === 'awaiting') return outcome(claim.refund, claim.balance);
  if (claim.kind === 'claimed') {
    const balance = await payOutRefund(deps, claim.refund, claim.gatewayRef, {
      actor: claim.actor,
      requestId: context.requestId,
    });
    return outcome({ ...claim.refund, status: 'succeeded' }, balance);
  }
  const settled = await firstRefund(deps, key, hash);
  const balance = await deps.database.transaction((tx) => balanceOf(tx, context.accountId));
  return outcome(settled, balance);
}

/** The refund holding this key once it is settled; the same key with another body is a 409. */
async function firstRefund(
  deps: RefundPayoutDeps & { waitForFirstMs?: number },
  key: string,
  hash: string,
): Promise<RefundRow> {
  const deadline = Date.now() + (deps.waitForFirstMs ?? 15_000);
  for (;;) {
    const [row] = await deps.database.db
      .select()
      .from(refunds)
      .where(eq(refunds.idempotencyKey, key));
    if (!row) throw new Error(`refund ${key} vanished after its key was claimed`);
    if (row.requestHash !== hash) {
      throw conflict('This refund key was already used for a different refund.');
    }
    if (row.status === 'failed') throw refundRefused();
    if (row.status === 'rejected') throw conflict('A supervisor rejected this refund.');
    if (row.status !== 'processing') return row;
    if (Date.now() > deadline) throw conflict('This refund is still being processed.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function outcomeOf(refund: RefundRow, balanceCents: number, limit: number): RefundOutcome {
  const awaiting = refund.status === 'awaiting_approval';
  return {
    refundId: String(refund.id),
    paymentId: String(refund.paymentId),
    status: awaiting ? 'awaiting_approval' : 'succeeded',
    amountCents: refund.amountCents,
    awaitingApproval: awaiting,
    agentLimitCents: limit,
    balanceCents,
    message: awaiting
      ? `Above your limit of ${limit} cents: the refund awaits supervisor approval.`
      : 'Refund paid back to the card and taken from the balance.',
  };
}
