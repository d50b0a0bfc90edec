/**
 * One dashboard computation shared by every identical request within a second. A dashboard
 * reads one cache hash per minute of its range (60 for the default hour): a wall of screens
 * and desks at thousands of reads a second would otherwise cost Redis, and this process's
 * parsing of the replies, far more than the projections they read change by. Requests for the
 * same plaza and the same range to the second get the same answer, at most a second old; the
 * first asks, the rest wait for its answer rather than asking again.
 */
import type { Cache } from '../../adapters/cache/cache.ts';
import type { Database } from '../../adapters/database/database.ts';
import { dashboardRange, loadDashboard, type Dashboard, type DashboardQuery } from './dashboard.ts';

/** How long an answer is shared: well inside the live stream's five-second push. */
export const dashboardShareMs = 1_000;
const maxShared = 1_000;

interface Shared {
  readonly until: number;
  readonly value: Promise<Dashboard>;
}

/** Per cache, so two apps in one process (tests) never see each other's answers. */
const sharedByCache = new WeakMap<Cache, Map<string, Shared>>();

export async function loadSharedDashboard(
  deps: { cache: Cache; database: Database },
  query: DashboardQuery,
  now = new Date(),
): Promise<Dashboard> {
  const { from, to } = dashboardRange(query, now);
  const key = `${query.plaza ?? ''}|${Math.floor(from.getTime() / 1000)}|${Math.floor(to.getTime() / 1000)}`;
  let shared = sharedByCache.get(deps.cache);
  if (shared === undefined) {
    shared = new Map();
    sharedByCache.set(deps.cache, shared);
  }
  const hit = shared.get(key);
  if (hit && hit.until > now.getTime()) return hit.value;
  if (shared.size >= maxShared) shared.clear();
  const value = loadDashboard(deps, query, now);
  const entries = shared;
  // A failed read is not kept: the next request tries again.
  value.catch(() => entries.delete(key));
  entries.set(key, { until: now.getTime() + dashboardShareMs, value });
  return value;
}
