import { createMemoryCache } from '../adapters/cache/memory-cache.ts';
import type { Cache } from '../adapters/cache/cache.ts';
import { processTripBatch } from './process-trip-batch.ts';
import {
  applyDeltaToCache,
  readPipelineLag,
  readPlazaMinutes,
  readReviewBacklog,
  rebuildProjections,
} from './projection-cache.ts';
import { appendTrips, rates, tripDay, tripEvent } from './testing/stream-fixtures.ts';
import { openStreamTestbed, type StreamTestbed } from './testing/stream-testbed.ts';

const at = (minutes: number) => new Date(tripDay.getTime() + minutes * 60_000).toISOString();
const range = { from: tripDay, to: new Date(tripDay.getTime() + 10 * 60_000) };
const now = new Date(tripDay.getTime() + 60 * 60_000);

describe('projections per plaza per minute', () => {
  let bed: StreamTestbed;

  beforeAll(async () => {
    bed = await openStreamTestbed();
  }, 60_000);
  beforeEach(() => bed.reset());
  afterAll(() => bed.close());

  async function postKnownMinutes(cache: Cache, group = bed.loopOptions.group) {
    const records = await bed.eventLog.poll(group, bed.topics.raw, { maxRecords: 100 });
    const outcome = await processTripBatch(bed.database, records, {
      maxFutureSkewSeconds: 300,
      now: () => now,
    });
    await applyDeltaToCache(cache, bed.database, outcome.projection, now);
  }

  beforeEach(async () => {
    await appendTrips(bed.eventLog, bed.topics.raw, [
      tripEvent({ eventId: 'm0-tag', tagId: 'TAG-A' }),
      tripEvent({
        eventId: 'm0-plate',
        plate: { jurisdiction: 'NC', text: 'PLT1', confidence: 0.99 },
      }),
      tripEvent({
        eventId: 'm2-review',
        occurredAt: at(2),
        plate: { jurisdiction: 'NC', text: 'R1', confidence: 0.1 },
      }),
    ]);
  });

  const expected = [
    {
      plazaCode: 'PLZ-1',
      minute: tripDay,
      trips: 2,
      revenueCents: rates.v1.tag + rates.v1.plate,
      tagReads: 1,
      plateReads: 1,
      reviewReads: 0,
    },
    {
      plazaCode: 'PLZ-1',
      minute: new Date(tripDay.getTime() + 120_000),
      trips: 1,
      revenueCents: 0,
      tagReads: 0,
      plateReads: 0,
      reviewReads: 1,
    },
  ];

  it('counts trips, revenue and read types in the cache and in the Postgres rollup alike', async () => {
    const cache = createMemoryCache();
    await rebuildProjections(bed.database, cache, range); // a built (empty) cache
    await postKnownMinutes(cache);

    expect(await readPlazaMinutes(cache, range)).toMatchObject(expected);
    expect(await readReviewBacklog(cache)).toEqual({ 'PLZ-1': 1 });
    const rollup = await bed.database.query<Record<string, unknown>>(
      `select minute, trips, revenue_cents, tag_reads, plate_reads, review_reads
       from plaza_minute_stats order by minute`,
    );
    expect(
      rollup.map((r) => ({
        plazaCode: 'PLZ-1',
        minute: new Date(r['minute'] as Date),
        trips: Number(r['trips']),
        revenueCents: Number(r['revenue_cents']),
        tagReads: Number(r['tag_reads']),
        plateReads: Number(r['plate_reads']),
        reviewReads: Number(r['review_reads']),
      })),
    ).toEqual(expected);
    const [first] = await readPlazaMinutes(cache, range);
    expect(first?.receivedLagMs).toBe(2 * (60 * 60_000 - 1000));
    // Three trips received at +1 s, +1 s and +2 min 1 s, all processed at +60 min.
    expect(await readPipelineLag(cache)).toEqual({
      occurredMs: Math.round((2 * 3_600_000 + 3_480_000) / 3),
      receivedMs: Math.round((2 * 3_599_000 + 3_479_000) / 3),
      at: now.toISOString(),
    });
  });

  it('counts nothing twice when the log is replayed', async () => {
    const cache = createMemoryCache();
    await rebuildProjections(bed.database, cache, range);
    await postKnownMinutes(cache);
    await postKnownMinutes(cache, 'replaying-group');

    expect(await readPlazaMinutes(cache, range)).toMatchObject(expected);
  });

  it('rebuilds an emptied cache from Postgres instead of adding to nothing', async () => {
    await postKnownMinutes(createMemoryCache());
    const emptied = createMemoryCache();

    // The next batch finds no marker: it rebuilds from Postgres, which already holds its trips.
    await appendTrips(bed.eventLog, bed.topics.raw, [
      tripEvent({ eventId: 'm2-tag', tagId: 'TAG-L', occurredAt: at(2) }),
    ]);
    await postKnownMinutes(emptied);

    const minutes = await readPlazaMinutes(emptied, range);
    expect(minutes.map((m) => [m.trips, m.tagReads, m.reviewReads])).toEqual([
      [2, 1, 0],
      [2, 1, 1],
    ]);
    expect(await readReviewBacklog(emptied)).toEqual({ 'PLZ-1': 1 });
  });
});
