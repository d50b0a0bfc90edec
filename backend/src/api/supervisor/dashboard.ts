/**
 * The live operations dashboard, read from the projections only: the cache's per-minute plaza
 * hashes, its review backlog and pipeline lag. Two small indexed look-ups complete it — the
 * oldest trip in review (the first row of the partial `status = 'review'` index) and the dead
 * letters of the range (rare by design), shared between requests for two seconds — so no
 * request ever scans trips.
 */
import type { Cache } from '../../adapters/cache/cache.ts';
import type { Database } from '../../adapters/database/database.ts';
import {
  readPipelineLag,
  readPlazaMinutes,
  readReviewBacklog,
  type PlazaMinute,
} from '../../stream/projection-cache.ts';
import { minuteOf } from '../../stream/projections.ts';
import { BeausError } from '../../platform/errors.ts';

/** The widest range the dashboard draws; longer periods are reports over the Postgres rollup. */
export const maxDashboardRangeMs = 24 * 3_600_000;
/** The default range: the last hour. */
export const defaultDashboardRangeMs = 3_600_000;
/** At most this many points per line, so a 24-hour range stays a light payload. */
const maxPoints = 120;

export interface DashboardQuery {
  from?: string;
  to?: string;
  plaza?: string;
}

export interface Totals {
  trips: number;
  revenueCents: number;
  tagReads: number;
  plateReads: number;
  reviewReads: number;
}

export interface Dashboard {
  asOf: string;
  from: string;
  to: string;
  plaza: string | null;
  bucketMinutes: number;
  totals: Totals;
  plazas: (Totals & { plazaCode: string; reviewBacklog: number })[];
  series: {
    plazaCode: string;
    points: { minute: string; trips: number; revenueCents: number }[];
  }[];
  reviewBacklog: number;
  oldestReviewAt: string | null;
  pipelineLag: { occurredMs: number; receivedMs: number; at: string } | null;
  ingestRejects: number;
}

/** How long the two database look-ups may be reused: the stream pushes every 5 s anyway. */
const lookupTtlMs = 2_000;
const lookups = new Map<string, { until: number; value: Promise<[Date | null, number]> }>();

/**
 * The oldest trip waiting for review and the dead letters of the range, shared for a moment
 * between requests: a wall of screens at thousands of reads a second then costs the database a
 * couple of indexed look-ups per second instead of two per request.
 */
function databaseLookups(
  database: Database,
  key: { from: Date; to: Date; plaza: string | null },
  now: Date,
): Promise<[Date | null, number]> {
  const id = `${key.plaza}|${Math.floor(key.from.getTime() / 1000)}|${Math.floor(key.to.getTime() / 1000)}`;
  const cached = lookups.get(id);
  if (cached && cached.until > now.getTime()) return cached.value;
  if (lookups.size > 1_000) lookups.clear();
  const value = Promise.all([
    database.query<{ occurred_at: Date }>(
      `select t.occurred_at from trips t
       where t.status = 'review'
         and ($1::text is null or t.plaza_id = (select id from plazas where code = $1))
       order by t.occurred_at limit 1`,
      [key.plaza],
    ),
    database.query<{ count: string }>(
      `select count(*) as count from dead_letters where at >= $1 and at < $2`,
      [key.from.toISOString(), key.to.toISOString()],
    ),
  ]).then(([oldest, rejects]): [Date | null, number] => [
    oldest[0] ? new Date(oldest[0].occurred_at) : null,
    Number(rejects[0]?.count ?? 0),
  ]);
  // A failed look-up is not kept: the next request tries again.
  value.catch(() => lookups.delete(id));
  lookups.set(id, { until: now.getTime() + lookupTtlMs, value });
  return value;
}

/** The range asked for, defaulting to the last hour up to `now`; refused when inverted or too wide. */
export function dashboardRange(query: DashboardQuery, now: Date): { from: Date; to: Date } {
  const to = query.to ? new Date(query.to) : now;
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - defaultDashboardRangeMs);
  if (from.getTime() >= to.getTime()) {
    throw new BeausError(400, 'BEAUS_ERR_VALIDATION', 'querystring/from must be before to');
  }
  if (to.getTime() - from.getTime() > maxDashboardRangeMs) {
    throw new BeausError(
      400,
      'BEAUS_ERR_VALIDATION',
      'querystring/from the dashboard shows at most 24 hours; use the reports for longer',
    );
  }
  return { from, to };
}

const emptyTotals = (): Totals => ({
  trips: 0,
  revenueCents: 0,
  tagReads: 0,
  plateReads: 0,
  reviewReads: 0,
});

function addTo(totals: Totals, minute: PlazaMinute): void {
  totals.trips += minute.trips;
  totals.revenueCents += minute.revenueCents;
  totals.tagReads += minute.tagReads;
  totals.plateReads += minute.plateReads;
  totals.reviewReads += minute.reviewReads;
}

/** Per plaza, trips and revenue in buckets of `bucketMinutes` from `from`, gaps as zeros. */
function seriesOf(minutes: PlazaMinute[], from: Date, to: Date, bucketMinutes: number) {
  const start = minuteOf(from).getTime();
  const bucketMs = bucketMinutes * 60_000;
  const buckets = Math.max(1, Math.ceil((to.getTime() - start) / bucketMs));
  const byPlaza = new Map<string, { trips: number; revenueCents: number }[]>();
  for (const minute of minutes) {
    let points = byPlaza.get(minute.plazaCode);
    if (!points) {
      points = Array.from({ length: buckets }, () => ({ trips: 0, revenueCents: 0 }));
      byPlaza.set(minute.plazaCode, points);
    }
    const point = points[Math.floor((minute.minute.getTime() - start) / bucketMs)];
    if (!point) continue;
    point.trips += minute.trips;
    point.revenueCents += minute.revenueCents;
  }
  return [...byPlaza]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([plazaCode, points]) => ({
      plazaCode,
      points: points.map((point, index) => ({
        minute: new Date(start + index * bucketMs).toISOString(),
        ...point,
      })),
    }));
}

/** The dashboard for a range, the whole network or one plaza (by code). */
export async function loadDashboard(
  deps: { cache: Cache; database: Database },
  query: DashboardQuery,
  now = new Date(),
): Promise<Dashboard> {
  const { from, to } = dashboardRange(query, now);
  const plaza = query.plaza ?? null;
  const [allMinutes, backlog, lag, [oldest, rejects]] = await Promise.all([
    readPlazaMinutes(deps.cache, { from, to }),
    readReviewBacklog(deps.cache),
    readPipelineLag(deps.cache),
    databaseLookups(deps.database, { from, to, plaza }, now),
  ]);
  const minutes = plaza ? allMinutes.filter((m) => m.plazaCode === plaza) : allMinutes;
  const totals = emptyTotals();
  const byPlaza = new Map<string, Totals>();
  for (const minute of minutes) {
    addTo(totals, minute);
    const plazaTotals = byPlaza.get(minute.plazaCode) ?? emptyTotals();
    addTo(plazaTotals, minute);
    byPlaza.set(minute.plazaCode, plazaTotals);
  }
  for (const code of Object.keys(backlog)) {
    if (!byPlaza.has(code) && (plaza === null || plaza === code)) byPlaza.set(code, emptyTotals());
  }
  const rangeMinutes = Math.ceil((to.getTime() - minuteOf(from).getTime()) / 60_000);
  const bucketMinutes = Math.max(1, Math.ceil(rangeMinutes / maxPoints));
  const backlogCount = plaza
    ? (backlog[plaza] ?? 0)
    : Object.values(backlog).reduce((sum, n) => sum + n, 0);
  return {
    asOf: now.toISOString(),
    from: from.toISOString(),
    to: to.toISOString(),
    plaza,
    bucketMinutes,
    totals,
    plazas: [...byPlaza]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([plazaCode, t]) => ({ plazaCode, ...t, reviewBacklog: backlog[plazaCode] ?? 0 })),
    series: seriesOf(minutes, from, to, bucketMinutes),
    reviewBacklog: Math.max(0, backlogCount),
    oldestReviewAt: oldest ? oldest.toISOString() : null,
    pipelineLag: lag,
    ingestRejects: rejects,
  };
}
