import { and, eq } from 'drizzle-orm';
import type { Database } from '../adapters/database/database.ts';
import {
  invoiceLines,
  invoiceStageHistory,
  invoices,
  type InvoiceStage,
} from '../adapters/database/schema/index.ts';
import {
  nextStage,
  type EscalationLadder,
  type EscalationStep,
  type PriorFee,
} from '../domain/escalation.ts';
import type { Invoice, InvoiceLine } from '../domain/invoicing.ts';
import { cents } from '../domain/money.ts';
import { plateKey } from '../domain/plate.ts';
import { configurationKeys } from '../seed/configuration-defaults.ts';
import { escalationLadderAt } from './billing-configuration.ts';
import type { InvoiceNotices } from './billing-cycle.ts';
import { sendEscalationNotice } from './invoice-notices.ts';

export interface EscalationRunResult {
  invoicesEscalated: number;
  feesAddedCents: number;
}

interface OpenInvoiceRow {
  id: string;
  invoice_no: string;
  plate: string;
  jurisdiction: string;
  stage: InvoiceStage;
  issued_at: Date | string;
  due_at: string;
  total_cents: string | number;
}

/**
 * Moves every open invoice to the stage the ladder in force says it has reached by `now`, adding
 * each stage's fee once. The domain compares the stored stage with the ladder, and the update
 * only applies while the invoice is still in the stage it was read in, so re-running the job (or
 * two at once, or one after a week's outage) charges nothing twice.
 */
export async function runEscalation(
  database: Database,
  now: Date,
  notices?: InvoiceNotices,
): Promise<EscalationRunResult> {
  const ladder = await escalationLadderAt(database, now);
  const open = await database.query<OpenInvoiceRow>(
    `select i.id::text, i.invoice_no, i.plate, i.jurisdiction, i.stage, i.issued_at,
            i.due_at::text, (select coalesce(sum(amount_cents), 0) from invoice_lines
                             where invoice_id = i.id and waived_at is null) as total_cents
     from invoices i where i.status = 'open' and i.issued_at <= $1 order by i.id`,
    [now.toISOString()],
  );
  const result: EscalationRunResult = { invoicesEscalated: 0, feesAddedCents: 0 };
  for (const row of open) {
    const invoice = await invoiceOf(database, row);
    const step = nextStage(invoice, ladder, now, await priorFeesOf(database, row, now));
    if (!step) continue;
    const applied = await applyStep(database, step, ladder, now);
    if (applied === null) continue;
    result.invoicesEscalated++;
    result.feesAddedCents += applied;
    if (notices) {
      const stage = { stage: step.toStage, feeCents: applied };
      await sendEscalationNotice(database, notices.mailer, Number(row.id), stage).catch(
        notices.onError,
      );
    }
  }
  return result;
}

/** The domain's view of a stored invoice: fee lines carry the stage that charged them. */
async function invoiceOf(database: Database, row: OpenInvoiceRow): Promise<Invoice> {
  const charged = await database.query<{ to_stage: string; fee_cents: string | number; at: Date }>(
    `select to_stage, fee_cents, at from invoice_stage_history
     where invoice_id = $1 and fee_cents > 0`,
    [row.id],
  );
  const lines: InvoiceLine[] = charged.map((fee) => ({
    kind: 'fee',
    ruleKey: configurationKeys.escalationLadder,
    stage: fee.to_stage,
    amountCents: cents(Number(fee.fee_cents)),
    addedAt: new Date(fee.at),
  }));
  return {
    id: row.id,
    number: row.invoice_no,
    plateKey: plateKey(row.jurisdiction, row.plate),
    issuedAt: new Date(row.issued_at),
    dueAt: new Date(row.due_at),
    status: 'open',
    stage: row.stage,
    lines,
    amountDueCents: cents(Number(row.total_cents)),
  };
}

/** Fees already charged to this plate in the last year, for the per-12-month caps. */
async function priorFeesOf(database: Database, row: OpenInvoiceRow, now: Date) {
  const fees = await database.query<{ to_stage: string; at: Date }>(
    `select h.to_stage, h.at from invoice_stage_history h join invoices i on i.id = h.invoice_id
     where i.plate = $1 and i.jurisdiction = $2 and h.fee_cents > 0
       and h.at > $3::timestamptz - interval '365 days' and h.at <= $3`,
    [row.plate, row.jurisdiction, now.toISOString()],
  );
  return fees.map((fee): PriorFee => ({ stage: fee.to_stage, chargedAt: new Date(fee.at) }));
}

/** Writes one step; null when another run moved the invoice first. */
async function applyStep(
  database: Database,
  step: EscalationStep,
  ladder: EscalationLadder,
  now: Date,
): Promise<number | null> {
  const invoiceId = Number(step.invoiceId);
  return database.transaction(async (tx) => {
    const moved = await tx
      .update(invoices)
      .set({ stage: step.toStage as InvoiceStage })
      .where(
        and(
          eq(invoices.id, invoiceId),
          eq(invoices.stage, step.fromStage as InvoiceStage),
          eq(invoices.status, 'open'),
        ),
      )
      .returning({ id: invoices.id });
    if (moved.length === 0) return null;
    let from = step.fromStage as InvoiceStage;
    let total = 0;
    // One history row per stage passed, so a late run still shows each stage and its fee.
    for (const stage of stagesPassed(ladder, step)) {
      const fee = step.feeLines.find((line) => line.kind === 'fee' && line.stage === stage.key);
      const feeCents = fee?.amountCents ?? 0;
      if (fee) {
        await tx.insert(invoiceLines).values({
          invoiceId,
          kind: stage.key === 'violation' ? 'penalty' : 'fee',
          amountCents: feeCents,
          ruleRef: configurationKeys.escalationLadder,
          description: `${labelOf(stage.key)} fee (unpaid ${stage.afterDays} days)`,
        });
      }
      await tx.insert(invoiceStageHistory).values({
        invoiceId,
        fromStage: from,
        toStage: stage.key as InvoiceStage,
        feeCents,
        reason: step.cappedStages.includes(stage.key) ? 'schedule (fee capped)' : 'schedule',
        at: now,
      });
      total += feeCents;
      from = stage.key as InvoiceStage;
    }
    return total;
  });
}

/** The ladder's stages after the step's first stage, up to and including its target. */
function stagesPassed(ladder: EscalationLadder, step: EscalationStep) {
  const index = (key: string) => ladder.stages.findIndex((stage) => stage.key === key);
  const from = index(step.fromStage);
  const to = index(step.toStage);
  return ladder.stages.filter((_, i) => i > from && i <= to);
}

function labelOf(stage: string): string {
  const words = stage.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
