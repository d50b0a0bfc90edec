import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, smallint, text } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { at, cents, createdAt, id, oneOf, ref } from './columns.ts';
import { invoices } from './invoices.ts';

export const paymentStatuses = ['pending', 'succeeded', 'failed', 'refunded'] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];

/**
 * A card on file, as the gateway's token plus what a person needs to recognise it. A card
 * number is never stored: `last4` is exactly four digits, enforced here.
 */
export const paymentMethods = pgTable(
  'payment_methods',
  {
    id: id(),
    accountId: ref('account_id')
      .notNull()
      .references(() => accounts.id),
    gatewayToken: text('gateway_token').notNull().unique(),
    brand: text('brand').notNull(),
    last4: text('last4').notNull(),
    expMonth: smallint('exp_month').notNull(),
    expYear: smallint('exp_year').notNull(),
    isDefault: boolean('is_default').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    check('payment_methods_last4_check', sql`${t.last4} ~ '^[0-9]{4}$'`),
    check('payment_methods_exp_month_check', sql`${t.expMonth} between 1 and 12`),
    check('payment_methods_exp_year_check', sql`${t.expYear} between 2000 and 2100`),
    index('payment_methods_account_idx').on(t.accountId),
  ],
);

/**
 * A charge through the gateway. The idempotency key is claimed by this UNIQUE before the gateway
 * is called; the request hash refuses the same key reused with a different body. A one-off card
 * (no payment method) is named by the brand and last four the processor reported, nothing more.
 */
export const payments = pgTable(
  'payments',
  {
    id: id(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    requestHash: text('request_hash').notNull(),
    amountCents: cents('amount_cents').notNull(),
    status: text('status', { enum: paymentStatuses }).notNull().default('pending'),
    gatewayRef: text('gateway_ref'),
    paymentMethodId: ref('payment_method_id').references(() => paymentMethods.id),
    accountId: ref('account_id').references(() => accounts.id),
    invoiceId: ref('invoice_id').references(() => invoices.id),
    failureReason: text('failure_reason'),
    cardBrand: text('card_brand'),
    cardLast4: text('card_last4'),
    createdAt: createdAt(),
    completedAt: at('completed_at'),
  },
  (t) => [
    oneOf('payments_status_check', t.status, paymentStatuses),
    check('payments_amount_check', sql`${t.amountCents} > 0`),
    check('payments_target_check', sql`${t.accountId} is not null or ${t.invoiceId} is not null`),
    check('payments_card_last4_check', sql`${t.cardLast4} ~ '^[0-9]{4}$'`),
    index('payments_account_idx').on(t.accountId, t.createdAt.desc()),
    index('payments_invoice_idx').on(t.invoiceId),
  ],
);
