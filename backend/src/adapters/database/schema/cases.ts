import { sql } from 'drizzle-orm';
import { bigint, index, pgTable, text } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { at, createdAt, id, oneOf, ref } from './columns.ts';
import { invoices } from './invoices.ts';
import { users } from './users.ts';

export const caseKinds = ['dispute', 'inquiry', 'hardship'] as const;
export const caseStatuses = ['open', 'in_progress', 'resolved', 'closed'] as const;
export const caseOutcomes = ['upheld', 'denied', 'withdrawn'] as const;

export type CaseKind = (typeof caseKinds)[number];
export type CaseStatus = (typeof caseStatuses)[number];
export type CaseOutcome = (typeof caseOutcomes)[number];

/** A dispute or inquiry about trips or an invoice, with an owner and an SLA clock. */
export const cases = pgTable(
  'cases',
  {
    id: id(),
    accountId: ref('account_id').references(() => accounts.id),
    kind: text('kind', { enum: caseKinds }).notNull(),
    /** The disputed trips; their ids, as a case may cover several passages. */
    tripIds: bigint('trip_ids', { mode: 'number' })
      .array()
      .notNull()
      .default(sql`'{}'::bigint[]`),
    invoiceId: ref('invoice_id').references(() => invoices.id),
    subject: text('subject').notNull(),
    status: text('status', { enum: caseStatuses }).notNull().default('open'),
    ownerId: ref('owner_id').references(() => users.id),
    openedBy: ref('opened_by').references(() => users.id),
    slaDueAt: at('sla_due_at').notNull(),
    outcome: text('outcome', { enum: caseOutcomes }),
    closedAt: at('closed_at'),
    createdAt: createdAt(),
  },
  (t) => [
    oneOf('cases_kind_check', t.kind, caseKinds),
    oneOf('cases_status_check', t.status, caseStatuses),
    oneOf('cases_outcome_check', t.outcome, caseOutcomes),
    index('cases_account_idx').on(t.accountId),
    index('cases_open_sla_idx')
      .on(t.slaDueAt)
      .where(sql`${t.status} in ('open', 'in_progress')`),
  ],
);

/** What happened in an interaction; agents leave one after every call. */
export const notes = pgTable(
  'notes',
  {
    id: id(),
    accountId: ref('account_id')
      .notNull()
      .references(() => accounts.id),
    caseId: ref('case_id').references(() => cases.id),
    authorId: ref('author_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('notes_account_idx').on(t.accountId, t.createdAt.desc())],
);
