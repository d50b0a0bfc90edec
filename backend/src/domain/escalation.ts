/**
 * Escalation of unpaid toll-by-plate invoices (invoice → second notice → violation → collections),
 * each stage with its days after issue, its fee and a cap per rolling 12 months, all set by admins.
 *
 * `nextStage` is idempotent: it compares the invoice's stage with where the ladder says it should
 * be now, so running the daily job twice, or after a week's outage, charges each fee once.
 */
import { cents } from './money.ts';
import type { Cents } from './money.ts';
import { invoiceTotal, ISSUED_STAGE } from './invoicing.ts';
import type { Invoice, InvoiceLine } from './invoicing.ts';

const DAY_MS = 86_400_000;
const YEAR_MS = 365 * DAY_MS;

export interface EscalationStage {
  readonly key: string;
  /** Whole days after the invoice was issued when it reaches this stage. */
  readonly afterDays: number;
  readonly feeCents: Cents;
  /** The rule key written on the fee line. */
  readonly feeRuleKey: string;
  /** At most this many fees of this stage per plate in any 365 days; absent means no cap. */
  readonly capPer12Months?: number;
}

export interface EscalationLadder {
  readonly stages: readonly EscalationStage[];
}

/** The ladder as stored in configuration (rule `billing.escalation.ladder`). */
export interface EscalationLadderConfig {
  readonly stages: readonly {
    readonly key: string;
    readonly afterDays: number;
    readonly feeCents: number;
    readonly capPer12Months?: number;
  }[];
}

/** A fee of a stage charged earlier to the same plate (on any invoice), for the cap. */
export interface PriorFee {
  readonly stage: string;
  readonly chargedAt: Date;
}

export interface EscalationStep {
  readonly invoiceId: string;
  readonly fromStage: string;
  readonly toStage: string;
  /** One line per stage passed whose fee is not capped; empty when all were capped or free. */
  readonly feeLines: readonly InvoiceLine[];
  /** Stages passed without their fee because the plate reached the cap. */
  readonly cappedStages: readonly string[];
}

/** Problems in a ladder configuration; empty when it can be used. */
export function validateLadder(config: EscalationLadderConfig): string[] {
  const problems: string[] = [];
  const keys = new Set<string>([ISSUED_STAGE]);
  let previousDays = 0;
  for (const [i, stage] of config.stages.entries()) {
    const where = `stage ${i + 1} (${stage.key})`;
    if (!/^[a-z][a-z0-9_]*$/.test(stage.key)) problems.push(`${where}: key must be snake_case`);
    if (keys.has(stage.key)) problems.push(`${where}: key is used twice`);
    keys.add(stage.key);
    if (!Number.isInteger(stage.afterDays) || stage.afterDays <= previousDays) {
      problems.push(
        `${where}: days must be a whole number above the previous stage's ${previousDays}`,
      );
    }
    previousDays = Math.max(previousDays, stage.afterDays);
    if (!Number.isSafeInteger(stage.feeCents) || stage.feeCents < 0) {
      problems.push(`${where}: fee must be whole cents, zero or more`);
    }
    const cap = stage.capPer12Months;
    if (cap !== undefined && (!Number.isInteger(cap) || cap < 0)) {
      problems.push(`${where}: cap must be a whole number, zero or more`);
    }
  }
  return problems;
}

/** Builds a ladder from configuration; throws listing every problem. */
export function escalationLadder(config: EscalationLadderConfig): EscalationLadder {
  const problems = validateLadder(config);
  if (problems.length > 0)
    throw new RangeError(`invalid escalation ladder: ${problems.join('; ')}`);
  return {
    stages: config.stages.map((s) => ({
      key: s.key,
      afterDays: s.afterDays,
      feeCents: cents(s.feeCents),
      feeRuleKey: `billing.escalation.${s.key}.fee_cents`,
      ...(s.capPer12Months === undefined ? {} : { capPer12Months: s.capPer12Months }),
    })),
  };
}

/** Whole days since issue; a stage is reached on its day, not a millisecond before. */
export function daysSinceIssue(invoice: Pick<Invoice, 'issuedAt'>, now: Date): number {
  return Math.floor((now.getTime() - invoice.issuedAt.getTime()) / DAY_MS);
}

/**
 * The stage change due on an open invoice at `now`, or null when it is where it should be.
 * An invoice never moves back, and a stage whose fee line is already on it is not charged again.
 */
export function nextStage(
  invoice: Invoice,
  ladder: EscalationLadder,
  now: Date,
  priorFees: readonly PriorFee[] = [],
): EscalationStep | null {
  if (invoice.status !== 'open') return null;
  const days = daysSinceIssue(invoice, now);
  const current = ladder.stages.findIndex((s) => s.key === invoice.stage);
  if (current === -1 && invoice.stage !== ISSUED_STAGE) {
    throw new RangeError(`invoice ${invoice.id} is in stage '${invoice.stage}', not on the ladder`);
  }
  const passed = ladder.stages.slice(current + 1).filter((s) => s.afterDays <= days);
  const target = passed.at(-1);
  if (target === undefined) return null;

  const alreadyCharged = new Set(
    invoice.lines.flatMap((l) => (l.kind === 'fee' && l.stage !== undefined ? [l.stage] : [])),
  );
  const feeLines: InvoiceLine[] = [];
  const cappedStages: string[] = [];
  for (const stage of passed) {
    if (stage.feeCents === 0 || alreadyCharged.has(stage.key)) continue;
    if (capReached(stage, priorFees, now)) {
      cappedStages.push(stage.key);
      continue;
    }
    feeLines.push({
      kind: 'fee',
      ruleKey: stage.feeRuleKey,
      stage: stage.key,
      amountCents: stage.feeCents,
      addedAt: now,
    });
  }
  return {
    invoiceId: invoice.id,
    fromStage: invoice.stage,
    toStage: target.key,
    feeLines,
    cappedStages,
  };
}

function capReached(stage: EscalationStage, priorFees: readonly PriorFee[], now: Date): boolean {
  if (stage.capPer12Months === undefined) return false;
  const since = now.getTime() - YEAR_MS;
  const count = priorFees.filter(
    (f) =>
      f.stage === stage.key &&
      f.chargedAt.getTime() > since &&
      f.chargedAt.getTime() <= now.getTime(),
  ).length;
  return count >= stage.capPer12Months;
}

/** The invoice after a step: new stage, fee lines appended, amount due recomputed from lines. */
export function applyEscalation(invoice: Invoice, step: EscalationStep): Invoice {
  if (step.invoiceId !== invoice.id || step.fromStage !== invoice.stage) {
    throw new RangeError(`step from '${step.fromStage}' does not apply to invoice ${invoice.id}`);
  }
  const lines = [...invoice.lines, ...step.feeLines];
  return { ...invoice, stage: step.toStage, lines, amountDueCents: invoiceTotal(lines) };
}
