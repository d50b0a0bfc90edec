import { sql } from 'drizzle-orm';
import type { Database } from '../../../adapters/database/database.ts';
import { adjustments, ledgerEntries } from '../../../adapters/database/schema/index.ts';
import {
  adjustmentEntry,
  cents,
  needsApproval,
  validateAdjustment,
} from '../../../domain/index.ts';
import type { AdjustmentRequest } from '../../../domain/index.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { BeausError } from '../../../platform/errors.ts';
import { configurationKeys } from '../../../seed/configuration-defaults.ts';
import { adjustmentReasonCodes, type AdjustmentBody } from './account-actions.schemas.ts';
import {
  addAccountNote,
  lockAccount,
  requireNote,
  staffActor,
  type ActionContext,
} from './action-context.ts';
import { configurationNumberAt } from './configuration-value.ts';

export interface AdjustmentOutcome {
  id: string;
  status: 'applied' | 'pending';
  amountCents: number;
  awaitingApproval: boolean;
  agentLimitCents: number;
  balanceCents: number;
  message: string;
}

const reasonCodes: ReadonlySet<string> = new Set(adjustmentReasonCodes);

/**
 * An agent's credit or debit. Within the agent limit (configuration, in force now) it is applied:
 * the adjustment, its ledger entry, the note and the audit entry commit together. Above the limit
 * it is recorded as pending for a supervisor, and the ledger is not touched.
 */
export async function requestAdjustment(
  database: Database,
  context: ActionContext,
  body: AdjustmentBody,
  now = new Date(),
): Promise<AdjustmentOutcome> {
  const note = requireNote(body.note);
  const limit = cents(
    await configurationNumberAt(database, configurationKeys.agentAdjustmentLimitCents, now),
  );
  const request: AdjustmentRequest = {
    accountId: String(context.accountId),
    kind: body.kind,
    amountCents: cents(body.amountCents),
    reasonCode: body.reasonCode,
    note,
  };
  return database.transaction(async (tx) => {
    await lockAccount(tx, context.accountId);
    const [{ balance }] = await tx
      .select({ balance: sql<string>`coalesce(sum(${ledgerEntries.amountCents}), 0)::text` })
      .from(ledgerEntries)
      .where(sql`${ledgerEntries.accountId} = ${context.accountId}`);
    const problems = validateAdjustment(request, {
      reasonCodes,
      balanceCents: cents(Number(balance)),
    });
    if (problems.length > 0) {
      const message = problems.map((p) => `body/${p.field} ${p.message}`).join('; ');
      throw new BeausError(400, 'BEAUS_ERR_VALIDATION', message);
    }
    const actor = await staffActor(tx, context.principal);
    const pending = needsApproval(request.amountCents, limit);
    const signed = body.kind === 'credit' ? body.amountCents : -body.amountCents;
    const [row] = await tx
      .insert(adjustments)
      .values({
        accountId: context.accountId,
        amountCents: signed,
        reasonCode: body.reasonCode,
        note,
        status: pending ? 'pending' : 'applied',
        requestedBy: actor.id,
        // Within the limit the agent is the one who decides.
        decidedBy: pending ? null : actor.id,
        decidedAt: pending ? null : now,
      })
      .returning({ id: adjustments.id });
    if (!pending) {
      const entry = adjustmentEntry(request, String(row.id));
      await tx.insert(ledgerEntries).values({
        accountId: context.accountId,
        kind: 'adjustment',
        amountCents: entry.amountCents,
        adjustmentId: row.id,
        sourceRef: `adjustment:${row.id}`,
        description: entry.description,
      });
    }
    await addAccountNote(tx, context.accountId, actor.id, `Adjustment ${body.reasonCode}: ${note}`);
    await recordAudit(tx, {
      actor,
      action: pending ? 'adjustment.requested' : 'adjustment.applied',
      entityType: 'adjustment',
      entityId: row.id,
      after: {
        accountId: context.accountId,
        amountCents: signed,
        reasonCode: body.reasonCode,
        status: pending ? 'pending' : 'applied',
        agentLimitCents: limit,
      },
      requestId: context.requestId,
    });
    const balanceCents = Number(balance) + (pending ? 0 : signed);
    return {
      id: String(row.id),
      status: pending ? 'pending' : 'applied',
      amountCents: signed,
      awaitingApproval: pending,
      agentLimitCents: limit,
      balanceCents,
      message: pending
        ? `Above your limit of ${limit} cents: the adjustment awaits supervisor approval.`
        : 'Adjustment applied to the balance.',
    };
  });
}
