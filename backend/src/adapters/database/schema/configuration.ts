import { index, jsonb, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { at, createdAt, id, ref } from './columns.ts';
import { users } from './users.ts';

/**
 * Effective-dated business rules (fees, thresholds, escalation ladder, …). The value in force at
 * a time is the row with the latest `effective_from` at or before it; rows are never edited.
 */
export const configuration = pgTable(
  'configuration',
  {
    id: id(),
    key: text('key').notNull(),
    value: jsonb('value').notNull(),
    effectiveFrom: at('effective_from').notNull(),
    createdBy: ref('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    unique('configuration_key_effective_from').on(t.key, t.effectiveFrom),
    index('configuration_lookup_idx').on(t.key, t.effectiveFrom.desc()),
  ],
);
