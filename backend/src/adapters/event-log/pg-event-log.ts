import { sql } from 'drizzle-orm';
import type { Database } from '../database/database.ts';
import { probeHealth } from '../health-status.ts';
import type { EventLog, LoggedEvent } from './event-log.ts';
import {
  commitOffset,
  createEventLogTables,
  insertRecords,
  reserveOffsets,
  selectAfterCommitted,
} from './pg-event-log-tables.ts';

interface RecordRow {
  topic: string;
  offset: string | number | bigint;
  key: string | null;
  value: Uint8Array;
  headers: Record<string, string> | string;
  appended_at: Date | string;
}

/**
 * The event log in a Postgres table (PGlite or PostgreSQL): the embedded posture's Kafka.
 * One partition per topic; at-least-once delivery with offsets committed per consumer group.
 */
export async function createPgEventLog(database: Database): Promise<EventLog> {
  // One statement per call: PGlite's parameterised protocol takes a single statement.
  for (const statement of createEventLogTables.split(';').filter((text) => text.trim())) {
    await database.query(statement);
  }

  return {
    kind: 'postgres-table',
    async append(topic, records) {
      if (records.length === 0) return;
      const batch = records.map((record) => ({
        key: record.key,
        value: Buffer.from(record.value).toString('base64'),
        headers: record.headers ?? {},
      }));
      // The transaction makes the offset reservation and the insert durable together or not at all.
      await database.transaction(async (tx) => {
        // Both drivers return { rows }; the shared PgDatabase type cannot say so.
        const reserved = (await tx.execute(rawSql(reserveOffsets, [topic, records.length]))) as {
          rows: { first_offset: string | number }[];
        };
        const firstOffset = reserved.rows[0].first_offset;
        await tx.execute(rawSql(insertRecords, [topic, firstOffset, JSON.stringify(batch)]));
      });
    },
    async poll(group, topic, options) {
      const rows = await database.query<RecordRow>(selectAfterCommitted, [
        topic,
        group,
        options.maxRecords,
      ]);
      return rows.map(toLoggedEvent);
    },
    async commit(group, event) {
      if (event.partition !== 0) throw new Error('The Postgres-table log has only partition 0');
      await database.query(commitOffset, [group, event.topic, event.offset + 1]);
    },
    health: () =>
      probeHealth('postgres-table', () => database.query('select 1 from event_log_topics limit 1')),
    // The log shares the database connection, which its owner closes.
    close: async () => undefined,
  };
}

/** Raw SQL with $n placeholders, run through Drizzle so it joins the transaction. */
function rawSql(text: string, params: unknown[]) {
  const chunks = text.split(/\$(\d+)/);
  const query = sql.empty();
  chunks.forEach((chunk, index) => {
    if (index % 2 === 0) query.append(sql.raw(chunk));
    else query.append(sql`${params[Number(chunk) - 1]}`);
  });
  return query;
}

function toLoggedEvent(row: RecordRow): LoggedEvent {
  return {
    topic: row.topic,
    partition: 0,
    offset: Number(row.offset),
    key: row.key,
    value: Buffer.from(row.value),
    headers: typeof row.headers === 'string' ? JSON.parse(row.headers) : row.headers,
    timestamp: new Date(row.appended_at),
  };
}
