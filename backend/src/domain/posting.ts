/**
 * Posting to a prepaid account (BRIEF §2 Posting). The functions return the entries to append
 * and the tag status changes to apply; they never return a balance to store.
 */
import { addCents, cents, negateCents } from './money.ts';
import type { Cents } from './money.ts';
import type { LedgerEntryDraft } from './ledger.ts';
import type { RateExplanation } from './rating.ts';
import type { TagStatus } from './trip.ts';

export interface AccountTag {
  readonly tagId: string;
  readonly status: TagStatus;
}

export interface AutoTopUp {
  readonly amountCents: Cents;
  /** A charge already asked for and not yet settled: never ask twice for one dip below the threshold. */
  readonly pending: boolean;
}

export interface AccountSnapshot {
  readonly accountId: string;
  /** The sum of the account's entries, read in the same transaction that appends the new ones. */
  readonly balanceCents: Cents;
  readonly lowBalanceThresholdCents: Cents;
  readonly tags: readonly AccountTag[];
  /** Absent when the customer has no card on file or turned auto top-up off. */
  readonly autoTopUp?: AutoTopUp;
}

export interface RatedTrip {
  readonly eventId: string;
  readonly plazaId: string;
  readonly occurredAt: Date;
  readonly amountCents: Cents;
  readonly explanation: RateExplanation;
}

export interface TagStatusChange {
  readonly tagId: string;
  readonly from: TagStatus;
  readonly to: TagStatus;
}

export interface PostingResult {
  readonly ledgerEntries: readonly LedgerEntryDraft[];
  readonly tagStatusChanges: readonly TagStatusChange[];
  /** Charge the card on file for this much (through the payment gateway, with an idempotency key). */
  readonly autoTopUpRequested?: Cents;
}

/** Statuses the balance drives. Lost, stolen and inactive are set by people and stay as they are. */
const BALANCE_DRIVEN: ReadonlySet<TagStatus> = new Set(['valid', 'low_balance', 'invalid']);

/** The tag status a balance calls for: at or below zero invalid, under the threshold low balance. */
export function tagStatusForBalance(balance: Cents, lowBalanceThreshold: Cents): TagStatus {
  if (balance <= 0) return 'invalid';
  if (balance < lowBalanceThreshold) return 'low_balance';
  return 'valid';
}

/** The changes that bring the account's balance-driven tags in line with `balance`. */
export function tagStatusChanges(
  tags: readonly AccountTag[],
  balance: Cents,
  lowBalanceThreshold: Cents,
): TagStatusChange[] {
  const to = tagStatusForBalance(balance, lowBalanceThreshold);
  return tags
    .filter((tag) => BALANCE_DRIVEN.has(tag.status) && tag.status !== to)
    .map((tag) => ({ tagId: tag.tagId, from: tag.status, to }));
}

/** Debits a rated trip. The trip is posted whatever the balance: the toll was incurred. */
export function postTrip(account: AccountSnapshot, trip: RatedTrip): PostingResult {
  if (trip.amountCents < 0) throw new RangeError('a trip cannot credit an account');
  const entry: LedgerEntryDraft = {
    accountId: account.accountId,
    amountCents: negateCents(trip.amountCents),
    reason: 'trip',
    reference: trip.eventId,
    description: `Toll ${trip.plazaId} ${trip.explanation.localTime} (${trip.explanation.rateKind} rate)`,
  };
  return withConsequences(account, [entry]);
}

/**
 * Credits a payment (a top-up, an auto top-up that settled). Recovery is automatic: once the
 * balance is back above the threshold the tags return to valid.
 */
export function postPayment(
  account: AccountSnapshot,
  payment: {
    readonly paymentId: string;
    readonly amountCents: Cents;
    readonly description: string;
  },
): PostingResult {
  if (payment.amountCents <= 0) throw new RangeError('a payment must be above zero');
  const entry: LedgerEntryDraft = {
    accountId: account.accountId,
    amountCents: payment.amountCents,
    reason: 'payment',
    reference: payment.paymentId,
    description: payment.description,
  };
  return withConsequences(account, [entry]);
}

/** Tag statuses and the auto top-up that follow from appending `entries` to the account. */
export function withConsequences(
  account: AccountSnapshot,
  entries: readonly LedgerEntryDraft[],
): PostingResult {
  const after = entries.reduce((sum, e) => addCents(sum, e.amountCents), account.balanceCents);
  const changes = tagStatusChanges(account.tags, after, account.lowBalanceThresholdCents);
  const topUp = account.autoTopUp;
  const wantsTopUp =
    topUp !== undefined &&
    !topUp.pending &&
    topUp.amountCents > 0 &&
    after < account.lowBalanceThresholdCents;
  return {
    ledgerEntries: entries,
    tagStatusChanges: changes,
    ...(wantsTopUp ? { autoTopUpRequested: cents(topUp.amountCents) } : {}),
  };
}
