import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { adjustments } from './adjustments.ts';
import { cents, createdAt, id, oneOf, ref } from './columns.ts';
import { invoices } from './invoices.ts';
import { payments } from './payments.ts';
import { trips } from './trips.ts';

export const ledgerEntryKinds = [
  'trip',
  'payment',
  'adjustment',
  'refund',
  'fee',
  'reversal',
  'top_up',
] as const;

export type LedgerEntryKind = (typeof ledgerEntryKinds)[number];

/**
 * The prepaid ledger, append-only: a balance is the sum of an account's entries, and a mistake
 * is corrected by a reversing entry. Debits are negative, credits positive.
 */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: id(),
    accountId: ref('account_id')
      .notNull()
      .references(() => accounts.id),
    kind: text('kind', { enum: ledgerEntryKinds }).notNull(),
    amountCents: cents('amount_cents').notNull(),
    tripId: ref('trip_id').references(() => trips.id),
    paymentId: ref('payment_id').references(() => payments.id),
    adjustmentId: ref('adjustment_id').references(() => adjustments.id),
    invoiceId: ref('invoice_id').references(() => invoices.id),
    /**
     * What caused the entry, e.g. `trip:123`, `payment:45`, `invoice:7:second_notice`. With the
     * kind it is UNIQUE, so the same trip, payment or fee can never post twice.
     */
    sourceRef: text('source_ref').notNull(),
    description: text('description'),
    createdAt: createdAt(),
  },
  (t) => [
    oneOf('ledger_entries_kind_check', t.kind, ledgerEntryKinds),
    check('ledger_entries_nonzero_check', sql`${t.amountCents} <> 0`),
    // Charges only take money and payments only add it; the other kinds go either way.
    check(
      'ledger_entries_sign_check',
      sql`(${t.kind} not in ('trip', 'fee') or ${t.amountCents} < 0)
        and (${t.kind} not in ('payment', 'top_up') or ${t.amountCents} > 0)`,
    ),
    unique('ledger_entries_kind_source_unique').on(t.kind, t.sourceRef),
    index('ledger_entries_account_idx').on(t.accountId, t.createdAt.desc()),
  ],
);
