import type { LedgerEntryKind } from '../adapters/database/schema/index.ts';
import type { Population } from './population.ts';
import type { SeededRandom } from './random.ts';
import type { Row, RowSink } from './row-sink.ts';

/**
 * Keeps the seeded prepaid ledger honest: every balance change is an entry (and every credit a
 * payment row), the running balances are only ever the sum of those entries, and auto top-up
 * fires as it would in production when a trip takes a balance under its threshold.
 */
export class LedgerBook {
  readonly balances: Float64Array;
  private entryId = 0;
  private paymentId = 0;
  private entries: Row[] = [];
  private payments: Row[] = [];
  private readonly population: Population;
  private readonly random: SeededRandom;

  constructor(population: Population, random: SeededRandom) {
    this.population = population;
    this.random = random;
    this.balances = new Float64Array(population.accountCount + 1);
  }

  get paymentCount(): number {
    return this.paymentId;
  }

  /** A card payment credited to the account (or, with `invoiceId`, paying an invoice). */
  recordPayment(
    accountId: number | null,
    amountCents: number,
    at: Date,
    invoiceId?: number,
  ): number {
    const paymentId = ++this.paymentId;
    const methodId = accountId ? this.population.paymentMethodId[accountId] : 0;
    this.payments.push({
      id: paymentId,
      idempotency_key: `seed-${paymentId}`,
      request_hash: `seed:${accountId ?? ''}:${invoiceId ?? ''}:${amountCents}`,
      amount_cents: amountCents,
      status: 'succeeded',
      gateway_ref: `sbx_ch_${paymentId.toString(36)}${this.random.digits(6)}`,
      payment_method_id: methodId || null,
      account_id: accountId,
      invoice_id: invoiceId ?? null,
      failure_reason: null,
      created_at: at,
      completed_at: new Date(at.getTime() + 2_000),
    });
    return paymentId;
  }

  /** Opening deposit or a manual payment into a prepaid balance. */
  deposit(accountId: number, amountCents: number, at: Date, kind: 'payment' | 'top_up'): void {
    const paymentId = this.recordPayment(accountId, amountCents, at);
    this.post(accountId, kind, amountCents, at, `payment:${paymentId}`, { payment_id: paymentId });
  }

  /** Debits a posted trip, then tops up as the customer's settings say. */
  chargeTrip(accountId: number, tripId: number, amountCents: number, at: Date): void {
    this.post(accountId, 'trip', -amountCents, at, `trip:${tripId}`, { trip_id: tripId });
    const balance = this.balances[accountId];
    const topUp = this.population.autoTopUpCents[accountId];
    const later = new Date(at.getTime() + 5_000);
    if (topUp > 0 && balance < this.population.autoTopUpThresholdCents[accountId]) {
      this.deposit(accountId, topUp, later, 'top_up');
    } else if (topUp === 0 && balance < 500 && this.random.chance(0.3)) {
      this.deposit(accountId, this.random.int(2, 5) * 1_000, later, 'payment');
    }
  }

  reverseTrip(accountId: number, tripId: number, amountCents: number, at: Date): void {
    const refs = { trip_id: tripId, description: 'Duplicate read reversed' };
    this.post(accountId, 'reversal', amountCents, at, `trip:${tripId}`, refs);
  }

  applyAdjustment(accountId: number, adjustmentId: number, amountCents: number, at: Date): void {
    const refs = { adjustment_id: adjustmentId };
    this.post(accountId, 'adjustment', amountCents, at, `adjustment:${adjustmentId}`, refs);
  }

  /** Writes what has accumulated; payments first, as entries reference them. */
  async flush(sink: RowSink): Promise<void> {
    await sink.write('payments', this.payments);
    await sink.write('ledger_entries', this.entries);
    this.payments = [];
    this.entries = [];
  }

  private post(
    accountId: number,
    kind: LedgerEntryKind,
    amountCents: number,
    at: Date,
    sourceRef: string,
    refs: Row,
  ): void {
    this.balances[accountId] += amountCents;
    this.entries.push({
      id: ++this.entryId,
      account_id: accountId,
      kind,
      amount_cents: amountCents,
      trip_id: null,
      payment_id: null,
      adjustment_id: null,
      invoice_id: null,
      description: null,
      ...refs,
      source_ref: sourceRef,
      created_at: at,
    });
  }
}
