import { probeHealth } from '../health-status.ts';
import type { Cache } from './cache.ts';

interface Entry {
  value: string | Map<string, string>;
  /** Epoch milliseconds, or null for no expiry. */
  expiresAt: number | null;
}

/**
 * The embedded cache: one process, one Map. Expiry is checked on read, as Redis does lazily,
 * so no timers keep the process alive. `now` is injectable for tests.
 */
export function createMemoryCache(now: () => number = Date.now): Cache {
  const entries = new Map<string, Entry>();

  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt !== null && entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };
  const stringOf = (key: string): string | null => {
    const entry = live(key);
    if (entry === undefined) return null;
    if (typeof entry.value !== 'string') throw wrongType(key);
    return entry.value;
  };
  const hashOf = (key: string, create: boolean): Map<string, string> | undefined => {
    const entry = live(key);
    if (entry === undefined) {
      if (!create) return undefined;
      const hash = new Map<string, string>();
      entries.set(key, { value: hash, expiresAt: null });
      return hash;
    }
    if (typeof entry.value === 'string') throw wrongType(key);
    return entry.value;
  };

  return {
    kind: 'memory',
    get: async (key) => stringOf(key),
    async set(key, value, options) {
      const ttl = options?.ttlSeconds;
      entries.set(key, { value, expiresAt: ttl === undefined ? null : now() + ttl * 1000 });
    },
    del: async (key) => live(key) !== undefined && entries.delete(key),
    async incrBy(key, amount) {
      assertWholeAmount(amount);
      const current = stringOf(key);
      const next = parseCounter(key, current) + amount;
      entries.set(key, { value: String(next), expiresAt: live(key)?.expiresAt ?? null });
      return next;
    },
    async expire(key, ttlSeconds) {
      const entry = live(key);
      if (!entry) return false;
      entry.expiresAt = now() + ttlSeconds * 1000;
      return true;
    },
    async hashSet(key, fields) {
      const hash = hashOf(key, true);
      for (const [field, value] of Object.entries(fields)) hash?.set(field, value);
    },
    hashGet: async (key, field) => hashOf(key, false)?.get(field) ?? null,
    hashGetAll: async (key) => Object.fromEntries(hashOf(key, false) ?? []),
    async hashIncrBy(key, field, amount) {
      assertWholeAmount(amount);
      const hash = hashOf(key, true) as Map<string, string>;
      const next = parseCounter(`${key}.${field}`, hash.get(field) ?? null) + amount;
      hash.set(field, String(next));
      return next;
    },
    health: () => probeHealth('memory', async () => entries.size),
    close: async () => entries.clear(),
  };
}

function assertWholeAmount(amount: number): void {
  // Redis refuses fractional increments; refusing them here keeps both caches alike.
  if (!Number.isSafeInteger(amount)) throw new Error(`Cannot increment by ${amount}`);
}

function parseCounter(key: string, value: string | null): number {
  if (value === null) return 0;
  if (!/^-?\d+$/.test(value)) throw new Error(`Cache key ${key} does not hold an integer`);
  return Number(value);
}

function wrongType(key: string): Error {
  return new Error(`Cache key ${key} holds a different kind of value`);
}
