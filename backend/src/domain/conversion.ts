/**
 * Converting a toll-by-plate customer into a prepaid account (issue 4): what they owe by plate
 * moves onto the prepaid ledger. Unbilled tolls and the tolls of open invoices post as trip
 * debits at the amount they were rated at; the invoices' fees and penalties post as fee debits,
 * except the line kinds the conversion rule waives, which are listed so the agent can say so.
 */

export type InvoiceChargeKind = 'fee' | 'penalty';

export interface UnbilledToll {
  readonly tripId: string;
  readonly amountCents: number;
}

export interface OpenInvoiceLine {
  readonly lineId: string;
  readonly invoiceId: string;
  readonly invoiceNo: string;
  readonly kind: 'trip' | InvoiceChargeKind;
  readonly tripId: string | null;
  readonly amountCents: number;
  readonly description: string;
}

export interface ConversionRules {
  /** Invoice line kinds written off when the customer converts, e.g. administrative fees. */
  readonly waivedLineKinds: ReadonlySet<InvoiceChargeKind>;
}

export interface ConversionEntry {
  readonly kind: 'trip' | 'fee';
  /** Negative: what the customer owes comes off the new balance. */
  readonly amountCents: number;
  readonly tripId: string | null;
  readonly invoiceId: string | null;
  /** Unique with the kind in the ledger: a trip posts once however it got there. */
  readonly sourceRef: string;
  readonly description: string;
}

export interface ConversionPlan {
  readonly entries: readonly ConversionEntry[];
  readonly waived: readonly OpenInvoiceLine[];
  /** What moved onto the ledger, positive cents. */
  readonly movedCents: number;
  readonly waivedCents: number;
}

export function planConversion(
  unbilled: readonly UnbilledToll[],
  invoiceLines: readonly OpenInvoiceLine[],
  rules: ConversionRules,
): ConversionPlan {
  const entries: ConversionEntry[] = [];
  const waived: OpenInvoiceLine[] = [];
  for (const toll of unbilled) {
    if (toll.amountCents <= 0) continue;
    entries.push({
      kind: 'trip',
      amountCents: -toll.amountCents,
      tripId: toll.tripId,
      invoiceId: null,
      sourceRef: `trip:${toll.tripId}`,
      description: 'Toll by plate, moved on conversion to prepaid',
    });
  }
  for (const line of invoiceLines) {
    if (line.amountCents <= 0) continue;
    if (line.kind === 'trip') {
      entries.push({
        kind: 'trip',
        amountCents: -line.amountCents,
        tripId: line.tripId,
        invoiceId: line.invoiceId,
        sourceRef: `trip:${line.tripId ?? `line-${line.lineId}`}`,
        description: `Toll from invoice ${line.invoiceNo}, moved on conversion to prepaid`,
      });
    } else if (rules.waivedLineKinds.has(line.kind)) {
      waived.push(line);
    } else {
      entries.push({
        kind: 'fee',
        amountCents: -line.amountCents,
        tripId: null,
        invoiceId: line.invoiceId,
        sourceRef: `invoice-line:${line.lineId}`,
        description: `${line.description} from invoice ${line.invoiceNo}`,
      });
    }
  }
  return {
    entries,
    waived,
    movedCents: entries.reduce((sum, entry) => sum - entry.amountCents, 0),
    waivedCents: waived.reduce((sum, line) => sum + line.amountCents, 0),
  };
}
