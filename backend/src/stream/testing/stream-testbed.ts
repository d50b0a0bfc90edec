import { randomBytes } from 'node:crypto';
import type { Database } from '../../adapters/database/database.ts';
import { migrateDatabase } from '../../adapters/database/migrate.ts';
import { createPgliteDatabase } from '../../adapters/database/pglite-database.ts';
import type { EventLog } from '../../adapters/event-log/event-log.ts';
import { createPgEventLog } from '../../adapters/event-log/pg-event-log.ts';
import type { ProcessorLoopOptions, StreamLogger } from '../processor-loop.ts';
import { defaultLoopOptions } from '../processor-loop.ts';
import { seedStreamFixture, type StreamFixture } from './stream-fixtures.ts';

export interface StreamTestbed {
  database: Database;
  eventLog: EventLog;
  fixture: StreamFixture;
  /** Topics unique to this testbed, so runs on a shared broker never see each other. */
  topics: ProcessorLoopOptions['topics'];
  loopOptions: ProcessorLoopOptions;
  /**
   * Forgets what earlier tests posted (trips, their entries, dead letters, top-up requests,
   * rollups, tag statuses) and moves to fresh topics, so tests share one migrated database.
   */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export const silentLogger: StreamLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** A migrated database with the fixture, and an event log (the Postgres table by default). */
export async function openStreamTestbed(
  options: {
    database?: Database;
    eventLog?: (database: Database) => Promise<EventLog>;
    onClose?: () => Promise<void>;
  } = {},
): Promise<StreamTestbed> {
  const database = options.database ?? (await createPgliteDatabase());
  await migrateDatabase(database);
  const fixture = await seedStreamFixture(database);
  const eventLog = await (options.eventLog ?? createPgEventLog)(database);
  const bed: StreamTestbed = {
    database,
    eventLog,
    fixture,
    topics: topicsFor(''),
    loopOptions: defaultLoopOptions,
    async reset() {
      for (const statement of resetStatements) await database.query(statement);
      const run = randomBytes(4).toString('hex');
      bed.topics = topicsFor(run);
      bed.loopOptions = {
        ...defaultLoopOptions,
        group: `stream-test-${run}`,
        topics: bed.topics,
        idleMs: 10,
        retryBaseMs: 10,
        retryMaxMs: 50,
      };
    },
    async close() {
      await eventLog.close();
      await database.close();
      await options.onClose?.();
    },
  };
  await bed.reset();
  return bed;
}

const resetStatements = [
  `delete from ledger_entries where kind = 'trip'`,
  `delete from trips`,
  `delete from dead_letters`,
  `delete from payments where idempotency_key like 'auto-top-up:%'`,
  `delete from plaza_minute_stats`,
  `delete from plaza_hour_class_stats`,
  `update tags set status = 'valid'`,
];

function topicsFor(run: string): ProcessorLoopOptions['topics'] {
  return {
    raw: `trips.raw.${run}`,
    posted: `trips.posted.${run}`,
    review: `trips.review.${run}`,
    deadLetter: `trips.dead-letter.${run}`,
  };
}
