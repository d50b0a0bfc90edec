import { describeCacheContract } from './cache.contract.ts';
import { createMemoryCache } from './memory-cache.ts';

describeCacheContract('memory', async () => createMemoryCache());

describe('memory cache expiry', () => {
  it('forgets a key once its TTL has passed on the injected clock', async () => {
    let now = 1_000_000;
    const cache = createMemoryCache(() => now);
    await cache.set('session', 'x', { ttlSeconds: 30 });
    now += 29_999;
    expect(await cache.get('session')).toBe('x');
    now += 1;
    expect(await cache.get('session')).toBeNull();
  });

  it('keeps a counter’s expiry when it is incremented', async () => {
    let now = 0;
    const cache = createMemoryCache(() => now);
    await cache.incrBy('attempts', 1);
    await cache.expire('attempts', 10);
    await cache.incrBy('attempts', 1);
    now = 10_000;
    expect(await cache.get('attempts')).toBeNull();
  });

  it('refuses to count a key that holds text', async () => {
    const cache = createMemoryCache();
    await cache.set('name', 'North Gate');
    await expect(cache.incrBy('name', 1)).rejects.toThrow(/does not hold an integer/);
  });
});
