import { sql } from 'drizzle-orm';
import { index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { accounts, tags, vehicles } from './accounts.ts';
import { at, createdAt, id, oneOf, ref } from './columns.ts';
import { paymentMethods } from './payments.ts';

export const tagRequestStatuses = ['requested', 'fulfilled', 'cancelled'] as const;
export type TagRequestStatus = (typeof tagRequestStatuses)[number];

/**
 * A driver's request for a transponder for one of their vehicles. A request is not a tag: the
 * tag number exists only once a tag is picked from stock and assigned (then `tag_id` is set).
 */
export const tagRequests = pgTable(
  'tag_requests',
  {
    id: id(),
    accountId: ref('account_id')
      .notNull()
      .references(() => accounts.id),
    vehicleId: ref('vehicle_id')
      .notNull()
      .references(() => vehicles.id),
    status: text('status', { enum: tagRequestStatuses }).notNull().default('requested'),
    tagId: ref('tag_id').references(() => tags.id),
    fulfilledAt: at('fulfilled_at'),
    createdAt: createdAt(),
  },
  (t) => [
    oneOf('tag_requests_status_check', t.status, tagRequestStatuses),
    index('tag_requests_account_idx').on(t.accountId),
    // One open request per vehicle: a second click asks for nothing more.
    uniqueIndex('tag_requests_one_open_per_vehicle')
      .on(t.vehicleId)
      .where(sql`${t.status} = 'requested'`),
  ],
);

/**
 * The card auto top-up falls back to when the default card declines; at most one per account
 * (the primary key). A row of its own, so the default-card logic elsewhere stays as it is.
 */
export const backupPaymentMethods = pgTable('backup_payment_methods', {
  accountId: ref('account_id')
    .primaryKey()
    .references(() => accounts.id),
  paymentMethodId: ref('payment_method_id')
    .notNull()
    .unique()
    .references(() => paymentMethods.id),
  createdAt: createdAt(),
});
