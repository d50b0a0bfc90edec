import type { InvoiceStage } from '../adapters/database/schema/index.ts';
import {
  configurationKeys,
  defaultConfiguration,
  defaultEscalationLadder,
} from './configuration-defaults.ts';
import { invoiceNoFor } from './identifiers.ts';
import type { LedgerBook } from './ledger-book.ts';
import type { SeededRandom } from './random.ts';
import type { Row, RowSink } from './row-sink.ts';

const dayMs = 86_400_000;
const adminFeeCents = defaultConfiguration[configurationKeys.adminFeeCents] as number;
const dueDays = defaultConfiguration[configurationKeys.invoiceDueDays] as number;

export interface BillableTrip {
  tripId: number;
  accountId: number | null;
  plate: string;
  jurisdiction: string;
  occurredAt: Date;
  amountCents: number;
  asOf: Date;
}

interface PendingInvoice {
  accountId: number | null;
  plate: string;
  jurisdiction: string;
  issuedAt: Date;
  trips: { tripId: number; amountCents: number }[];
}

/**
 * Gathers toll-by-plate trips into invoices on the billing cycle (issued on the 1st and 16th for
 * travel before), then ages each one up the escalation ladder or pays it, as of the seed date.
 */
export class InvoiceBook {
  private readonly pending = new Map<string, PendingInvoice>();

  /** True when the trip's billing run is already past, i.e. the trip is on an invoice. */
  addTrip(trip: BillableTrip): boolean {
    const issuedAt = billingRunAfter(trip.occurredAt);
    if (issuedAt > trip.asOf) return false;
    const key = `${trip.jurisdiction}|${trip.plate}|${issuedAt.getTime()}`;
    let invoice = this.pending.get(key);
    if (!invoice) {
      const { accountId, plate, jurisdiction } = trip;
      invoice = { accountId, plate, jurisdiction, issuedAt, trips: [] };
      this.pending.set(key, invoice);
    }
    invoice.trips.push({ tripId: trip.tripId, amountCents: trip.amountCents });
    return true;
  }

  async write(
    sink: RowSink,
    ledger: LedgerBook,
    random: SeededRandom,
    asOf: Date,
  ): Promise<number> {
    const invoices: Row[] = [];
    const lines: Row[] = [];
    const history: Row[] = [];
    let invoiceId = 0;
    const line = (id: number, kind: string, amountCents: number, description: string, extra: Row) =>
      lines.push({
        id: lines.length + 1,
        invoice_id: id,
        kind,
        trip_id: null,
        amount_cents: amountCents,
        rule_ref: null,
        description,
        ...extra,
      });
    const payments: { invoiceId: number; accountId: number | null; amount: number; at: Date }[] =
      [];
    for (const invoice of this.pending.values()) {
      const id = ++invoiceId;
      let total = 0;
      for (const trip of invoice.trips) {
        line(id, 'trip', trip.amountCents, 'Toll', { trip_id: trip.tripId });
        total += trip.amountCents;
      }
      line(id, 'fee', adminFeeCents, 'Administrative fee', {
        rule_ref: configurationKeys.adminFeeCents,
      });
      total += adminFeeCents;
      history.push(stageRow(history.length + 1, id, null, 'invoice', 0, invoice.issuedAt));
      const paidAt = new Date(invoice.issuedAt.getTime() + random.int(2, 28) * dayMs);
      const pays = random.chance(0.6) && paidAt <= asOf;
      let stage: InvoiceStage = 'invoice';
      for (const step of defaultEscalationLadder) {
        const reachedAt = new Date(invoice.issuedAt.getTime() + step.afterDays * dayMs);
        if (reachedAt > asOf || (pays && reachedAt > paidAt)) break;
        if (step.feeCents > 0) {
          const kind = step.stage === 'violation' ? 'penalty' : 'fee';
          line(id, kind, step.feeCents, `${step.stage.replace('_', ' ')} fee`, {
            rule_ref: configurationKeys.escalationLadder,
          });
          total += step.feeCents;
        }
        history.push(stageRow(history.length + 1, id, stage, step.stage, step.feeCents, reachedAt));
        stage = step.stage;
      }
      invoices.push({
        id,
        invoice_no: invoiceNoFor(id),
        plate: invoice.plate,
        jurisdiction: invoice.jurisdiction,
        account_id: invoice.accountId,
        stage,
        status: pays ? 'paid' : 'open',
        issued_at: invoice.issuedAt,
        due_at: new Date(invoice.issuedAt.getTime() + dueDays * dayMs).toISOString().slice(0, 10),
        paid_at: pays ? paidAt : null,
        created_at: invoice.issuedAt,
      });
      if (pays)
        payments.push({ invoiceId: id, accountId: invoice.accountId, amount: total, at: paidAt });
    }
    await sink.write('invoices', invoices);
    await sink.write('invoice_lines', lines);
    await sink.write('invoice_stage_history', history);
    for (const payment of payments) {
      ledger.recordPayment(payment.accountId, payment.amount, payment.at, payment.invoiceId);
    }
    await ledger.flush(sink);
    return invoiceId;
  }
}

function stageRow(
  id: number,
  invoiceId: number,
  from: InvoiceStage | null,
  to: InvoiceStage,
  fee: number,
  at: Date,
): Row {
  return {
    id,
    invoice_id: invoiceId,
    from_stage: from,
    to_stage: to,
    fee_cents: fee,
    reason: 'schedule',
    at,
  };
}

/** The next billing run (1st or 16th, 06:00 UTC) after a trip's day. */
export function billingRunAfter(occurredAt: Date): Date {
  const year = occurredAt.getUTCFullYear();
  const month = occurredAt.getUTCMonth();
  return occurredAt.getUTCDate() < 16
    ? new Date(Date.UTC(year, month, 16, 6))
    : new Date(Date.UTC(year, month + 1, 1, 6));
}
