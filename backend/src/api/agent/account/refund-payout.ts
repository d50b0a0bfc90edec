import { and, eq, sql } from 'drizzle-orm';
import type { BeausDb, Database } from '../../../adapters/database/database.ts';
import { ledgerEntries, refunds } from '../../../adapters/database/schema/index.ts';
import type { PaymentGateway, RefundResult } from '../../../adapters/payments/payment-gateway.ts';
import { cents, refundEntry } from '../../../domain/index.ts';
import { recordAudit, type AuditActor } from '../../../platform/audit.ts';
import { BeausError } from '../../../platform/errors.ts';
import { addAccountNote, lockAccount } from './action-context.ts';

export type RefundRow = typeof refunds.$inferSelect;

export interface RefundPayoutDeps {
  database: Database;
  gateway: PaymentGateway;
}

/** The balance now: the sum of the account's ledger entries. */
export async function balanceOf(tx: BeausDb, accountId: number): Promise<number> {
  const [{ balance }] = await tx
    .select({ balance: sql<string>`coalesce(sum(${ledgerEntries.amountCents}), 0)::text` })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.accountId, accountId));
  return Number(balance);
}

/**
 * Pays a claimed refund (status `processing`) back to the card and settles it: the refund's
 * status, the ledger debit that reverses the payment's credit, a note and the audit entry commit
 * together. The refund's own key goes to the processor, which deduplicates on it, so a retry after
 * a crash here cannot pay out twice. Returns the balance after it; a refusal is a 402.
 */
export async function payOutRefund(
  deps: RefundPayoutDeps,
  refund: RefundRow,
  gatewayRef: string,
  by: { actor: AuditActor & { id: number }; requestId: string },
): Promise<number> {
  let answer: RefundResult;
  try {
    answer = await deps.gateway.refund(gatewayRef, refund.amountCents, refund.idempotencyKey);
  } catch {
    answer = { status: 'failed', gatewayRef: '' };
  }
  const succeeded = answer.status === 'refunded';
  const balance = await deps.database.transaction(async (tx) => {
    await lockAccount(tx, refund.accountId);
    const settled = await tx
      .update(refunds)
      .set({
        status: succeeded ? 'succeeded' : 'failed',
        gatewayRef: answer.gatewayRef || null,
        failureReason: succeeded ? null : 'refused_by_processor',
        completedAt: new Date(),
      })
      .where(and(eq(refunds.id, refund.id), eq(refunds.status, 'processing')))
      .returning({ id: refunds.id });
    // Someone else settled it meanwhile (an operator, a retry): nothing more to write.
    if (settled.length === 0) return balanceOf(tx, refund.accountId);
    if (succeeded) {
      const entry = refundEntry(
        {
          accountId: String(refund.accountId),
          id: String(refund.id),
          amountCents: cents(refund.amountCents),
        },
        `Refund ${refund.reasonCode} of payment ${refund.paymentId}: ${refund.note}`,
      );
      await tx.insert(ledgerEntries).values({
        accountId: refund.accountId,
        kind: 'refund',
        amountCents: entry.amountCents,
        paymentId: refund.paymentId,
        sourceRef: `refund:${refund.id}`,
        description: entry.description,
      });
    }
    await addAccountNote(
      tx,
      refund.accountId,
      by.actor.id,
      succeeded
        ? `Refund of ${refund.amountCents} cents paid back to the card (${refund.reasonCode}): ${refund.note}`
        : `Refund of ${refund.amountCents} cents refused by the card processor: ${refund.note}`,
    );
    await recordAudit(tx, {
      actor: by.actor,
      action: succeeded ? 'refund.paid' : 'refund.failed',
      entityType: 'refund',
      entityId: refund.id,
      before: { status: 'processing' },
      after: {
        status: succeeded ? 'succeeded' : 'failed',
        accountId: refund.accountId,
        paymentId: refund.paymentId,
        amountCents: refund.amountCents,
        reasonCode: refund.reasonCode,
      },
      requestId: by.requestId,
    });
    return balanceOf(tx, refund.accountId);
  });
  if (!succeeded) throw refundRefused();
  return balance;
}

export const refundRefused = () =>
  new BeausError(
    402,
    'BEAUS_ERR_PAYMENT_DECLINED',
    'The card processor refused the refund; nothing was paid back and the balance is unchanged.',
  );
