import { and, eq, gt, inArray, lte } from 'drizzle-orm';
import type { BeausDb, Database } from '../adapters/database/database.ts';
import {
  invoiceLines,
  invoiceStageHistory,
  invoices,
  trips,
} from '../adapters/database/schema/index.ts';
import { buildInvoice, type InvoiceRules, type UnbilledToll } from '../domain/invoicing.ts';
import { cents } from '../domain/money.ts';
import { plateKey } from '../domain/plate.ts';
import { invoiceNoFor } from '../seed/identifiers.ts';
import type { Mailer } from '../adapters/email/mailer.ts';
import { invoiceRulesAt } from './billing-configuration.ts';
import { sendInvoiceIssued } from './invoice-notices.ts';

export interface BillingCycleResult {
  invoicesIssued: number;
  tripsInvoiced: number;
}

export interface PlateGroup {
  plate: string;
  jurisdiction: string;
}

/**
 * The billing cycle: every plate's unbilled toll-by-plate trips up to `now` become one invoice
 * with the administrative fee in force. Safe to re-run and to run twice at once: a trip is moved
 * from 'unbilled' to 'invoiced' by the same transaction that bills it, and only trips this run
 * moved are put on its invoice.
 */
export async function runBillingCycle(
  database: Database,
  now: Date,
  notices?: InvoiceNotices,
): Promise<BillingCycleResult> {
  const rules = await invoiceRulesAt(database, now);
  const plates = await database.query<PlateGroup>(
    `select distinct plate, jurisdiction from trips
     where status = 'unbilled' and plate is not null and jurisdiction is not null
       and amount_cents > 0 and occurred_at <= $1
     order by jurisdiction, plate`,
    [now.toISOString()],
  );
  const result: BillingCycleResult = { invoicesIssued: 0, tripsInvoiced: 0 };
  for (const group of plates) {
    const billed = await database.transaction((tx) => billPlate(tx, group, rules, now));
    if (billed) {
      result.invoicesIssued++;
      result.tripsInvoiced += billed.tripsBilled;
      // After the commit: a notice never holds up or undoes the billing.
      if (notices) {
        await sendInvoiceIssued(database, notices.mailer, billed.invoiceId, now).catch(
          notices.onError,
        );
      }
    }
  }
  return result;
}

/** Bills one plate; null when another run took its trips first. */
async function billPlate(
  tx: BeausDb,
  group: PlateGroup,
  rules: InvoiceRules,
  now: Date,
): Promise<BilledInvoice | null> {
  const candidates = await tx
    .select({ id: trips.id })
    .from(trips)
    .where(
      and(
        eq(trips.status, 'unbilled'),
        eq(trips.plate, group.plate),
        eq(trips.jurisdiction, group.jurisdiction),
        gt(trips.amountCents, 0),
        lte(trips.occurredAt, now),
      ),
    );
  return billTrips(
    tx,
    group,
    candidates.map((trip) => trip.id),
    rules,
    now,
    'billing cycle',
  );
}

/** Where invoice notices go: the e-mail adapter, and what to do when a send fails. */
export interface InvoiceNotices {
  mailer: Mailer;
  onError: (error: unknown) => void;
}

export interface BilledInvoice {
  invoiceId: number;
  invoiceNo: string;
  tripsBilled: number;
  totalCents: number;
}

/**
 * Puts the plate's trips among `tripIds` that are still unbilled on one new invoice, with the
 * administrative fee in force; null when none is left (another run or payment took them). The
 * trips move to 'invoiced' in the caller's transaction, which is what keeps them on one invoice.
 */
export async function billTrips(
  tx: BeausDb,
  group: PlateGroup,
  tripIds: readonly number[],
  rules: InvoiceRules,
  now: Date,
  reason: string,
): Promise<BilledInvoice | null> {
  if (tripIds.length === 0) return null;
  // The claim: only rows still unbilled change, so a concurrent run cannot bill them too.
  const claimed = await tx
    .update(trips)
    .set({ status: 'invoiced' })
    .where(
      and(
        inArray(trips.id, [...tripIds]),
        eq(trips.status, 'unbilled'),
        eq(trips.plate, group.plate),
        eq(trips.jurisdiction, group.jurisdiction),
        gt(trips.amountCents, 0),
      ),
    )
    .returning({
      id: trips.id,
      eventId: trips.eventId,
      plazaId: trips.plazaId,
      occurredAt: trips.occurredAt,
      amountCents: trips.amountCents,
      accountId: trips.accountId,
    });
  const billable = claimed;
  if (billable.length === 0) return null;
  const tolls: UnbilledToll[] = billable.map((trip) => ({
    tripEventId: trip.eventId,
    plazaId: String(trip.plazaId),
    occurredAt: trip.occurredAt,
    plateKey: plateKey(group.jurisdiction, group.plate),
    amountCents: cents(trip.amountCents ?? 0),
  }));
  const [created] = await tx
    .insert(invoices)
    .values({
      // Replaced below by the number made from the id, which only exists after the insert.
      invoiceNo: `PENDING-${tolls[0]?.tripEventId ?? ''}`,
      plate: group.plate,
      jurisdiction: group.jurisdiction,
      accountId: billable.find((trip) => trip.accountId !== null)?.accountId ?? null,
      issuedAt: now,
      dueAt: now.toISOString().slice(0, 10),
    })
    .returning({ id: invoices.id });
  if (!created) throw new Error('the invoice insert returned no row');
  const invoiceId = created.id;
  const invoice = buildInvoice(tolls, rules, now, {
    invoiceId: String(invoiceId),
    invoiceNumber: invoiceNoFor(invoiceId),
  });
  await tx
    .update(invoices)
    .set({ invoiceNo: invoice.number, dueAt: invoice.dueAt.toISOString().slice(0, 10) })
    .where(eq(invoices.id, invoiceId));
  const tripIdByEvent = new Map(billable.map((trip) => [trip.eventId, trip.id]));
  await tx.insert(invoiceLines).values(
    invoice.lines.map((line) =>
      line.kind === 'toll'
        ? {
            invoiceId,
            kind: 'trip' as const,
            tripId: tripIdByEvent.get(line.tripEventId) ?? null,
            amountCents: line.amountCents,
            description: 'Toll',
          }
        : {
            invoiceId,
            kind: 'fee' as const,
            amountCents: line.amountCents,
            ruleRef: line.ruleKey,
            description: 'Administrative fee',
          },
    ),
  );
  await tx.insert(invoiceStageHistory).values({
    invoiceId,
    fromStage: null,
    toStage: 'invoice',
    feeCents: 0,
    reason,
    at: now,
  });
  return {
    invoiceId,
    invoiceNo: invoice.number,
    tripsBilled: billable.length,
    totalCents: invoice.lines.reduce((sum, line) => sum + line.amountCents, 0),
  };
}
