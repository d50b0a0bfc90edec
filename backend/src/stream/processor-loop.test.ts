import type { Database } from '../adapters/database/database.ts';
import { createMemoryCache } from '../adapters/cache/memory-cache.ts';
import { processTripBatch } from './process-trip-batch.ts';
import type { BatchOutcome } from './process-trip-batch.ts';
import { startProcessorLoop } from './processor-loop.ts';
import type { ProcessorLoop } from './processor-loop.ts';
import type { ProcessBatch } from './poison-parking.ts';
import {
  appendTrips,
  ledgerTotals,
  readTopic,
  tripDay,
  tripEvent,
} from './testing/stream-fixtures.ts';
import { openStreamTestbed, silentLogger, type StreamTestbed } from './testing/stream-testbed.ts';

const at = (minutes: number) => new Date(tripDay.getTime() + minutes * 60_000).toISOString();
const events = [
  tripEvent({ eventId: 'e-1', tagId: 'TAG-A' }),
  tripEvent({
    eventId: 'e-2',
    occurredAt: at(1),
    plate: { jurisdiction: 'NC', text: 'ZZZ1', confidence: 0.99 },
  }),
  tripEvent({
    eventId: 'e-3',
    occurredAt: at(2),
    plate: { jurisdiction: 'NC', text: 'YYY2', confidence: 0.2 },
  }),
  '{not json',
];

describe('the processor loop', () => {
  let bed: StreamTestbed;

  beforeAll(async () => {
    bed = await openStreamTestbed();
  }, 60_000);
  beforeEach(() => bed.reset());
  afterAll(() => bed.close());

  /** Runs a loop until it has handled `records` records, then stops it. */
  async function runUntil(
    records: number,
    database: Database = bed.database,
    processBatch: ProcessBatch = processTripBatch,
  ) {
    const outcomes: BatchOutcome[] = [];
    let handled = 0;
    let loop: ProcessorLoop | undefined;
    const finished = new Promise<void>((resolve) => {
      loop = startProcessorLoop(
        { database, eventLog: bed.eventLog, cache: createMemoryCache(), logger: silentLogger },
        {
          ...bed.loopOptions,
          processBatch,
          onBatch: (outcome) => {
            outcomes.push(outcome);
            handled += outcome.outcomes.length;
            if (handled >= records) resolve();
          },
        },
      );
    });
    await finished;
    await loop?.stop();
    return outcomes;
  }

  it('posts, publishes the outcomes and commits the offsets', async () => {
    await appendTrips(bed.eventLog, bed.topics.raw, events);
    await runUntil(events.length);

    const left = await bed.eventLog.poll(bed.loopOptions.group, bed.topics.raw, { maxRecords: 10 });
    expect(left).toEqual([]);
    expect(
      (await readTopic(bed.eventLog, bed.topics.posted)).map(
        (r) => JSON.parse(r.value.toString()).eventId,
      ),
    ).toEqual(['e-1', 'e-2']);
    expect(await readTopic(bed.eventLog, bed.topics.review)).toHaveLength(1);
    expect(await readTopic(bed.eventLog, bed.topics.deadLetter)).toHaveLength(1);
  });

  it('posts nothing twice after a crash between the database commit and the offset commit', async () => {
    await appendTrips(bed.eventLog, bed.topics.raw, events);
    // The process dies after its transaction committed and before it committed the offsets.
    const records = await bed.eventLog.poll(bed.loopOptions.group, bed.topics.raw, {
      maxRecords: 10,
    });
    await processTripBatch(bed.database, records);
    const before = await ledgerTotals(bed.database);

    const [replayed] = await runUntil(events.length);

    expect(replayed?.counts.duplicate).toBe(events.length);
    expect(await ledgerTotals(bed.database)).toEqual(before);
    expect(before.trips).toBe(2);
  });

  it('retries a failed transaction instead of skipping the batch', async () => {
    await appendTrips(bed.eventLog, bed.topics.raw, events.slice(0, 1));
    let failures = 1;
    const flaky: Database = {
      ...bed.database,
      db: bed.database.db,
      transaction: (fn) => {
        if (failures-- > 0) return Promise.reject(new Error('connection reset'));
        return bed.database.transaction(fn);
      },
    };
    const outcomes = await runUntil(1, flaky);

    expect(outcomes.map((o) => o.counts.posted)).toEqual([1]);
    expect((await ledgerTotals(bed.database)).trips).toBe(1);
  });

  it('parks a record that fails on its own as a system_error dead letter and moves on', async () => {
    const poison = tripEvent({ eventId: 'e-poison', occurredAt: at(3), tagId: 'TAG-A' });
    await appendTrips(bed.eventLog, bed.topics.raw, [events[0], poison, events[1]] as string[]);
    // Fails every time the poison read is in the batch, as a bad value in the data would.
    const failsOnPoison: ProcessBatch = (database, records, options) =>
      records.some((record) => record.value.toString().includes('e-poison'))
        ? Promise.reject(
            Object.assign(new Error('value "9e99" is out of range for type bigint'), {
              code: '22003',
            }),
          )
        : processTripBatch(database, records, options);

    const outcomes = await runUntil(3, bed.database, failsOnPoison);

    const dispositions = outcomes.flatMap((o) => o.outcomes.map((r) => [r.eventId, r.disposition]));
    expect(dispositions).toEqual([
      ['e-1', 'posted'],
      ['e-poison', 'system_error'],
      ['e-2', 'posted'],
    ]);
    expect((await ledgerTotals(bed.database)).trips).toBe(2);
    const letters = await bed.database.query<{ reason: string; payload: { eventId: string } }>(
      `select reason, payload from dead_letters`,
    );
    expect(letters).toEqual([
      {
        reason: expect.stringMatching(/^system_error: Error: value "9e99" is out of range/),
        payload: expect.objectContaining({ eventId: 'e-poison', disposition: 'system_error' }),
      },
    ]);
    const published = await readTopic(bed.eventLog, bed.topics.deadLetter);
    expect(published.map((r) => JSON.parse(r.value.toString()))).toEqual([
      expect.objectContaining({
        eventId: 'e-poison',
        disposition: 'system_error',
        reason: expect.stringMatching(/^system_error: /),
      }),
    ]);
    // The partition moved on: nothing is left to redeliver.
    expect(
      await bed.eventLog.poll(bed.loopOptions.group, bed.topics.raw, { maxRecords: 10 }),
    ).toEqual([]);
  });

  it('retries a batch for as long as the database is away, and parks nothing', async () => {
    await appendTrips(bed.eventLog, bed.topics.raw, events.slice(0, 2));
    let failures = bed.loopOptions.poisonAfterFailures + 3;
    const databaseAway: ProcessBatch = (database, records, options) =>
      failures-- > 0
        ? Promise.reject(
            Object.assign(new Error('terminating connection due to administrator command'), {
              code: '57P01',
            }),
          )
        : processTripBatch(database, records, options);

    const outcomes = await runUntil(2, bed.database, databaseAway);

    expect(outcomes.map((o) => o.counts.posted)).toEqual([2]);
    expect(await bed.database.query(`select reason from dead_letters`)).toEqual([]);
  });

  it('finishes and commits the batch in hand when asked to stop', async () => {
    await appendTrips(bed.eventLog, bed.topics.raw, events);
    const running: { loop?: ProcessorLoop } = {};
    const stopAsked: Promise<void>[] = [];
    const eventLog = {
      ...bed.eventLog,
      // SIGTERM arrives while the batch is in flight.
      poll: async (...args: Parameters<typeof bed.eventLog.poll>) => {
        const records = await bed.eventLog.poll(...args);
        if (running.loop) stopAsked.push(running.loop.stop());
        return records;
      },
    };
    running.loop = startProcessorLoop(
      { database: bed.database, eventLog, cache: createMemoryCache(), logger: silentLogger },
      bed.loopOptions,
    );
    await running.loop.done;
    await Promise.all(stopAsked);

    expect((await ledgerTotals(bed.database)).trips).toBe(2);
    expect(
      await bed.eventLog.poll(bed.loopOptions.group, bed.topics.raw, { maxRecords: 10 }),
    ).toEqual([]);
  });
});
