import { createMemoryCache } from '../../adapters/cache/memory-cache.ts';
import type { Database } from '../../adapters/database/database.ts';
import { projectionKeys } from '../../stream/projection-cache.ts';
import { dashboardShareMs, loadSharedDashboard } from './shared-dashboard.ts';

/** The dashboard's two database look-ups find nothing: these tests are about the cache reads. */
const database = { query: async () => [] } as unknown as Database;
const to = new Date('2026-11-25T12:00:00.000Z');
const from = new Date(to.getTime() - 3_600_000);
const query = { from: from.toISOString(), to: to.toISOString() };
const minuteKey = projectionKeys.minute(new Date(to.getTime() - 60_000));

function countingCache() {
  const cache = createMemoryCache();
  const reads = { count: 0 };
  const hashGetAll = cache.hashGetAll.bind(cache);
  cache.hashGetAll = (key) => {
    reads.count += 1;
    return hashGetAll(key);
  };
  return { cache, reads };
}

describe('loadSharedDashboard', () => {
  it('answers identical requests within a second from one read of the projections', async () => {
    const { cache, reads } = countingCache();
    await cache.hashSet(minuteKey, { 'P1|trips': '5' });
    const now = new Date(to.getTime() + 5_000);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => loadSharedDashboard({ cache, database }, query, now)),
    );
    const readsOfOne = reads.count;
    await loadSharedDashboard({ cache, database }, query, new Date(now.getTime() + 500));
    expect(reads.count).toBe(readsOfOne);
    expect(answers.every((answer) => answer.totals.trips === 5)).toBe(true);
  });

  it('reads again once the second is over, so the screen sees new trips', async () => {
    const { cache } = countingCache();
    await cache.hashSet(minuteKey, { 'P1|trips': '5' });
    const now = new Date(to.getTime() + 5_000);
    await loadSharedDashboard({ cache, database }, query, now);
    await cache.hashIncrBy(minuteKey, 'P1|trips', 2);
    const later = new Date(now.getTime() + dashboardShareMs);
    const fresh = await loadSharedDashboard({ cache, database }, query, later);
    expect(fresh.totals.trips).toBe(7);
  });

  it('never shares between plazas, ranges or caches', async () => {
    const first = countingCache();
    const second = countingCache();
    await first.cache.hashSet(minuteKey, { 'P1|trips': '5', 'P2|trips': '3' });
    await second.cache.hashSet(minuteKey, { 'P1|trips': '1' });
    const now = new Date(to.getTime() + 5_000);
    const network = await loadSharedDashboard({ cache: first.cache, database }, query, now);
    const plaza = await loadSharedDashboard(
      { cache: first.cache, database },
      { ...query, plaza: 'P2' },
      now,
    );
    const shorter = await loadSharedDashboard(
      { cache: first.cache, database },
      { ...query, from: new Date(to.getTime() - 30_000).toISOString() },
      now,
    );
    const other = await loadSharedDashboard({ cache: second.cache, database }, query, now);
    expect([network.totals.trips, plaza.totals.trips, shorter.totals.trips]).toEqual([8, 3, 8]);
    expect(other.totals.trips).toBe(1);
  });

  it('refuses a bad range as the dashboard does', async () => {
    const { cache } = countingCache();
    await expect(
      loadSharedDashboard({ cache, database }, { from: query.to, to: query.from }),
    ).rejects.toMatchObject({ statusCode: 400 });
  });
});
