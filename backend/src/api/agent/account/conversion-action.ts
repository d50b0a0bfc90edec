import { eq, inArray, sql } from 'drizzle-orm';
import type { BeausDb, Database } from '../../../adapters/database/database.ts';
import {
  accounts,
  invoiceLines,
  ledgerEntries,
  trips,
} from '../../../adapters/database/schema/index.ts';
import {
  planConversion,
  type InvoiceChargeKind,
  type OpenInvoiceLine,
} from '../../../domain/conversion.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { queryRows } from '../../../stream/sql-rows.ts';
import { conflict } from '../../../platform/errors.ts';
import { configurationKeys, defaultConfiguration } from '../../../seed/configuration-defaults.ts';
import {
  addAccountNote,
  lockAccount,
  requireNote,
  staffActor,
  type ActionContext,
} from './action-context.ts';
import { configurationValueAt } from './configuration-value.ts';

export interface ConversionOutcome {
  accountId: string;
  type: 'prepaid';
  tripsMoved: number;
  invoicesMoved: string[];
  movedCents: number;
  waived: { invoiceNo: string; description: string; amountCents: number }[];
  waivedCents: number;
  balanceCents: number;
  message: string;
}

const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

async function waivedLineKinds(database: Database, now: Date): Promise<Set<InvoiceChargeKind>> {
  const key = configurationKeys.conversionWaivedLineKinds;
  const value = await configurationValueAt(database, key, now, defaultConfiguration[key]);
  if (!Array.isArray(value)) throw new Error(`configuration '${key}' is not a list`);
  return new Set(value.filter((v): v is InvoiceChargeKind => v === 'fee' || v === 'penalty'));
}

/**
 * A toll-by-plate customer becomes a prepaid account. In one transaction: the account's type,
 * its unbilled tolls and open invoices (by account or by the plates of its active vehicles) onto
 * the ledger as the conversion rule says, the invoices voided (their amounts now live on the
 * ledger, so escalation stops), the note and the audit entry.
 */
export async function convertToPrepaid(
  database: Database,
  context: ActionContext,
  body: { note: string },
  now = new Date(),
): Promise<ConversionOutcome> {
  const note = requireNote(body.note);
  const waivable = await waivedLineKinds(database, now);
  return database.transaction(async (tx) => {
    const account = await lockAccount(tx, context.accountId);
    if (account.type !== 'toll_by_plate') {
      throw conflict(`This account is ${account.type}: only a toll-by-plate account converts.`);
    }
    const actor = await staffActor(tx, context.principal);
    const unbilled = await claimUnbilledTrips(tx, context.accountId, now);
    const { invoiceNos, lines } = await claimOpenInvoices(tx, context.accountId);
    const plan = planConversion(unbilled, lines, { waivedLineKinds: waivable });

    const invoicedTripIds = lines.flatMap((l) => (l.tripId === null ? [] : [Number(l.tripId)]));
    if (invoicedTripIds.length > 0) {
      await tx
        .update(trips)
        .set({ status: 'posted', postedAt: now, accountId: context.accountId })
        .where(inArray(trips.id, invoicedTripIds));
    }
    if (plan.entries.length > 0) {
      await tx
        .insert(ledgerEntries)
        .values(
          plan.entries.map((entry) => ({
            accountId: context.accountId,
            kind: entry.kind,
            amountCents: entry.amountCents,
            tripId: entry.tripId === null ? null : Number(entry.tripId),
            invoiceId: entry.invoiceId === null ? null : Number(entry.invoiceId),
            sourceRef: entry.sourceRef,
            description: entry.description,
          })),
        )
        .onConflictDoNothing();
    }
    await tx.update(accounts).set({ type: 'prepaid' }).where(eq(accounts.id, context.accountId));

    const [{ balance }] = await tx
      .select({ balance: sql<string>`coalesce(sum(${ledgerEntries.amountCents}), 0)::text` })
      .from(ledgerEntries)
      .where(eq(ledgerEntries.accountId, context.accountId));
    const waived = plan.waived.map((l) => ({
      invoiceNo: l.invoiceNo,
      description: l.description,
      amountCents: l.amountCents,
    }));
    const message =
      `Converted to prepaid: ${unbilled.length + invoicedTripIds.length} tolls and ` +
      `${invoiceNos.length} open invoices moved (${dollars(plan.movedCents)}).` +
      (plan.waivedCents > 0
        ? ` Fees waived on conversion: ${dollars(plan.waivedCents)}.`
        : ' No fees were waived.');
    await addAccountNote(tx, context.accountId, actor.id, `${message} ${note}`);
    await recordAudit(tx, {
      actor,
      action: 'account.converted_to_prepaid',
      entityType: 'account',
      entityId: context.accountId,
      before: { type: 'toll_by_plate' },
      after: {
        type: 'prepaid',
        tripIds: unbilled.map((t) => t.tripId),
        invoiceNos,
        movedCents: plan.movedCents,
        waived,
        waivedCents: plan.waivedCents,
        waivedLineKinds: [...waivable],
      },
      requestId: context.requestId,
    });
    return {
      accountId: String(context.accountId),
      type: 'prepaid',
      tripsMoved: unbilled.length + invoicedTripIds.length,
      invoicesMoved: invoiceNos,
      movedCents: plan.movedCents,
      waived,
      waivedCents: plan.waivedCents,
      balanceCents: Number(balance),
      message,
    };
  });
}

/** The plates of the account's vehicles still on the road: what its toll-by-plate bills are for. */
const byAccountOrPlate = `(account_id = $1 or (jurisdiction, plate) in (
  select v.jurisdiction, v.plate from vehicles v where v.account_id = $1 and v.end_date is null))`;

/** Takes the unbilled tolls out of the billing cycle's reach: only rows still unbilled move. */
async function claimUnbilledTrips(tx: BeausDb, accountId: number, now: Date) {
  const claimed = await queryRows<{ id: string; amount_cents: string | null }>(
    tx,
    `update trips set status = 'posted', posted_at = $2, account_id = $1
     where status = 'unbilled' and ${byAccountOrPlate}
     returning id::text as id, amount_cents::text as amount_cents`,
    [accountId, now.toISOString()],
  );
  return claimed.map((row) => ({ tripId: row.id, amountCents: Number(row.amount_cents ?? 0) }));
}

async function claimOpenInvoices(tx: BeausDb, accountId: number) {
  const rows = await queryRows<{ id: string; invoice_no: string }>(
    tx,
    `update invoices set status = 'void', account_id = $1
     where status = 'open' and ${byAccountOrPlate}
     returning id::text as id, invoice_no`,
    [accountId],
  );
  if (rows.length === 0) return { invoiceNos: [], lines: [] as OpenInvoiceLine[] };
  const invoiceNoById = new Map(rows.map((row) => [row.id, row.invoice_no]));
  const lineRows = await tx
    .select()
    .from(invoiceLines)
    .where(
      inArray(
        invoiceLines.invoiceId,
        rows.map((row) => Number(row.id)),
      ),
    )
    .orderBy(invoiceLines.id);
  const lines: OpenInvoiceLine[] = lineRows.map((line) => ({
    lineId: String(line.id),
    invoiceId: String(line.invoiceId),
    invoiceNo: invoiceNoById.get(String(line.invoiceId)) ?? '',
    kind: line.kind,
    tripId: line.tripId === null ? null : String(line.tripId),
    amountCents: line.amountCents,
    description: line.description,
  }));
  return { invoiceNos: rows.map((row) => row.invoice_no).sort(), lines };
}
