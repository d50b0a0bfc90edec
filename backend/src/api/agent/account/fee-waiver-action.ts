import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../../adapters/database/database.ts';
import { invoiceLines, invoices, payments } from '../../../adapters/database/schema/index.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { conflict, notFound } from '../../../platform/errors.ts';
import {
  addAccountNote,
  lockAccount,
  requireNote,
  staffActor,
  type ActionContext,
} from './action-context.ts';

export interface FeeWaiverOutcome {
  invoiceId: string;
  feeId: string;
  waivedCents: number;
  openCents: number;
  message: string;
}

/**
 * Waives a fee or penalty on one of the account's open invoices. The line stays on the invoice
 * (what was charged and by which rule is history) but is marked waived, and every total that
 * asks for money leaves waived lines out. Waiving twice is a 409.
 */
export async function waiveFee(
  database: Database,
  context: ActionContext,
  ids: { invoiceId: number; feeId: number },
  body: { note: string },
  now = new Date(),
): Promise<FeeWaiverOutcome> {
  const note = requireNote(body.note);
  return database.transaction(async (tx) => {
    await lockAccount(tx, context.accountId);
    const [invoice] = await tx
      .select({ id: invoices.id, invoiceNo: invoices.invoiceNo, status: invoices.status })
      .from(invoices)
      .where(and(eq(invoices.id, ids.invoiceId), eq(invoices.accountId, context.accountId)))
      .for('update');
    if (!invoice) throw notFound(`No invoice ${ids.invoiceId} on this account.`);
    const [fee] = await tx
      .select()
      .from(invoiceLines)
      .where(
        and(
          eq(invoiceLines.id, ids.feeId),
          eq(invoiceLines.invoiceId, invoice.id),
          inArray(invoiceLines.kind, ['fee', 'penalty']),
        ),
      );
    if (!fee) throw notFound(`No fee ${ids.feeId} on invoice ${invoice.invoiceNo}.`);
    if (fee.waivedAt !== null) throw conflict('This fee was already waived.');
    if (invoice.status !== 'open') {
      throw conflict(`Invoice ${invoice.invoiceNo} is ${invoice.status}; only open ones change.`);
    }
    const actor = await staffActor(tx, context.principal);
    await tx
      .update(invoiceLines)
      .set({ waivedAt: now, waivedBy: actor.id })
      .where(and(eq(invoiceLines.id, fee.id), isNull(invoiceLines.waivedAt)));
    await addAccountNote(
      tx,
      context.accountId,
      actor.id,
      `Fee waived on invoice ${invoice.invoiceNo} (${fee.description}, ${fee.amountCents} cents): ${note}`,
    );
    await recordAudit(tx, {
      actor,
      action: 'invoice.fee_waived',
      entityType: 'invoice',
      entityId: invoice.id,
      before: { feeId: fee.id, waived: false },
      after: {
        feeId: fee.id,
        waived: true,
        kind: fee.kind,
        amountCents: fee.amountCents,
        ruleRef: fee.ruleRef,
        accountId: context.accountId,
      },
      requestId: context.requestId,
    });
    const [{ total }] = await tx
      .select({ total: sql<string>`coalesce(sum(${invoiceLines.amountCents}), 0)::text` })
      .from(invoiceLines)
      .where(and(eq(invoiceLines.invoiceId, invoice.id), isNull(invoiceLines.waivedAt)));
    const [{ paid }] = await tx
      .select({ paid: sql<string>`coalesce(sum(${payments.amountCents}), 0)::text` })
      .from(payments)
      .where(and(eq(payments.invoiceId, invoice.id), eq(payments.status, 'succeeded')));
    return {
      invoiceId: String(invoice.id),
      feeId: String(fee.id),
      waivedCents: fee.amountCents,
      openCents: Math.max(Number(total) - Number(paid), 0),
      message: `Fee waived: invoice ${invoice.invoiceNo} no longer asks for it.`,
    };
  });
}
