/**
 * The dashboard side of the projections, in the cache (Redis, or memory when embedded). One hash
 * per UTC minute with `<plaza>|<metric>` fields, so a wall screen reads an hour in 60 calls
 * whatever the number of plazas. The cache may be emptied at any time: a marker key says it was
 * built, and when the marker is gone the next batch rebuilds it from Postgres instead of adding
 * to an empty cache.
 */
import type { Cache } from '../adapters/cache/cache.ts';
import type { Database } from '../adapters/database/database.ts';
import { minuteOf, type ProjectionDelta } from './projections.ts';

const PREFIX = 'beaus:proj';
export const projectionKeys = {
  minute: (minute: Date) => `${PREFIX}:minute:${minute.toISOString().slice(0, 16)}Z`,
  reviewBacklog: `${PREFIX}:review-backlog`,
  lag: `${PREFIX}:lag`,
  ready: `${PREFIX}:ready`,
} as const;

/** Minutes older than this leave the cache; reports read plaza_minute_stats. */
export const minuteTtlSeconds = 2 * 86_400;
/** How much history a rebuild restores. */
export const rebuildWindowMs = 2 * 86_400_000;

const METRICS = [
  'trips',
  'revenueCents',
  'tagReads',
  'plateReads',
  'reviewReads',
  'occurredLagMs',
  'receivedLagMs',
] as const;
type Metric = (typeof METRICS)[number];

export type PlazaMinute = { readonly plazaCode: string; readonly minute: Date } & Record<
  Metric,
  number
>;

/**
 * Adds a committed batch to the cache. When the cache lost its marker it is rebuilt from
 * Postgres, which already holds this batch, so the delta is not added on top.
 */
export async function applyDeltaToCache(
  cache: Cache,
  database: Database,
  delta: ProjectionDelta,
  now: Date,
): Promise<void> {
  if ((await cache.get(projectionKeys.ready)) === null) {
    await rebuildProjections(database, cache, {
      from: new Date(now.getTime() - rebuildWindowMs),
      to: now,
    });
    return;
  }
  const writes: Promise<unknown>[] = [];
  for (const stats of delta.minutes) {
    const key = projectionKeys.minute(stats.minute);
    for (const metric of METRICS) {
      if (stats[metric] !== 0)
        writes.push(cache.hashIncrBy(key, `${stats.plazaCode}|${metric}`, stats[metric]));
    }
  }
  for (const [plaza, count] of delta.reviewBacklog) {
    writes.push(cache.hashIncrBy(projectionKeys.reviewBacklog, plaza, count));
  }
  if (delta.lag.trips > 0) {
    writes.push(
      cache.hashSet(projectionKeys.lag, {
        occurredMs: String(delta.lag.occurredMs),
        receivedMs: String(delta.lag.receivedMs),
        at: now.toISOString(),
      }),
    );
  }
  // Issued together: node-redis pipelines commands sent in one tick.
  await Promise.all(writes);
  await Promise.all(
    [...new Set(delta.minutes.map((m) => projectionKeys.minute(m.minute)))].map((key) =>
      cache.expire(key, minuteTtlSeconds),
    ),
  );
}

/**
 * Rebuilds the cache from Postgres for minutes in [from, to): the minute rollup and the review
 * backlog (trips still waiting for a person). Values are set, not added, so a rebuild is safe
 * to repeat.
 */
export async function rebuildProjections(
  database: Database,
  cache: Cache,
  range: { from: Date; to: Date },
): Promise<{ minutes: number }> {
  const rows = await database.query<{
    code: string;
    minute: Date;
    trips: unknown;
    revenue_cents: unknown;
    tag_reads: unknown;
    plate_reads: unknown;
    review_reads: unknown;
    occurred_lag_ms: unknown;
    received_lag_ms: unknown;
  }>(
    `select p.code, s.minute, s.trips, s.revenue_cents, s.tag_reads, s.plate_reads,
            s.review_reads, s.occurred_lag_ms, s.received_lag_ms
     from plaza_minute_stats s join plazas p on p.id = s.plaza_id
     where s.minute >= $1 and s.minute < $2`,
    [minuteOf(range.from).toISOString(), range.to.toISOString()],
  );
  const byMinute = new Map<string, Record<string, string>>();
  for (const row of rows) {
    const key = projectionKeys.minute(new Date(row.minute));
    const fields = byMinute.get(key) ?? {};
    fields[`${row.code}|trips`] = String(row.trips);
    fields[`${row.code}|revenueCents`] = String(row.revenue_cents);
    fields[`${row.code}|tagReads`] = String(row.tag_reads);
    fields[`${row.code}|plateReads`] = String(row.plate_reads);
    fields[`${row.code}|reviewReads`] = String(row.review_reads);
    fields[`${row.code}|occurredLagMs`] = String(row.occurred_lag_ms);
    fields[`${row.code}|receivedLagMs`] = String(row.received_lag_ms);
    byMinute.set(key, fields);
  }
  await Promise.all(
    [...byMinute].map(async ([key, fields]) => {
      await cache.del(key);
      await cache.hashSet(key, fields);
      await cache.expire(key, minuteTtlSeconds);
    }),
  );
  const backlog = await database.query<{ code: string; waiting: unknown }>(
    `select p.code, count(*) as waiting from trips t join plazas p on p.id = t.plaza_id
     where t.status = 'review' group by p.code`,
  );
  await cache.del(projectionKeys.reviewBacklog);
  if (backlog.length > 0) {
    await cache.hashSet(
      projectionKeys.reviewBacklog,
      Object.fromEntries(backlog.map((row) => [row.code, String(row.waiting)])),
    );
  }
  await cache.set(projectionKeys.ready, new Date().toISOString());
  return { minutes: byMinute.size };
}

/** Per plaza per minute in [from, to), oldest first: what the supervisor dashboard draws. */
export async function readPlazaMinutes(
  cache: Cache,
  range: { from: Date; to: Date },
): Promise<PlazaMinute[]> {
  const minutes: Date[] = [];
  for (let t = minuteOf(range.from).getTime(); t < range.to.getTime(); t += 60_000) {
    minutes.push(new Date(t));
  }
  const hashes = await Promise.all(minutes.map((m) => cache.hashGetAll(projectionKeys.minute(m))));
  const result: PlazaMinute[] = [];
  hashes.forEach((fields, index) => {
    const byPlaza = new Map<string, Record<Metric, number>>();
    for (const [field, value] of Object.entries(fields)) {
      const [plazaCode, metric] = field.split('|') as [string, Metric];
      const stats = byPlaza.get(plazaCode) ?? emptyMetrics();
      stats[metric] = Number(value);
      byPlaza.set(plazaCode, stats);
    }
    for (const [plazaCode, stats] of [...byPlaza].sort(([a], [b]) => a.localeCompare(b))) {
      result.push({ plazaCode, minute: minutes[index] as Date, ...stats });
    }
  });
  return result;
}

/** Trips waiting for image review, per plaza code. */
export async function readReviewBacklog(cache: Cache): Promise<Record<string, number>> {
  const fields = await cache.hashGetAll(projectionKeys.reviewBacklog);
  return Object.fromEntries(Object.entries(fields).map(([plaza, n]) => [plaza, Number(n)]));
}

/** Mean lag of the last committed batch: trip time → posted, and gateway → posted. */
export async function readPipelineLag(
  cache: Cache,
): Promise<{ occurredMs: number; receivedMs: number; at: string } | null> {
  const fields = await cache.hashGetAll(projectionKeys.lag);
  if (fields['at'] === undefined) return null;
  return {
    occurredMs: Number(fields['occurredMs']),
    receivedMs: Number(fields['receivedMs']),
    at: fields['at'],
  };
}

function emptyMetrics(): Record<Metric, number> {
  return Object.fromEntries(METRICS.map((m) => [m, 0])) as Record<Metric, number>;
}
