import { sql } from 'drizzle-orm';
import { check, index, pgTable, text } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { at, cents, createdAt, id, oneOf, ref } from './columns.ts';
import { trips } from './trips.ts';
import { users } from './users.ts';

export const adjustmentStatuses = ['pending', 'approved', 'rejected', 'applied'] as const;
export type AdjustmentStatus = (typeof adjustmentStatuses)[number];

/**
 * A manual credit or debit. Above the agent's limit it waits as `pending` for a supervisor;
 * it reaches the ledger only when `applied`. Reason code and note are mandatory.
 */
export const adjustments = pgTable(
  'adjustments',
  {
    id: id(),
    accountId: ref('account_id')
      .notNull()
      .references(() => accounts.id),
    tripId: ref('trip_id').references(() => trips.id),
    amountCents: cents('amount_cents').notNull(),
    reasonCode: text('reason_code').notNull(),
    note: text('note').notNull(),
    status: text('status', { enum: adjustmentStatuses }).notNull().default('pending'),
    requestedBy: ref('requested_by')
      .notNull()
      .references(() => users.id),
    decidedBy: ref('decided_by').references(() => users.id),
    decidedAt: at('decided_at'),
    createdAt: createdAt(),
  },
  (t) => [
    oneOf('adjustments_status_check', t.status, adjustmentStatuses),
    check('adjustments_amount_check', sql`${t.amountCents} <> 0`),
    check('adjustments_note_check', sql`length(trim(${t.note})) > 0`),
    check(
      'adjustments_decision_check',
      sql`${t.status} not in ('approved', 'rejected') or ${t.decidedBy} is not null`,
    ),
    index('adjustments_account_idx').on(t.accountId),
    index('adjustments_pending_idx')
      .on(t.createdAt)
      .where(sql`${t.status} = 'pending'`),
  ],
);
