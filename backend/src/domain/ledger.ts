/**
 * The prepaid ledger. Every balance change is an entry with a reason; the balance is the sum of
 * the entries and is never stored as a number to be edited. Corrections are reversing entries.
 */
import { negateCents, sumCents } from './money.ts';
import type { Cents } from './money.ts';

export const LEDGER_REASONS = [
  'trip',
  'payment',
  'adjustment',
  'refund',
  'fee',
  'reversal',
] as const;
export type LedgerReason = (typeof LEDGER_REASONS)[number];

/** A new entry as the domain proposes it; the store gives it an id and a timestamp. */
export interface LedgerEntryDraft {
  readonly accountId: string;
  /** Positive credits the account (payment), negative debits it (trip, fee, refund paid out). */
  readonly amountCents: Cents;
  readonly reason: LedgerReason;
  /** What the entry is for: a trip event id, a payment id, an adjustment id, a reversed entry id. */
  readonly reference: string;
  readonly description: string;
}

export function balanceOf(entries: readonly { readonly amountCents: Cents }[]): Cents {
  return sumCents(entries.map((e) => e.amountCents));
}

/** The entry that cancels `entry` exactly (a dispute upheld, a trip posted in error). */
export function reversalOf(
  entry: LedgerEntryDraft & { readonly id: string },
  description: string,
): LedgerEntryDraft {
  return {
    accountId: entry.accountId,
    amountCents: negateCents(entry.amountCents),
    reason: 'reversal',
    reference: entry.id,
    description,
  };
}
