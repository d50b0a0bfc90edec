/**
 * Refunds of card payments (BRIEF §2): money goes back to the card it came from, at most what the
 * payment brought in, and the prepaid ledger gets a debit that reverses the payment's credit.
 * Like adjustments, a refund above the agent's limit waits for a supervisor (`needsApproval`).
 */
import { cents, negateCents, subCents, sumCents } from './money.ts';
import type { Cents } from './money.ts';
import type { LedgerEntryDraft } from './ledger.ts';

/** Refund states that hold part of the payment: asked for, being paid out, or paid out. */
const holdingStatuses: ReadonlySet<string> = new Set([
  'awaiting_approval',
  'processing',
  'succeeded',
]);

export interface EarlierRefund {
  readonly amountCents: Cents;
  readonly status: string;
}

/** What is left to refund of a payment; a rejected or failed refund gives its amount back. */
export function refundableCents(paymentCents: Cents, earlier: readonly EarlierRefund[]): Cents {
  const held = sumCents(
    earlier.filter((r) => holdingStatuses.has(r.status)).map((r) => r.amountCents),
  );
  const left = subCents(paymentCents, held);
  return left > 0 ? left : cents(0);
}

export interface RefundContext {
  readonly refundableCents: Cents;
  /** A prepaid balance already spent on tolls cannot be paid back out. */
  readonly balanceCents: Cents;
}

/** Why a refund of `amountCents` may not go ahead, or null when it may. */
export function refundProblem(amountCents: Cents, context: RefundContext): string | null {
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0) {
    return 'amount must be whole cents above zero';
  }
  if (amountCents > context.refundableCents) {
    return `a refund cannot exceed what is left to refund of the payment (${context.refundableCents} cents)`;
  }
  if (amountCents > context.balanceCents) {
    return `a refund cannot exceed the balance of ${context.balanceCents} cents`;
  }
  return null;
}

/** The debit a refund paid out appends, referencing the refund. */
export function refundEntry(
  refund: { readonly accountId: string; readonly id: string; readonly amountCents: Cents },
  description: string,
): LedgerEntryDraft {
  return {
    accountId: refund.accountId,
    amountCents: negateCents(refund.amountCents),
    reason: 'refund',
    reference: refund.id,
    description,
  };
}
