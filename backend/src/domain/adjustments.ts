/**
 * Agent adjustments and refunds (BRIEF §2): every one carries a reason code and a note, and one
 * above the agent's limit waits for a supervisor. The ledger entry is only drafted here; the
 * caller appends it once the adjustment is approved.
 */
import { negateCents } from './money.ts';
import type { Cents } from './money.ts';
import type { LedgerEntryDraft } from './ledger.ts';

/** credit: money to the customer's balance; debit: money taken; refund: balance paid back out. */
export type AdjustmentKind = 'credit' | 'debit' | 'refund';

export interface AdjustmentRequest {
  readonly accountId: string;
  readonly kind: AdjustmentKind;
  /** The size of the adjustment, above zero; `kind` says which way it moves the balance. */
  readonly amountCents: Cents;
  readonly reasonCode: string;
  readonly note: string;
}

export interface AdjustmentContext {
  /** Reason codes an admin has configured (e.g. `goodwill`, `duplicate_charge`, `rate_error`). */
  readonly reasonCodes: ReadonlySet<string>;
  /** The account's current balance: a refund cannot pay out more than the customer has. */
  readonly balanceCents: Cents;
}

export interface AdjustmentProblem {
  readonly field: 'amountCents' | 'reasonCode' | 'note';
  readonly message: string;
}

/** An adjustment of more than the limit needs approval; exactly the limit does not. */
export function needsApproval(amountCents: Cents, agentLimitCents: Cents): boolean {
  return Math.abs(amountCents) > agentLimitCents;
}

/** Every problem with a request, empty when it may be recorded. */
export function validateAdjustment(
  request: AdjustmentRequest,
  context: AdjustmentContext,
): AdjustmentProblem[] {
  const problems: AdjustmentProblem[] = [];
  if (!Number.isSafeInteger(request.amountCents) || request.amountCents <= 0) {
    problems.push({ field: 'amountCents', message: 'amount must be whole cents above zero' });
  } else if (request.kind === 'refund' && request.amountCents > context.balanceCents) {
    problems.push({
      field: 'amountCents',
      message: `a refund cannot exceed the balance of ${context.balanceCents} cents`,
    });
  }
  if (!context.reasonCodes.has(request.reasonCode)) {
    problems.push({ field: 'reasonCode', message: `unknown reason code '${request.reasonCode}'` });
  }
  if (request.note.trim().length === 0) {
    problems.push({ field: 'note', message: 'a note saying why is required' });
  }
  return problems;
}

/** The ledger entry an approved adjustment appends, referencing the adjustment's id. */
export function adjustmentEntry(
  request: AdjustmentRequest,
  adjustmentId: string,
): LedgerEntryDraft {
  const credit = request.kind === 'credit';
  return {
    accountId: request.accountId,
    amountCents: credit ? request.amountCents : negateCents(request.amountCents),
    reason: request.kind === 'refund' ? 'refund' : 'adjustment',
    reference: adjustmentId,
    description: `${request.reasonCode}: ${request.note.trim()}`,
  };
}
