import { createClient } from 'redis';
import { probeHealth } from '../health-status.ts';
import type { Cache } from './cache.ts';

export interface RedisCacheOptions {
  /** Prefixes every key, so several environments or tests can share one Redis. */
  keyPrefix?: string;
}

/** The cache on Redis (ElastiCache in production) through node-redis. */
export async function createRedisCache(
  url: string,
  options: RedisCacheOptions = {},
): Promise<Cache> {
  const client = createClient({
    url,
    // Fail fast while Redis is down instead of queueing commands: the cache is optional data.
    disableOfflineQueue: true,
    socket: { reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000) },
  });
  // Without a listener node-redis would crash the process on a dropped connection.
  client.on('error', () => undefined);
  await client.connect();
  const prefix = options.keyPrefix ?? '';
  const k = (key: string) => prefix + key;

  return {
    kind: 'redis',
    get: (key) => client.get(k(key)),
    async set(key, value, setOptions) {
      const ttl = setOptions?.ttlSeconds;
      await client.set(
        k(key),
        value,
        ttl === undefined
          ? undefined
          : { expiration: { type: 'PX', value: Math.round(ttl * 1000) } },
      );
    },
    del: async (key) => (await client.del(k(key))) > 0,
    incrBy: (key, amount) => client.incrBy(k(key), amount),
    expire: async (key, ttlSeconds) =>
      (await client.pExpire(k(key), Math.round(ttlSeconds * 1000))) === 1,
    async hashSet(key, fields) {
      if (Object.keys(fields).length > 0) await client.hSet(k(key), fields);
    },
    hashGet: async (key, field) => (await client.hGet(k(key), field)) ?? null,
    hashGetAll: async (key) => ({ ...(await client.hGetAll(k(key))) }),
    hashIncrBy: (key, field, amount) => client.hIncrBy(k(key), field, amount),
    health: () => probeHealth('redis', () => client.ping()),
    async close() {
      if (client.isOpen) await client.close();
    },
  };
}
