import { sql } from 'drizzle-orm';
import { boolean, check, pgTable, text } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { createdAt, id, ref } from './columns.ts';

export const roles = ['customer', 'agent', 'supervisor', 'admin'] as const;
export type Role = (typeof roles)[number];

/**
 * People who sign in: staff and customers. With the local identity provider the password hash
 * is checked here; with Cognito the user pool holds the password and this row holds the roles.
 */
export const users = pgTable(
  'users',
  {
    id: id(),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    /** `scrypt$N$r$p$salt$hash` from adapters/identity/password.ts; null for Cognito-only users. */
    passwordHash: text('password_hash'),
    roles: text('roles', { enum: roles }).array().notNull(),
    team: text('team'),
    /** The customer's own account; null for staff. */
    accountId: ref('account_id').references(() => accounts.id),
    disabled: boolean('disabled').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    check(
      'users_roles_check',
      sql`cardinality(${t.roles}) > 0 and ${t.roles} <@ array['customer', 'agent', 'supervisor', 'admin']::text[]`,
    ),
    check(
      'users_customer_account_check',
      sql`not ('customer' = any(${t.roles})) or ${t.accountId} is not null`,
    ),
  ],
);
