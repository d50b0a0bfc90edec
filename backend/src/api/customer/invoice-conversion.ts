import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../../adapters/database/database.ts';
import {
  accounts,
  type CustomerLanguage,
  invoices,
  ledgerEntries,
  trips,
  users,
} from '../../adapters/database/schema/index.ts';
import type { PaymentGateway } from '../../adapters/payments/payment-gateway.ts';
import type { InvoiceChargeKind, OpenInvoiceLine } from '../../domain/conversion.ts';
import { planGuestConversion } from '../../domain/guest-conversion.ts';
import { normalisePlate, normalisePlateText } from '../../domain/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import { BeausError, conflict, notFound } from '../../platform/errors.ts';
import { configurationKeys, defaultConfiguration } from '../../seed/configuration-defaults.ts';
import { configurationValueAt } from '../agent/account/configuration-value.ts';
import { signUp } from './sign-up.ts';
import type { SignUpBody, SignUpResult } from './sign-up.schemas.ts';

const ruleKey = configurationKeys.conversionWaivedLineKinds;

export interface ConversionPreview {
  invoiceNo: string;
  plate: string;
  jurisdiction: string;
  status: 'open' | 'paid';
  /** The configuration rule that waives the fees, and the invoice line kinds it names. */
  rule: { key: string; waivedLineKinds: string[] };
  waived: { description: string; amountCents: number }[];
  waivedCents: number;
  /** What the conversion does to the new balance: tolls owed (negative) or fees refunded. */
  balanceChangeCents: number;
}

interface ConvertibleInvoice {
  id: number;
  invoiceNo: string;
  plate: string;
  jurisdiction: string;
  status: 'open' | 'paid';
  lines: OpenInvoiceLine[];
}

const invoiceNotFound = () =>
  notFound('No invoice matches that invoice number and plate. Check both and try again.');

/** What opening an account from this invoice would waive and move; nothing is written. */
export async function previewConversion(
  database: Database,
  invoiceNo: string,
  plate: string,
  now = new Date(),
): Promise<ConversionPreview> {
  const invoice = await convertibleInvoice(database, invoiceNo, plate);
  const kinds = await waivedLineKinds(database, now);
  const plan = planGuestConversion(
    { id: String(invoice.id), invoiceNo: invoice.invoiceNo, status: invoice.status },
    invoice.lines,
    { waivedLineKinds: kinds },
  );
  return {
    invoiceNo: invoice.invoiceNo,
    plate: invoice.plate,
    jurisdiction: invoice.jurisdiction,
    status: invoice.status,
    rule: { key: ruleKey, waivedLineKinds: [...kinds] },
    waived: plan.waived.map((line) => ({
      description: line.description,
      amountCents: line.amountCents,
    })),
    waivedCents: plan.waivedCents,
    balanceChangeCents: plan.balanceChangeCents,
  };
}

/**
 * Opens a prepaid account (through the sign-up of a new driver) from an open or paid guest
 * invoice, the invoice number and plate being the proof: the invoice's plate must be one of the
 * new vehicles. Then, in one transaction, the invoice joins the account (once: a second
 * conversion finds it taken), an open invoice's tolls and kept charges post to the new ledger
 * and the invoice is voided, a paid invoice's waived fees are credited, and the audit entry
 * names the rule.
 */
export async function convertInvoice(
  deps: { database: Database; gateway: PaymentGateway },
  proof: { invoiceNo: string; plate: string },
  account: SignUpBody,
  requestId: string,
  language: CustomerLanguage = 'en',
  now = new Date(),
): Promise<SignUpResult & { conversion: ConversionPreview }> {
  const { database } = deps;
  const invoice = await convertibleInvoice(database, proof.invoiceNo, proof.plate);
  const ownsPlate = account.vehicles.some((vehicle) => {
    const result = normalisePlate(vehicle.jurisdiction, vehicle.plate);
    return result.ok && result.plate.key === `${invoice.jurisdiction}:${invoice.plate}`;
  });
  if (!ownsPlate) {
    throw new BeausError(
      400,
      'BEAUS_ERR_VALIDATION',
      `body/account/vehicles must include the invoice's plate ${invoice.jurisdiction} ${invoice.plate}`,
    );
  }
  const preview = await previewConversion(database, proof.invoiceNo, proof.plate, now);
  const kinds = new Set(preview.rule.waivedLineKinds as InvoiceChargeKind[]);
  const opened = await signUp(deps, account, requestId, now);

  await database.transaction(async (tx) => {
    const [created] = await tx
      .select({ accountId: accounts.id, userId: users.id })
      .from(accounts)
      .innerJoin(users, eq(users.accountId, accounts.id))
      .where(eq(accounts.accountNo, opened.accountNo));
    if (!created) throw new Error(`account ${opened.accountNo} vanished after sign-up`);
    // E-mails and statements in the language the driver used to open the account.
    await tx
      .update(accounts)
      .set({ preferredLanguage: language })
      .where(eq(accounts.id, created.accountId));
    const joined = await tx
      .update(invoices)
      .set({
        accountId: created.accountId,
        ...(invoice.status === 'open' ? { status: 'void' as const } : {}),
      })
      .where(
        and(
          eq(invoices.id, invoice.id),
          eq(invoices.status, invoice.status),
          isNull(invoices.accountId),
        ),
      )
      .returning({ id: invoices.id });
    if (joined.length === 0) {
      throw conflict(
        `Account ${opened.accountNo} is open, but invoice ${invoice.invoiceNo} was changed meanwhile and stays as it is. Call us to move it.`,
      );
    }
    const plan = planGuestConversion(
      { id: String(invoice.id), invoiceNo: invoice.invoiceNo, status: invoice.status },
      invoice.lines,
      { waivedLineKinds: kinds },
    );
    const tripIds = plan.entries.flatMap((entry) =>
      entry.kind === 'trip' && entry.tripId !== null ? [Number(entry.tripId)] : [],
    );
    if (tripIds.length > 0) {
      await tx
        .update(trips)
        .set({ status: 'posted', postedAt: now, accountId: created.accountId })
        .where(inArray(trips.id, tripIds));
    }
    if (plan.entries.length > 0) {
      await tx.insert(ledgerEntries).values(
        plan.entries.map((entry) => ({
          accountId: created.accountId,
          kind: entry.kind,
          amountCents: entry.amountCents,
          tripId: entry.tripId === null ? null : Number(entry.tripId),
          invoiceId: invoice.id,
          sourceRef: entry.sourceRef,
          description: entry.description,
        })),
      );
    }
    await recordAudit(tx, {
      actor: { id: created.userId, username: opened.username },
      action: 'invoice.converted_to_account',
      entityType: 'invoice',
      entityId: invoice.id,
      before: { status: invoice.status, accountId: null },
      after: {
        status: invoice.status === 'open' ? 'void' : invoice.status,
        accountNo: opened.accountNo,
        rule: ruleKey,
        waivedLineKinds: [...kinds],
        waivedCents: plan.waivedCents,
        balanceChangeCents: plan.balanceChangeCents,
      },
      requestId,
    });
  });
  return { ...opened, conversion: preview };
}

/** The invoice with its lines still owed (not waived by an agent); 404/409 when it cannot convert. */
async function convertibleInvoice(
  database: Database,
  invoiceNo: string,
  plateText: string,
): Promise<ConvertibleInvoice> {
  const plate = normalisePlateText(plateText);
  const [row] = await database.query<{
    id: string;
    invoice_no: string;
    plate: string;
    jurisdiction: string;
    status: string;
    account_id: string | null;
  }>(
    `select id::text, invoice_no, plate, jurisdiction, status, account_id::text
     from invoices where invoice_no = $1 and plate = $2`,
    [invoiceNo.trim().toUpperCase(), plate],
  );
  if (!row || plate === '') throw invoiceNotFound();
  if (row.account_id !== null) {
    throw conflict('This invoice is already on an account. Sign in to see it.');
  }
  if (row.status !== 'open' && row.status !== 'paid') {
    throw conflict('This invoice was cancelled; there is nothing to move to an account.');
  }
  const lines = await database.query<{
    id: string;
    kind: 'trip' | InvoiceChargeKind;
    trip_id: string | null;
    amount_cents: string;
    description: string;
  }>(
    `select id::text, kind, trip_id::text, amount_cents::text, description from invoice_lines
     where invoice_id = $1 and waived_at is null order by id`,
    [row.id],
  );
  return {
    id: Number(row.id),
    invoiceNo: row.invoice_no,
    plate: row.plate,
    jurisdiction: row.jurisdiction,
    status: row.status,
    lines: lines.map((line) => ({
      lineId: line.id,
      invoiceId: row.id,
      invoiceNo: row.invoice_no,
      kind: line.kind,
      tripId: line.trip_id,
      amountCents: Number(line.amount_cents),
      description: line.description,
    })),
  };
}

async function waivedLineKinds(database: Database, now: Date): Promise<Set<InvoiceChargeKind>> {
  const value = await configurationValueAt(database, ruleKey, now, defaultConfiguration[ruleKey]);
  if (!Array.isArray(value)) throw new Error(`configuration '${ruleKey}' is not a list`);
  return new Set(value.filter((v): v is InvoiceChargeKind => v === 'fee' || v === 'penalty'));
}
