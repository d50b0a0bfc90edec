/**
 * A guest turns a toll-by-plate invoice into a new prepaid account. An open invoice moves onto
 * the new ledger as the agent-side conversion does (`planConversion`: tolls and kept charges as
 * debits, the waived kinds left out); a paid invoice is settled already, so the fees it paid
 * that the rule waives come back as one credit.
 */
import {
  planConversion,
  type ConversionRules,
  type InvoiceChargeKind,
  type OpenInvoiceLine,
} from './conversion.ts';

export interface GuestConversionEntry {
  readonly kind: 'trip' | 'fee' | 'adjustment';
  readonly amountCents: number;
  readonly tripId: string | null;
  readonly invoiceId: string;
  readonly sourceRef: string;
  readonly description: string;
}

export interface GuestConversionPlan {
  readonly entries: readonly GuestConversionEntry[];
  readonly waived: readonly OpenInvoiceLine[];
  readonly waivedCents: number;
  /** The sum of the entries: what the conversion does to the new balance. */
  readonly balanceChangeCents: number;
}

/** `lines` are the invoice's lines not already waived (by an agent); all of one invoice. */
export function planGuestConversion(
  invoice: { readonly id: string; readonly invoiceNo: string; readonly status: 'open' | 'paid' },
  lines: readonly OpenInvoiceLine[],
  rules: ConversionRules,
): GuestConversionPlan {
  if (invoice.status === 'open') {
    const plan = planConversion([], lines, rules);
    const entries = plan.entries.map((entry) => ({ ...entry, invoiceId: invoice.id }));
    return {
      entries,
      waived: plan.waived,
      waivedCents: plan.waivedCents,
      balanceChangeCents: -plan.movedCents,
    };
  }
  const waived = lines.filter(
    (line) => line.kind !== 'trip' && rules.waivedLineKinds.has(line.kind as InvoiceChargeKind),
  );
  const waivedCents = waived.reduce((sum, line) => sum + line.amountCents, 0);
  const entries: GuestConversionEntry[] =
    waivedCents > 0
      ? [
          {
            kind: 'adjustment',
            amountCents: waivedCents,
            tripId: null,
            invoiceId: invoice.id,
            sourceRef: `invoice:${invoice.id}:conversion-waiver`,
            description: `Fees paid on invoice ${invoice.invoiceNo}, waived on conversion to prepaid`,
          },
        ]
      : [];
  return { entries, waived, waivedCents, balanceChangeCents: waivedCents };
}
