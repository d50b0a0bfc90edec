import type { Cache } from './cache.ts';

/**
 * What every Cache must do, run against the memory cache (unit) and Redis (real).
 * `open` returns a fresh, empty cache for each test.
 */
export function describeCacheContract(name: string, open: () => Promise<Cache>): void {
  describe(`${name} cache contract`, () => {
    let cache: Cache;
    beforeEach(async () => {
      cache = await open();
    });
    afterEach(() => cache.close());

    it('reads back what it stored and null for a missing key', async () => {
      await cache.set('plaza:7:name', 'North Gate');
      expect(await cache.get('plaza:7:name')).toBe('North Gate');
      expect(await cache.get('plaza:8:name')).toBeNull();
    });

    it('overwrites a value and keeps a value stored with a TTL until it expires', async () => {
      await cache.set('k', 'one');
      await cache.set('k', 'two', { ttlSeconds: 60 });
      expect(await cache.get('k')).toBe('two');
    });

    it('deletes, reporting whether the key existed', async () => {
      await cache.set('k', 'v');
      expect(await cache.del('k')).toBe(true);
      expect(await cache.del('k')).toBe(false);
      expect(await cache.get('k')).toBeNull();
    });

    it('counts from zero, up and down', async () => {
      expect(await cache.incrBy('trips:today', 5)).toBe(5);
      expect(await cache.incrBy('trips:today', -2)).toBe(3);
      expect(await cache.get('trips:today')).toBe('3');
    });

    it('refuses to count by a fraction', async () => {
      await expect(cache.incrBy('k', 0.5)).rejects.toThrow();
    });

    it('sets an expiry only on a key that exists', async () => {
      await cache.set('k', 'v');
      expect(await cache.expire('k', 60)).toBe(true);
      expect(await cache.expire('missing', 60)).toBe(false);
    });

    it('keeps hashes field by field', async () => {
      await cache.hashSet('dashboard', { trips: '10', revenueCents: '2500' });
      await cache.hashSet('dashboard', { trips: '11' });
      expect(await cache.hashGet('dashboard', 'trips')).toBe('11');
      expect(await cache.hashGet('dashboard', 'missing')).toBeNull();
      expect(await cache.hashIncrBy('dashboard', 'revenueCents', 150)).toBe(2650);
      expect(await cache.hashIncrBy('dashboard', 'newField', 1)).toBe(1);
      expect(await cache.hashGetAll('dashboard')).toEqual({
        trips: '11',
        revenueCents: '2650',
        newField: '1',
      });
      expect(await cache.hashGetAll('nothing')).toEqual({});
    });

    it('reports itself up', async () => {
      expect(await cache.health()).toMatchObject({ status: 'up', kind: cache.kind });
    });
  });
}
