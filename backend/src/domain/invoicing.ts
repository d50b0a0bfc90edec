/**
 * Toll-by-plate invoices: a plate's unbilled tolls gathered on the billing cycle, plus the
 * administrative fee. Every fee line names the configuration rule that added it, so an agent can
 * answer "why was I charged this?" and an admin can see which rule to change.
 */
import { cents, sumCents } from './money.ts';
import type { Cents } from './money.ts';
import type { PlateKey } from './plate.ts';
import { RULE_KEYS } from './configuration.ts';

const DAY_MS = 86_400_000;

export interface UnbilledToll {
  readonly tripEventId: string;
  readonly plazaId: string;
  readonly occurredAt: Date;
  readonly plateKey: PlateKey;
  readonly amountCents: Cents;
}

export type InvoiceLine =
  | {
      readonly kind: 'toll';
      readonly tripEventId: string;
      readonly plazaId: string;
      readonly occurredAt: Date;
      readonly amountCents: Cents;
    }
  | {
      readonly kind: 'fee';
      /** The configuration rule that added this fee. */
      readonly ruleKey: string;
      /** The escalation stage that charged it; absent for the invoice's own admin fee. */
      readonly stage?: string;
      readonly amountCents: Cents;
      readonly addedAt: Date;
    };

export type InvoiceStatus = 'open' | 'paid' | 'void';

/** The stage every invoice starts in; the escalation ladder names the ones after it. */
export const ISSUED_STAGE = 'invoice';

export interface Invoice {
  readonly id: string;
  readonly number: string;
  readonly plateKey: PlateKey;
  readonly issuedAt: Date;
  readonly dueAt: Date;
  readonly status: InvoiceStatus;
  readonly stage: string;
  readonly lines: readonly InvoiceLine[];
  /** Always the sum of `lines`; kept on the value so it can be stored and shown, never edited. */
  readonly amountDueCents: Cents;
}

export interface InvoiceRules {
  /** The per-invoice administrative fee of toll-by-plate; zero adds no line. */
  readonly adminFeeCents: Cents;
  readonly dueDays: number;
  readonly adminFeeRuleKey?: string;
}

export function invoiceTotal(lines: readonly InvoiceLine[]): Cents {
  return sumCents(lines.map((line) => line.amountCents));
}

/**
 * Builds the invoice for one plate's unbilled tolls. Refuses an empty batch, tolls of several
 * plates and a trip listed twice: each would put a wrong bill in a driver's mailbox.
 */
export function buildInvoice(
  unbilledTolls: readonly UnbilledToll[],
  rules: InvoiceRules,
  now: Date,
  ids: { readonly invoiceId: string; readonly invoiceNumber: string },
): Invoice {
  const first = unbilledTolls[0];
  if (first === undefined) throw new RangeError('an invoice needs at least one toll');
  if (!Number.isInteger(rules.dueDays) || rules.dueDays < 0) {
    throw new RangeError('dueDays must be a whole number of days');
  }
  if (rules.adminFeeCents < 0) throw new RangeError('the admin fee cannot be negative');
  const seen = new Set<string>();
  for (const toll of unbilledTolls) {
    if (toll.plateKey !== first.plateKey) {
      throw new RangeError(`one invoice per plate: ${toll.plateKey} is not ${first.plateKey}`);
    }
    if (seen.has(toll.tripEventId))
      throw new RangeError(`trip ${toll.tripEventId} is listed twice`);
    if (toll.amountCents <= 0)
      throw new RangeError(`trip ${toll.tripEventId} has no positive toll`);
    seen.add(toll.tripEventId);
  }
  const tollLines: InvoiceLine[] = [...unbilledTolls]
    .sort(
      (a, b) =>
        a.occurredAt.getTime() - b.occurredAt.getTime() ||
        (a.tripEventId < b.tripEventId ? -1 : a.tripEventId > b.tripEventId ? 1 : 0),
    )
    .map((toll) => ({
      kind: 'toll',
      tripEventId: toll.tripEventId,
      plazaId: toll.plazaId,
      occurredAt: toll.occurredAt,
      amountCents: toll.amountCents,
    }));
  const feeLines: InvoiceLine[] =
    rules.adminFeeCents > 0
      ? [
          {
            kind: 'fee',
            ruleKey: rules.adminFeeRuleKey ?? RULE_KEYS.tollByPlateAdminFee,
            amountCents: cents(rules.adminFeeCents),
            addedAt: now,
          },
        ]
      : [];
  const lines = [...tollLines, ...feeLines];
  return {
    id: ids.invoiceId,
    number: ids.invoiceNumber,
    plateKey: first.plateKey,
    issuedAt: now,
    dueAt: new Date(now.getTime() + rules.dueDays * DAY_MS),
    status: 'open',
    stage: ISSUED_STAGE,
    lines,
    amountDueCents: invoiceTotal(lines),
  };
}
