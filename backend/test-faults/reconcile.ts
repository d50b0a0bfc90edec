/**
 * The reconciliation the fault suite ends each test with: the Postgres truth (trips, ledger,
 * minute rollup) against what was sent, and the dashboard cache against the rollup.
 */
import type { Cache } from '../src/adapters/cache/cache.ts';
import type { Database } from '../src/adapters/database/database.ts';
import { readPlazaMinutes } from '../src/stream/projection-cache.ts';
import { faultRates } from './fault-traffic.ts';

export interface Expected {
  tagTrips: number;
  plateTrips: number;
}

export interface PostgresTruth {
  trips: number;
  distinctEvents: number;
  tripCents: number;
  tagTrips: number;
  plateTrips: number;
  tripEntries: number;
  distinctEntryRefs: number;
  tripEntryCents: number;
  deadLetters: number;
  rollup: { trips: number; revenueCents: number; tagReads: number; plateReads: number };
}

const num = (value: unknown) => Number(value ?? 0);

/** One statement, so every figure comes from the same snapshot while batches still commit. */
export async function readPostgresTruth(database: Database): Promise<PostgresTruth> {
  const [row] = await database.query<Record<string, unknown>>(
    `select t.trips, t.events, t.cents, t.tag_trips, t.plate_trips,
            e.entries, e.refs, e.cents as entry_cents, d.letters,
            r.trips as rollup_trips, r.revenue, r.tag_reads, r.plate_reads
     from (select count(*) as trips, count(distinct event_id) as events,
                  coalesce(sum(amount_cents), 0) as cents,
                  count(*) filter (where read_type = 'tag') as tag_trips,
                  count(*) filter (where read_type = 'plate') as plate_trips
           from trips where status in ('posted', 'unbilled')) t,
          (select count(*) as entries, count(distinct source_ref) as refs,
                  coalesce(sum(amount_cents), 0) as cents
           from ledger_entries where kind = 'trip') e,
          (select count(*) as letters from dead_letters) d,
          (select coalesce(sum(trips), 0) as trips, coalesce(sum(revenue_cents), 0) as revenue,
                  coalesce(sum(tag_reads), 0) as tag_reads,
                  coalesce(sum(plate_reads), 0) as plate_reads
           from plaza_minute_stats) r`,
  );
  return {
    trips: num(row?.['trips']),
    distinctEvents: num(row?.['events']),
    tripCents: num(row?.['cents']),
    tagTrips: num(row?.['tag_trips']),
    plateTrips: num(row?.['plate_trips']),
    tripEntries: num(row?.['entries']),
    distinctEntryRefs: num(row?.['refs']),
    tripEntryCents: num(row?.['entry_cents']),
    deadLetters: num(row?.['letters']),
    rollup: {
      trips: num(row?.['rollup_trips']),
      revenueCents: num(row?.['revenue']),
      tagReads: num(row?.['tag_reads']),
      plateReads: num(row?.['plate_reads']),
    },
  };
}

/** What the truth must be when every distinct trip sent so far is posted exactly once. */
export function expectedTruth({ tagTrips, plateTrips }: Expected): PostgresTruth {
  const trips = tagTrips + plateTrips;
  const tripCents = tagTrips * faultRates.tag + plateTrips * faultRates.plate;
  return {
    trips,
    distinctEvents: trips,
    tripCents,
    tagTrips,
    plateTrips,
    tripEntries: tagTrips,
    distinctEntryRefs: tagTrips,
    tripEntryCents: -tagTrips * faultRates.tag,
    deadLetters: 0,
    rollup: { trips, revenueCents: tripCents, tagReads: tagTrips, plateReads: plateTrips },
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls until the truth has as many trips as expected (or more: a double post shows up as a
 * mismatch, not a hang), tolerating a database that is still coming back. Returns the last read.
 */
export async function waitForPosted(
  database: Database,
  expected: Expected,
  timeoutMs: number,
  keepWaiting: () => boolean = () => true,
): Promise<PostgresTruth | null> {
  const deadline = Date.now() + timeoutMs;
  let last: PostgresTruth | null = null;
  while (Date.now() < deadline && keepWaiting()) {
    try {
      last = await readPostgresTruth(database);
      if (last.trips >= expected.tagTrips + expected.plateTrips) return last;
    } catch {
      // PostgreSQL restarting: read again
    }
    await pause(500);
  }
  return last;
}

/** Trips in the database, by the cheapest query: polled often while a kill waits for progress. */
export async function countTrips(database: Database): Promise<number> {
  const [row] = await database.query<{ trips: unknown }>(`select count(*) as trips from trips`);
  return num(row?.trips);
}

/** Polls every 100 ms until there are more than `than` trips; returns the last count. */
export async function waitForMoreTrips(
  database: Database,
  than: number,
  timeoutMs: number,
  keepWaiting: () => boolean = () => true,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = than;
  while (Date.now() < deadline && keepWaiting()) {
    last = await countTrips(database);
    if (last > than) return last;
    await pause(100);
  }
  return last;
}

export interface MinuteFigures {
  minute: string;
  trips: number;
  revenueCents: number;
  tagReads: number;
  plateReads: number;
  reviewReads: number;
}

async function rollupMinutes(database: Database, range: { from: Date; to: Date }) {
  const rows = await database.query<Record<string, unknown>>(
    `select s.minute, s.trips, s.revenue_cents, s.tag_reads, s.plate_reads, s.review_reads
     from plaza_minute_stats s where s.minute >= $1 and s.minute < $2 order by s.minute`,
    [range.from.toISOString(), range.to.toISOString()],
  );
  return rows.map((row): MinuteFigures => ({
    minute: new Date(row['minute'] as string).toISOString(),
    trips: num(row['trips']),
    revenueCents: num(row['revenue_cents']),
    tagReads: num(row['tag_reads']),
    plateReads: num(row['plate_reads']),
    reviewReads: num(row['review_reads']),
  }));
}

async function cacheMinutes(cache: Cache, range: { from: Date; to: Date }) {
  return (await readPlazaMinutes(cache, range)).map((m): MinuteFigures => ({
    minute: m.minute.toISOString(),
    trips: m.trips,
    revenueCents: m.revenueCents,
    tagReads: m.tagReads,
    plateReads: m.plateReads,
    reviewReads: m.reviewReads,
  }));
}

/**
 * The dashboard cache and the Postgres rollup, minute by minute over `range`; polled a while
 * because the cache is written just after each commit. Returns both sides of the last read.
 */
export async function compareProjections(
  database: Database,
  cache: Cache,
  range: { from: Date; to: Date },
  timeoutMs: number,
): Promise<{ postgres: MinuteFigures[]; cache: MinuteFigures[] }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [postgres, cached] = await Promise.all([
      rollupMinutes(database, range),
      cacheMinutes(cache, range),
    ]);
    const same = JSON.stringify(postgres) === JSON.stringify(cached);
    if (same || Date.now() > deadline) return { postgres, cache: cached };
    await pause(500);
  }
}
