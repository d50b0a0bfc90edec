/**
 * The stream processor on real PostgreSQL (a scratch database per suite), with the
 * Postgres-table log, and with real Kafka when KAFKA_BROKERS is set (unique topics per run).
 */
import { createMemoryCache } from '../adapters/cache/memory-cache.ts';
import type { Database } from '../adapters/database/database.ts';
import { createPostgresDatabase } from '../adapters/database/postgres-database.ts';
import type { EventLog } from '../adapters/event-log/event-log.ts';
import { createKafkaEventLog } from '../adapters/event-log/kafka-event-log.ts';
import { deleteKafkaTopics } from '../adapters/event-log/kafka-testing.ts';
import { createPgEventLog } from '../adapters/event-log/pg-event-log.ts';
import { createScratchPostgres, requireDatabaseUrl } from '../platform/testing/scratch-postgres.ts';
import { startProcessorLoop } from './processor-loop.ts';
import type { ProcessorLoopOptions } from './processor-loop.ts';
import { appendTrips, ledgerTotals, rates, tripDay, tripEvent } from './testing/stream-fixtures.ts';
import { openStreamTestbed, silentLogger, type StreamTestbed } from './testing/stream-testbed.ts';

const serverUrl = requireDatabaseUrl();
const kafkaBrokers = process.env['KAFKA_BROKERS']?.split(',');

/** 200 tag trips on one account (2.00 each, from 50.00) and 200 toll-by-plate trips. */
const trips = Array.from({ length: 400 }, (_, i) => {
  const occurredAt = new Date(tripDay.getTime() + i * 90_000).toISOString();
  return i % 2 === 0
    ? tripEvent({ eventId: `r-${i}`, tagId: 'TAG-A', occurredAt })
    : tripEvent({
        eventId: `r-${i}`,
        occurredAt,
        plate: { jurisdiction: 'NC', text: `P${i}`, confidence: 0.99 },
      });
});

function describePipeline(name: string, openLog: (database: Database) => Promise<EventLog>) {
  describe(name, () => {
    let bed: StreamTestbed;

    beforeAll(async () => {
      const scratch = await createScratchPostgres(serverUrl);
      const database = await createPostgresDatabase(scratch.url);
      bed = await openStreamTestbed({ database, eventLog: openLog, onClose: () => scratch.drop() });
    }, 120_000);
    beforeEach(() => bed.reset());
    afterAll(async () => {
      if (kafkaBrokers && bed.eventLog.kind === 'kafka') {
        await deleteKafkaTopics(kafkaBrokers, Object.values(bed.topics)).catch(() => undefined);
      }
      await bed.close();
    });

    /** Runs loops (one per group) until each has handled every record. */
    async function drain(groups: string[], records: number) {
      await Promise.all(
        groups.map(async (group) => {
          let handled = 0;
          let resolveDone: () => void = () => undefined;
          const allHandled = new Promise<void>((resolve) => (resolveDone = resolve));
          const options: ProcessorLoopOptions = {
            ...bed.loopOptions,
            group,
            maxRecords: 150,
            onBatch: (outcome) => {
              handled += outcome.outcomes.length;
              if (handled >= records) resolveDone();
            },
          };
          const deps = {
            database: bed.database,
            eventLog: bed.eventLog,
            cache: createMemoryCache(),
            logger: silentLogger,
          };
          const loop = startProcessorLoop(deps, options);
          await allHandled;
          await loop.stop();
        }),
      );
    }

    it('posts every trip once, even when two consumers race over the same log', async () => {
      await appendTrips(bed.eventLog, bed.topics.raw, trips);
      await drain([bed.loopOptions.group, `${bed.loopOptions.group}-twin`], trips.length);

      // 50.00 covers 25 tag trips; then the tag is invalid and the other 175 pay the plate rate.
      const prepaidCents = 25 * rates.v1.tag + 175 * rates.v1.plate;
      expect(await ledgerTotals(bed.database)).toEqual({
        trips: 400,
        tripCents: prepaidCents + 200 * rates.v1.plate,
        tripEntries: 200,
        tripEntryCents: -prepaidCents,
      });
      const [account] = await bed.database.query<{ balance: unknown }>(
        'select sum(amount_cents) as balance from ledger_entries where account_id = $1',
        [bed.fixture.accounts.prepaid],
      );
      expect(Number(account?.balance)).toBe(5000 - prepaidCents);
      const [tag] = await bed.database.query<{ status: string }>(
        `select status from tags where tag_no = 'TAG-A'`,
      );
      expect(tag?.status).toBe('invalid');
    }, 120_000);

    it('replays the whole log without posting anything twice', async () => {
      await appendTrips(bed.eventLog, bed.topics.raw, trips.slice(0, 100));
      await drain([bed.loopOptions.group], 100);
      const before = await ledgerTotals(bed.database);
      await drain([`${bed.loopOptions.group}-replay`], 100);

      expect(await ledgerTotals(bed.database)).toEqual(before);
      expect(before.trips).toBe(100);
    }, 120_000);
  });
}

describePipeline('stream processor on PostgreSQL with the Postgres-table log', createPgEventLog);

if (kafkaBrokers) {
  describePipeline('stream processor on PostgreSQL with Kafka', () =>
    createKafkaEventLog({ brokers: kafkaBrokers, partitions: 3 }),
  );
} else {
  describe.skip('stream processor on PostgreSQL with Kafka (set KAFKA_BROKERS)', () => {
    it('needs a broker', () => undefined);
  });
}
