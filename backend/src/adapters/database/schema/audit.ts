import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { at, id, ref } from './columns.ts';

/** Who saw or changed what. Written in the same transaction as the change it records. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    /** The acting user's id; null for the system (stream processors, schedulers). */
    actorId: ref('actor_id'),
    actorUsername: text('actor_username').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    at: at('at').notNull().defaultNow(),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entityType, t.entityId, t.at.desc()),
    index('audit_log_actor_idx').on(t.actorId, t.at.desc()),
  ],
);
