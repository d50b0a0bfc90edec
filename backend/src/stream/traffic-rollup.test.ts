import { planReviewedTrip, postReviewedTrip } from './post-reviewed-trip.ts';
import { processTripBatch } from './process-trip-batch.ts';
import { appendTrips, rates, tripDay, tripEvent } from './testing/stream-fixtures.ts';
import { openStreamTestbed, type StreamTestbed } from './testing/stream-testbed.ts';
import { trafficDelta } from './traffic-rollup.ts';

const at = (minutes: number) => new Date(tripDay.getTime() + minutes * 60_000);

describe('trafficDelta', () => {
  it('counts trips into their UTC hour and class, with revenue and read types', () => {
    const trip = (minutes: number, vehicleClass: number, readType: string, cents: number | null) =>
      ({
        plazaId: 1,
        occurredAt: at(minutes),
        vehicleClass,
        amountCents: cents,
        readType,
      }) as Parameters<typeof trafficDelta>[0][number];
    const rows = trafficDelta([
      trip(0, 2, 'tag', 200),
      trip(59, 2, 'plate', 300),
      trip(60, 2, 'tag', 200),
      trip(30, 5, 'review', null),
    ]);
    expect(rows).toEqual([
      {
        plazaId: 1,
        hour: at(0),
        vehicleClass: 2,
        trips: 2,
        revenueCents: 500,
        tagReads: 1,
        plateReads: 1,
        reviewReads: 0,
      },
      {
        plazaId: 1,
        hour: at(60),
        vehicleClass: 2,
        trips: 1,
        revenueCents: 200,
        tagReads: 1,
        plateReads: 0,
        reviewReads: 0,
      },
      {
        plazaId: 1,
        hour: at(0),
        vehicleClass: 5,
        trips: 1,
        revenueCents: 0,
        tagReads: 0,
        plateReads: 0,
        reviewReads: 1,
      },
    ]);
  });
});

describe('traffic rollup kept by the stream processor', () => {
  let bed: StreamTestbed;

  beforeAll(async () => {
    bed = await openStreamTestbed();
  }, 60_000);
  beforeEach(() => bed.reset());
  afterAll(() => bed.close());

  async function process(group = bed.loopOptions.group) {
    const records = await bed.eventLog.poll(group, bed.topics.raw, { maxRecords: 100 });
    await processTripBatch(bed.database, records, {
      maxFutureSkewSeconds: 300,
      now: () => at(180),
    });
  }

  const query = (sql: string) => bed.database.query<Record<string, unknown>>(sql);
  const rollup = () =>
    query(`select hour, vehicle_class, trips, revenue_cents, tag_reads, plate_reads, review_reads
           from plaza_hour_class_stats order by hour, vehicle_class`);
  /** The same figures counted from the stored trips. */
  const fromTrips = () =>
    query(`select date_trunc('hour', occurred_at, 'UTC') as hour, vehicle_class,
             count(*)::int as trips, coalesce(sum(amount_cents), 0)::bigint as revenue_cents,
             count(*) filter (where read_type = 'tag')::int as tag_reads,
             count(*) filter (where read_type = 'plate')::int as plate_reads,
             count(*) filter (where read_type = 'review')::int as review_reads
           from trips group by 1, 2 order by 1, 2`);
  const numbers = (rows: Record<string, unknown>[]) =>
    rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([key, value]) => [
          key,
          value instanceof Date ? value.toISOString() : Number(value),
        ]),
      ),
    );

  beforeEach(async () => {
    await appendTrips(bed.eventLog, bed.topics.raw, [
      tripEvent({ eventId: 'h0-tag', tagId: 'TAG-A', occurredAt: at(5).toISOString() }),
      tripEvent({
        eventId: 'h0-plate',
        occurredAt: at(10).toISOString(),
        plate: { jurisdiction: 'NC', text: 'PLT1', confidence: 0.99 },
      }),
      tripEvent({
        eventId: 'h0-review-class5',
        occurredAt: at(20).toISOString(),
        vehicleClass: 5,
        plate: { jurisdiction: 'NC', text: 'R1', confidence: 0.1 },
      }),
      tripEvent({ eventId: 'h1-tag', tagId: 'TAG-A', occurredAt: at(70).toISOString() }),
    ]);
  });

  it('adds the revenue of a reviewed trip to its hour and class when a person posts it', async () => {
    await appendTrips(bed.eventLog, bed.topics.raw, [
      tripEvent({
        eventId: 'h1-review',
        occurredAt: at(75).toISOString(),
        plate: { jurisdiction: 'NC', text: 'PLT1', confidence: 0.1 },
      }),
    ]);
    await process();
    const [trip] = await query(`select id from trips where event_id = 'h1-review'`);
    const plan = await planReviewedTrip(bed.database.db, Number(trip?.['id']), {
      jurisdiction: 'NC',
      text: 'PLT1',
    });
    if (plan.kind !== 'planned') throw new Error(plan.reason);
    await bed.database.transaction((tx) => postReviewedTrip(tx, plan, at(180)));
    const rows = numbers(await rollup());
    expect(rows).toEqual(numbers(await fromTrips()));
    expect(rows.at(-1)).toMatchObject({
      hour: at(60).toISOString(),
      vehicle_class: 2,
      trips: 2,
      revenue_cents: rates.v1.tag + rates.v1.plate,
      review_reads: 1,
    });
  });

  it('matches the stored trips by hour and class, in the posting transaction', async () => {
    await process();
    const rows = numbers(await rollup());
    expect(rows).toEqual(numbers(await fromTrips()));
    expect(rows).toEqual([
      {
        hour: at(0).toISOString(),
        vehicle_class: 2,
        trips: 2,
        revenue_cents: rates.v1.tag + rates.v1.plate,
        tag_reads: 1,
        plate_reads: 1,
        review_reads: 0,
      },
      {
        hour: at(0).toISOString(),
        vehicle_class: 5,
        trips: 1,
        revenue_cents: 0,
        tag_reads: 0,
        plate_reads: 0,
        review_reads: 1,
      },
      {
        hour: at(60).toISOString(),
        vehicle_class: 2,
        trips: 1,
        revenue_cents: rates.v1.tag,
        tag_reads: 1,
        plate_reads: 0,
        review_reads: 0,
      },
    ]);
  });

  it('counts nothing twice when the log is replayed', async () => {
    await process();
    const once = numbers(await rollup());
    await process('replaying-group');
    expect(numbers(await rollup())).toEqual(once);
  });
});
