import { sql } from 'drizzle-orm';
import { check, index, pgTable, text } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { at, cents, createdAt, id, oneOf, ref } from './columns.ts';
import { payments } from './payments.ts';
import { users } from './users.ts';

/**
 * awaiting_approval: above the agent's limit, a supervisor decides; processing: the processor
 * is being asked; succeeded / failed: its answer; rejected: a supervisor said no.
 */
export const refundStatuses = [
  'awaiting_approval',
  'processing',
  'succeeded',
  'failed',
  'rejected',
] as const;
export type RefundStatus = (typeof refundStatuses)[number];

/**
 * Money paid back to the card a payment came from. Like a payment, the idempotency key is claimed
 * by this UNIQUE before the processor is called, with a hash of the request so the same key with
 * another body is refused.
 */
export const refunds = pgTable(
  'refunds',
  {
    id: id(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    requestHash: text('request_hash').notNull(),
    paymentId: ref('payment_id')
      .notNull()
      .references(() => payments.id),
    accountId: ref('account_id')
      .notNull()
      .references(() => accounts.id),
    amountCents: cents('amount_cents').notNull(),
    reasonCode: text('reason_code').notNull(),
    note: text('note').notNull(),
    status: text('status', { enum: refundStatuses }).notNull(),
    gatewayRef: text('gateway_ref'),
    failureReason: text('failure_reason'),
    requestedBy: ref('requested_by')
      .notNull()
      .references(() => users.id),
    decidedBy: ref('decided_by').references(() => users.id),
    decidedAt: at('decided_at'),
    createdAt: createdAt(),
    completedAt: at('completed_at'),
  },
  (t) => [
    oneOf('refunds_status_check', t.status, refundStatuses),
    check('refunds_amount_check', sql`${t.amountCents} > 0`),
    check('refunds_note_check', sql`length(trim(${t.note})) > 0`),
    index('refunds_payment_idx').on(t.paymentId),
    index('refunds_account_idx').on(t.accountId, t.createdAt.desc()),
    index('refunds_awaiting_idx')
      .on(t.createdAt)
      .where(sql`${t.status} = 'awaiting_approval'`),
  ],
);
