import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { at, cents, createdAt, id, oneOf, ref } from './columns.ts';
import { trips } from './trips.ts';
import { users } from './users.ts';

export const invoiceStages = ['invoice', 'second_notice', 'violation', 'collections'] as const;
export const invoiceStatuses = ['open', 'paid', 'void'] as const;
export const invoiceLineKinds = ['trip', 'fee', 'penalty'] as const;

export type InvoiceStage = (typeof invoiceStages)[number];
export type InvoiceStatus = (typeof invoiceStatuses)[number];
export type InvoiceLineKind = (typeof invoiceLineKinds)[number];

/** A toll-by-plate bill for one plate; what is owed is the sum of its lines. */
export const invoices = pgTable(
  'invoices',
  {
    id: id(),
    invoiceNo: text('invoice_no').notNull().unique(),
    plate: text('plate').notNull(),
    jurisdiction: text('jurisdiction').notNull(),
    accountId: ref('account_id').references(() => accounts.id),
    stage: text('stage', { enum: invoiceStages }).notNull().default('invoice'),
    status: text('status', { enum: invoiceStatuses }).notNull().default('open'),
    issuedAt: at('issued_at').notNull(),
    dueAt: date('due_at', { mode: 'string' }).notNull(),
    paidAt: at('paid_at'),
    createdAt: createdAt(),
  },
  (t) => [
    oneOf('invoices_stage_check', t.stage, invoiceStages),
    oneOf('invoices_status_check', t.status, invoiceStatuses),
    index('invoices_plate_idx').on(t.plate, t.jurisdiction),
    index('invoices_account_idx').on(t.accountId),
    index('invoices_open_stage_idx')
      .on(t.stage, t.dueAt)
      .where(sql`${t.status} = 'open'`),
  ],
);

export const invoiceLines = pgTable(
  'invoice_lines',
  {
    id: id(),
    invoiceId: ref('invoice_id')
      .notNull()
      .references(() => invoices.id),
    kind: text('kind', { enum: invoiceLineKinds }).notNull(),
    tripId: ref('trip_id').references(() => trips.id),
    amountCents: cents('amount_cents').notNull(),
    /** The configuration that set the amount, e.g. `fees.adminFeeCents@2026-01-01`. */
    ruleRef: text('rule_ref'),
    description: text('description').notNull(),
    createdAt: createdAt(),
    /** Set when an agent waives a fee or penalty: the line stays, but no longer counts as owed. */
    waivedAt: at('waived_at'),
    waivedBy: ref('waived_by').references(() => users.id),
  },
  (t) => [
    oneOf('invoice_lines_kind_check', t.kind, invoiceLineKinds),
    check('invoice_lines_amount_check', sql`${t.amountCents} > 0`),
    check('invoice_lines_trip_check', sql`(${t.kind} = 'trip') = (${t.tripId} is not null)`),
    check('invoice_lines_waiver_check', sql`${t.waivedAt} is null or ${t.kind} <> 'trip'`),
    index('invoice_lines_invoice_idx').on(t.invoiceId),
    // A trip is billed on one invoice only.
    uniqueIndex('invoice_lines_trip_unique')
      .on(t.tripId)
      .where(sql`${t.tripId} is not null`),
  ],
);

export const invoiceStageHistory = pgTable(
  'invoice_stage_history',
  {
    id: id(),
    invoiceId: ref('invoice_id')
      .notNull()
      .references(() => invoices.id),
    fromStage: text('from_stage', { enum: invoiceStages }),
    toStage: text('to_stage', { enum: invoiceStages }).notNull(),
    feeCents: cents('fee_cents').notNull().default(0),
    reason: text('reason'),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [
    oneOf('invoice_stage_history_to_check', t.toStage, invoiceStages),
    check('invoice_stage_history_fee_check', sql`${t.feeCents} >= 0`),
    index('invoice_stage_history_invoice_idx').on(t.invoiceId, t.at),
  ],
);
