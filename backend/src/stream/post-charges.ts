/**
 * Posting a batch's charges to prepaid and fleet accounts, in trip-time order per account, from
 * balances read under the account locks. Pure: the ledger entries, the net tag status changes
 * and the auto top-up requests come back as data for the writer. A trip that empties the
 * balance makes the tag invalid, and the account's later trips in the same batch already rate
 * at the plate rate, as they would have one batch later.
 */
import { addCents, postTrip, withConsequences } from '../domain/index.ts';
import type { Cents, LedgerEntryDraft, RateKind, TagStatus } from '../domain/index.ts';
import type { LedgerCharge } from './plan-trips.ts';
import type { Price } from './trip-pricing.ts';

export interface AutoTopUpSetting {
  readonly amountCents: Cents;
  /** The account's own threshold: a card charge is asked for when the balance goes under it. */
  readonly thresholdCents: Cents;
  readonly paymentMethodId: number;
  /** An auto top-up already asked for and not settled: never ask twice for one dip. */
  readonly pending: boolean;
}

export interface AccountState {
  readonly accountId: number;
  readonly balanceCents: Cents;
  readonly tags: readonly { readonly tagNo: string; readonly status: TagStatus }[];
  readonly autoTopUp: AutoTopUpSetting | null;
}

export interface PostedCharge {
  readonly charge: LedgerCharge;
  readonly price: Price;
  readonly rateKind: RateKind;
  readonly entry: LedgerEntryDraft;
}

export interface TopUpRequest {
  readonly accountId: number;
  readonly amountCents: Cents;
  readonly paymentMethodId: number;
  /** The trip that took the balance under the threshold: names the request, once. */
  readonly eventId: string;
}

export interface NetTagChange {
  readonly tagNo: string;
  readonly from: TagStatus;
  readonly to: TagStatus;
}

export interface PostingPlan {
  readonly posted: readonly PostedCharge[];
  readonly tagChanges: readonly NetTagChange[];
  readonly topUps: readonly TopUpRequest[];
}

/** Tag statuses that still pay at the tag rate; an invalid (or since lost) tag pays the plate rate. */
const TAG_RATE_STATUSES: ReadonlySet<TagStatus> = new Set(['valid', 'low_balance']);

export function postCharges(
  accounts: ReadonlyMap<number, AccountState>,
  charges: readonly LedgerCharge[],
  lowBalanceAt: (at: Date) => Cents,
): PostingPlan {
  const running = new Map(
    [...accounts.values()].map((account) => [
      account.accountId,
      {
        balance: account.balanceCents,
        tags: account.tags.map((tag) => ({ ...tag })),
        topUpPending: account.autoTopUp?.pending ?? false,
      },
    ]),
  );
  const ordered = [...charges].sort(
    (a, b) =>
      a.occurredAt.getTime() - b.occurredAt.getTime() ||
      (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0),
  );
  const posted: PostedCharge[] = [];
  const topUps: TopUpRequest[] = [];
  for (const charge of ordered) {
    const account = accounts.get(charge.accountId);
    const state = running.get(charge.accountId);
    if (account === undefined || state === undefined) {
      throw new Error(`account ${charge.accountId} was not locked for posting`);
    }
    const tagStatus = state.tags.find((tag) => tag.tagNo === charge.tagNo)?.status;
    const rateKind: RateKind =
      charge.tagPrice !== null && tagStatus !== undefined && TAG_RATE_STATUSES.has(tagStatus)
        ? 'tag'
        : 'plate';
    const price =
      rateKind === 'tag' && charge.tagPrice !== null ? charge.tagPrice : charge.platePrice;
    const result = postTrip(
      {
        accountId: String(charge.accountId),
        balanceCents: state.balance,
        lowBalanceThresholdCents: lowBalanceAt(charge.occurredAt),
        tags: state.tags.map((tag) => ({ tagId: tag.tagNo, status: tag.status })),
      },
      {
        eventId: charge.eventId,
        plazaId: charge.plazaCode,
        occurredAt: charge.occurredAt,
        amountCents: price.amountCents,
        explanation: { ...price.rated, rateKind },
      },
    );
    for (const entry of result.ledgerEntries)
      state.balance = addCents(state.balance, entry.amountCents);
    for (const change of result.tagStatusChanges) {
      const tag = state.tags.find((t) => t.tagNo === change.tagId);
      if (tag !== undefined) tag.status = change.to;
    }
    const [entry] = result.ledgerEntries;
    if (entry !== undefined) posted.push({ charge, price, rateKind, entry });

    const topUp = account.autoTopUp;
    if (topUp !== null && !state.topUpPending) {
      const wanted = withConsequences(
        {
          accountId: String(charge.accountId),
          balanceCents: state.balance,
          lowBalanceThresholdCents: topUp.thresholdCents,
          tags: [],
          autoTopUp: { amountCents: topUp.amountCents, pending: false },
        },
        [],
      ).autoTopUpRequested;
      if (wanted !== undefined) {
        state.topUpPending = true;
        topUps.push({
          accountId: charge.accountId,
          amountCents: wanted,
          paymentMethodId: topUp.paymentMethodId,
          eventId: charge.eventId,
        });
      }
    }
  }
  return { posted, tagChanges: netTagChanges(accounts, running), topUps };
}

function netTagChanges(
  accounts: ReadonlyMap<number, AccountState>,
  running: ReadonlyMap<number, { tags: { tagNo: string; status: TagStatus }[] }>,
): NetTagChange[] {
  const changes: NetTagChange[] = [];
  for (const account of accounts.values()) {
    const after = running.get(account.accountId)?.tags ?? [];
    for (const before of account.tags) {
      const to = after.find((tag) => tag.tagNo === before.tagNo)?.status ?? before.status;
      if (to !== before.status) changes.push({ tagNo: before.tagNo, from: before.status, to });
    }
  }
  return changes;
}
