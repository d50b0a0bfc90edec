import { and, eq } from 'drizzle-orm';
import type { BeausDb, Database } from '../../../adapters/database/database.ts';
import { cases, ledgerEntries, notes, trips } from '../../../adapters/database/schema/index.ts';
import {
  caseWorkRefusal,
  slaDaysFor,
  slaDueAt,
  upheldDisputeCredit,
  type CaseKind,
  type CaseOutcome,
} from '../../../domain/cases.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { BeausError, conflict, notFound } from '../../../platform/errors.ts';
import { configurationKeys } from '../../../seed/configuration-defaults.ts';
import { queryRows } from '../../../stream/sql-rows.ts';
import { lockAccount, requireNote, staffActor, type ActionContext } from './action-context.ts';
import type { OpenCaseBody } from './cases.schemas.ts';
import { configurationNumberAt, configurationValueAt } from './configuration-value.ts';

const badRequest = (message: string) => new BeausError(400, 'BEAUS_ERR_VALIDATION', message);

/** The SLA days in force now for a kind: the per-kind rule, else the general one. */
async function slaDays(database: Database, kind: CaseKind, now: Date): Promise<number> {
  const general = await configurationNumberAt(database, configurationKeys.caseSlaDays, now);
  const byKind = await configurationValueAt(
    database,
    configurationKeys.caseSlaDaysByKind,
    now,
    null,
  );
  const table =
    byKind !== null && typeof byKind === 'object'
      ? (byKind as Partial<Record<CaseKind, number>>)
      : null;
  return slaDaysFor(kind, table, general);
}

async function addCaseNote(
  tx: BeausDb,
  accountId: number,
  caseId: number,
  authorId: number,
  body: string,
) {
  await tx.insert(notes).values({ accountId, caseId, authorId, body });
}

/**
 * Opens a case on the account with its SLA due time from configuration; the trips and invoice
 * it is about must be the account's own (an invoice by account or by one of its plates).
 */
export async function openCase(
  database: Database,
  context: ActionContext,
  body: OpenCaseBody,
  now = new Date(),
): Promise<{ id: string; slaDueAt: string; message: string }> {
  const note = requireNote(body.note);
  const subject = body.subject.trim();
  if (subject.length === 0) throw badRequest('body/subject a subject is required');
  const days = await slaDays(database, body.kind, now);
  return database.transaction(async (tx) => {
    await lockAccount(tx, context.accountId);
    const actor = await staffActor(tx, context.principal);
    const tripIds = body.tripIds ?? [];
    if (tripIds.length > 0) {
      const found = await queryRows<{ id: string }>(
        tx,
        `select id::text as id from trips where account_id = $1 and id = any($2::bigint[])`,
        [context.accountId, `{${tripIds.join(',')}}`],
      );
      const known = new Set(found.map((row) => Number(row.id)));
      const foreign = tripIds.filter((id) => !known.has(id));
      if (foreign.length > 0) {
        throw badRequest(`body/tripIds trips ${foreign.join(', ')} are not on this account`);
      }
    }
    if (body.invoiceId !== undefined) {
      const [invoice] = await queryRows<{ id: string }>(
        tx,
        `select id::text as id from invoices where id = $2 and (account_id = $1 or
           (jurisdiction, plate) in (select jurisdiction, plate from vehicles where account_id = $1))`,
        [context.accountId, body.invoiceId],
      );
      if (!invoice)
        throw badRequest(`body/invoiceId invoice ${body.invoiceId} is not this account’s`);
    }
    const due = slaDueAt(now, days);
    const [row] = await tx
      .insert(cases)
      .values({
        accountId: context.accountId,
        kind: body.kind,
        tripIds,
        invoiceId: body.invoiceId ?? null,
        subject,
        status: 'open',
        openedBy: actor.id,
        slaDueAt: due,
        createdAt: now,
      })
      .returning({ id: cases.id });
    await addCaseNote(
      tx,
      context.accountId,
      row.id,
      actor.id,
      `Case opened (${body.kind}): ${note}`,
    );
    await recordAudit(tx, {
      actor,
      action: 'case.opened',
      entityType: 'case',
      entityId: row.id,
      after: {
        kind: body.kind,
        subject,
        tripIds,
        invoiceId: body.invoiceId ?? null,
        slaDays: days,
      },
      requestId: context.requestId,
    });
    return {
      id: String(row.id),
      slaDueAt: due.toISOString(),
      message: `Case opened; due within ${days} days.`,
    };
  });
}

async function workableCase(tx: BeausDb, context: ActionContext, caseId: number) {
  const [row] = await tx
    .select()
    .from(cases)
    .where(and(eq(cases.id, caseId), eq(cases.accountId, context.accountId)))
    .for('update');
  if (!row) throw notFound(`No case ${caseId} on account ${context.accountId}.`);
  const refusal = caseWorkRefusal(row.status);
  if (refusal) throw conflict(`Case ${caseId}: ${refusal}.`);
  return row;
}

/** The agent takes the case: they own it and it is in progress. */
export async function assignCaseToMe(
  database: Database,
  context: ActionContext,
  caseId: number,
  body: { note: string },
): Promise<{ id: string; status: string; message: string }> {
  const note = requireNote(body.note);
  return database.transaction(async (tx) => {
    await lockAccount(tx, context.accountId);
    const actor = await staffActor(tx, context.principal);
    const before = await workableCase(tx, context, caseId);
    await tx
      .update(cases)
      .set({ ownerId: actor.id, status: 'in_progress' })
      .where(eq(cases.id, caseId));
    await addCaseNote(tx, context.accountId, caseId, actor.id, `Case taken: ${note}`);
    await recordAudit(tx, {
      actor,
      action: 'case.assigned',
      entityType: 'case',
      entityId: caseId,
      before: { ownerId: before.ownerId, status: before.status },
      after: { ownerId: actor.id, status: 'in_progress' },
      requestId: context.requestId,
    });
    return { id: String(caseId), status: 'in_progress', message: 'The case is yours.' };
  });
}

export async function addNoteToCase(
  database: Database,
  context: ActionContext,
  caseId: number,
  body: { note: string },
): Promise<{ id: string; status: string; message: string }> {
  const note = requireNote(body.note);
  return database.transaction(async (tx) => {
    await lockAccount(tx, context.accountId);
    const actor = await staffActor(tx, context.principal);
    const row = await workableCase(tx, context, caseId);
    await addCaseNote(tx, context.accountId, caseId, actor.id, note);
    await recordAudit(tx, {
      actor,
      action: 'case.note_added',
      entityType: 'case',
      entityId: caseId,
      requestId: context.requestId,
    });
    return { id: String(caseId), status: row.status, message: 'Note added to the case.' };
  });
}

/**
 * Closes the case with its outcome. An upheld dispute also reverses its trips still posted (a
 * 'reversal' credit each, unique per trip like a reversal from the Trips tab), in the same
 * transaction; above the agent limit only a supervisor may close it so.
 */
export async function closeCase(
  database: Database,
  context: ActionContext,
  caseId: number,
  body: { outcome: CaseOutcome; note: string },
  now = new Date(),
): Promise<{ id: string; status: string; message: string }> {
  const note = requireNote(body.note);
  const limit = await configurationNumberAt(
    database,
    configurationKeys.agentAdjustmentLimitCents,
    now,
  );
  return database.transaction(async (tx) => {
    await lockAccount(tx, context.accountId);
    const actor = await staffActor(tx, context.principal);
    const before = await workableCase(tx, context, caseId);
    const credit =
      body.outcome === 'upheld' && before.kind === 'dispute' && before.tripIds.length > 0
        ? upheldDisputeCredit(
            await disputedTrips(tx, context.accountId, before.tripIds),
            limit,
            context.principal.roles.includes('supervisor'),
          )
        : null;
    if (credit?.needsSupervisor) {
      throw conflict(
        `Upholding credits ${dollars(credit.totalCents)}, above your limit of ${dollars(limit)}: ` +
          'a supervisor closes this case as upheld.',
      );
    }
    for (const reversal of credit?.reversals ?? []) {
      await reverseDisputedTrip(tx, context, actor, caseId, reversal);
    }
    await tx
      .update(cases)
      .set({ status: 'closed', outcome: body.outcome, closedAt: now })
      .where(eq(cases.id, caseId));
    await addCaseNote(
      tx,
      context.accountId,
      caseId,
      actor.id,
      `Case closed, ${body.outcome}: ${note}`,
    );
    const late = before.slaDueAt.getTime() < now.getTime();
    await recordAudit(tx, {
      actor,
      action: 'case.closed',
      entityType: 'case',
      entityId: caseId,
      before: { status: before.status, outcome: before.outcome },
      after: {
        status: 'closed',
        outcome: body.outcome,
        closedAfterSla: late,
        reversedTripIds: credit?.reversals.map((r) => r.tripId) ?? [],
        creditedCents: credit?.totalCents ?? 0,
      },
      requestId: context.requestId,
    });
    return {
      id: String(caseId),
      status: 'closed',
      message:
        credit && credit.reversals.length > 0
          ? `Case closed as upheld: ${credit.reversals.length} trip(s) reversed, ` +
            `${dollars(credit.totalCents)} credited.`
          : `Case closed as ${body.outcome}.`,
    };
  });
}

const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

/** The disputed trips of this account, locked, with what each one's ledger entry took. */
async function disputedTrips(tx: BeausDb, accountId: number, tripIds: readonly number[]) {
  const rows = await queryRows<{ id: string; status: string; charged: string }>(
    tx,
    `select t.id::text as id, t.status,
            coalesce((select -sum(l.amount_cents) from ledger_entries l
                      where l.kind = 'trip' and l.source_ref = 'trip:' || t.id), 0)::text
              as charged
     from trips t where t.account_id = $1 and t.id = any($2::bigint[])
     order by t.id for update of t`,
    [accountId, `{${tripIds.join(',')}}`],
  );
  return rows.map((row) => ({
    tripId: row.id,
    status: row.status,
    chargedCents: Number(row.charged),
  }));
}

async function reverseDisputedTrip(
  tx: BeausDb,
  context: ActionContext,
  actor: Awaited<ReturnType<typeof staffActor>>,
  caseId: number,
  reversal: { tripId: string; creditCents: number },
): Promise<void> {
  const tripId = Number(reversal.tripId);
  if (reversal.creditCents > 0) {
    await tx
      .insert(ledgerEntries)
      .values({
        accountId: context.accountId,
        kind: 'reversal',
        amountCents: reversal.creditCents,
        tripId,
        sourceRef: `trip:${tripId}`,
        description: `Trip reversed: dispute case ${caseId} upheld`,
      })
      .onConflictDoNothing();
  }
  await tx.update(trips).set({ status: 'reversed' }).where(eq(trips.id, tripId));
  await recordAudit(tx, {
    actor,
    action: 'trip.reversed',
    entityType: 'trip',
    entityId: tripId,
    before: { status: 'posted' },
    after: {
      status: 'reversed',
      accountId: context.accountId,
      creditedCents: reversal.creditCents,
      caseId,
    },
    requestId: context.requestId,
  });
}
