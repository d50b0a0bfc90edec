import type { BeausDb, Database } from '../../adapters/database/database.ts';
import { cases, notes } from '../../adapters/database/schema/index.ts';
import { auditActor, recordAudit } from '../../platform/audit.ts';
import { BeausError, conflict, notFound } from '../../platform/errors.ts';
import { configurationKeys } from '../../seed/configuration-defaults.ts';
import { queryRows } from '../../stream/sql-rows.ts';
import { slaDaysFor, slaDueAt, type CaseKind } from '../../domain/cases.ts';
import {
  configurationNumberAt,
  configurationValueAt,
} from '../agent/account/configuration-value.ts';
import { customerUserId, lockOwnAccount, type CustomerContext } from './customer-context.ts';

export interface MyCase {
  id: string;
  kind: string;
  subject: string;
  status: string;
  outcome: string | null;
  openedAt: string;
  slaDueAt: string;
  closedAt: string | null;
  tripIds: string[];
  invoiceNo: string | null;
}

export interface MyCaseDetail extends MyCase {
  /** The case's notes, oldest first; staff appear as the operator, never by name. */
  notes: { body: string; createdAt: string; byMe: boolean }[];
}

export type DisputeTarget = { tripId: number } | { invoiceNo: string };

/**
 * The driver disputes one of their own trips or invoices. The case gets the configured SLA
 * clock, and the driver's reason becomes its first note, where the agent reads it. A second open
 * dispute of the same trip or invoice is refused.
 */
export async function openMyDispute(
  database: Database,
  context: CustomerContext,
  target: DisputeTarget,
  reason: string,
): Promise<MyCase> {
  const text = reason.trim();
  if (text.length < 10) {
    throw new BeausError(
      400,
      'BEAUS_ERR_VALIDATION',
      'body/reason say in a sentence what is wrong',
    );
  }
  const slaDays = await disputeSlaDays(database, context.now);
  const id = await database.transaction(async (tx) => {
    await lockOwnAccount(tx, context.accountId);
    const userId = await customerUserId(tx, context);
    const about = await disputed(tx, context.accountId, target);
    const [open] = await queryRows<{ id: unknown }>(
      tx,
      `select id from cases where account_id = $1 and kind = 'dispute'
         and status in ('open', 'in_progress')
         and ($2::bigint is null or $2 = any(trip_ids))
         and ($3::bigint is null or invoice_id = $3)`,
      [context.accountId, about.tripId, about.invoiceId],
    );
    if (open) throw conflict(`${about.subject} is already disputed (case ${String(open.id)}).`);
    const [row] = await tx
      .insert(cases)
      .values({
        accountId: context.accountId,
        kind: 'dispute',
        tripIds: about.tripId === null ? [] : [about.tripId],
        invoiceId: about.invoiceId,
        subject: `Dispute: ${about.subject}`,
        openedBy: userId,
        slaDueAt: slaDueAt(context.now, slaDays),
      })
      .returning({ id: cases.id });
    await tx
      .insert(notes)
      .values({ accountId: context.accountId, caseId: row.id, authorId: userId, body: text });
    await recordAudit(tx, {
      actor: auditActor(context.principal),
      action: 'case.opened',
      entityType: 'case',
      entityId: row.id,
      after: { kind: 'dispute', tripId: about.tripId, invoiceId: about.invoiceId },
      requestId: context.requestId,
    });
    return row.id;
  });
  const opened = await listMyCases(database, context.accountId, id);
  return opened[0];
}

/** The driver's own cases, newest first (or just one of them). */
export async function listMyCases(
  database: Database,
  accountId: number,
  caseId?: number,
): Promise<MyCase[]> {
  const rows = await database.query<Record<string, unknown>>(
    `select c.id::text as id, c.kind, c.subject, c.status, c.outcome, c.created_at, c.sla_due_at,
            c.closed_at, c.trip_ids::text[] as trip_ids, i.invoice_no
     from cases c left join invoices i on i.id = c.invoice_id
     where c.account_id = $1 and ($2::bigint is null or c.id = $2)
     order by c.created_at desc, c.id desc limit 100`,
    [accountId, caseId ?? null],
  );
  return rows.map((row) => ({
    id: String(row.id),
    kind: String(row.kind),
    subject: String(row.subject),
    status: String(row.status),
    outcome: row.outcome === null ? null : String(row.outcome),
    openedAt: new Date(row.created_at as Date).toISOString(),
    slaDueAt: new Date(row.sla_due_at as Date).toISOString(),
    closedAt: row.closed_at === null ? null : new Date(row.closed_at as Date).toISOString(),
    tripIds: (row.trip_ids as string[] | null) ?? [],
    invoiceNo: row.invoice_no === null ? null : String(row.invoice_no),
  }));
}

/** One of the driver's cases with its notes; another account's case is simply not found. */
export async function loadMyCase(
  database: Database,
  context: CustomerContext,
  caseId: number,
): Promise<MyCaseDetail> {
  const [found] = await listMyCases(database, context.accountId, caseId);
  if (!found) throw notFound('No such case on your account.');
  const rows = await database.query<{ body: string; created_at: Date; username: string }>(
    `select n.body, n.created_at, u.username from notes n join users u on u.id = n.author_id
     where n.case_id = $1 and n.account_id = $2 order by n.created_at, n.id`,
    [caseId, context.accountId],
  );
  return {
    ...found,
    notes: rows.map((row) => ({
      body: row.body,
      createdAt: new Date(row.created_at).toISOString(),
      byMe: row.username === context.principal.username,
    })),
  };
}

/** The trip or invoice disputed, which must be the driver's own: anything else is not found. */
async function disputed(tx: BeausDb, accountId: number, target: DisputeTarget) {
  if ('tripId' in target) {
    const [trip] = await queryRows<{ plaza: string; occurred_at: Date }>(
      tx,
      `select p.name as plaza, t.occurred_at from trips t join plazas p on p.id = t.plaza_id
       where t.id = $1 and t.account_id = $2`,
      [target.tripId, accountId],
    );
    if (!trip) throw notFound('No such trip on your account.');
    const day = new Date(trip.occurred_at).toISOString().slice(0, 10);
    return { tripId: target.tripId, invoiceId: null, subject: `trip at ${trip.plaza} on ${day}` };
  }
  const [invoice] = await queryRows<{ id: unknown; invoice_no: string }>(
    tx,
    // Billed to the account, or to one of its plates while it was on the account.
    `select i.id, i.invoice_no from invoices i
     where i.invoice_no = $1 and (i.account_id = $2 or (i.account_id is null and exists (
       select 1 from vehicles v where v.account_id = $2 and v.jurisdiction = i.jurisdiction
         and v.plate = i.plate and v.start_date <= i.issued_at::date)))`,
    [target.invoiceNo.trim().toUpperCase(), accountId],
  );
  if (!invoice) throw notFound('No such invoice on your account.');
  return { tripId: null, invoiceId: Number(invoice.id), subject: `invoice ${invoice.invoice_no}` };
}

/** Days to answer a dispute: the per-kind rule when it names disputes, else the general one. */
async function disputeSlaDays(database: Database, now: Date): Promise<number> {
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
  return slaDaysFor('dispute', table, general);
}
