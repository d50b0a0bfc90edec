import type { HealthStatus } from '../health-status.ts';

/**
 * A shared cache for display data and counters (Redis in production, memory when embedded).
 * Never the source of a money decision: anything here may vanish at any moment.
 */
export interface Cache {
  readonly kind: 'redis' | 'memory';
  get(key: string): Promise<string | null>;
  /** Stores `value`; with `ttlSeconds` the key expires after that many seconds. */
  set(key: string, value: string, options?: { ttlSeconds?: number }): Promise<void>;
  /** Removes the key; true when it existed. */
  del(key: string): Promise<boolean>;
  /** Adds `amount` (may be negative) to an integer counter, creating it at 0; returns the result. */
  incrBy(key: string, amount: number): Promise<number>;
  /** Sets an expiry on an existing key; false when the key does not exist. */
  expire(key: string, ttlSeconds: number): Promise<boolean>;
  hashSet(key: string, fields: Record<string, string>): Promise<void>;
  hashGet(key: string, field: string): Promise<string | null>;
  /** All fields of a hash; an empty object when the key does not exist. */
  hashGetAll(key: string): Promise<Record<string, string>>;
  hashIncrBy(key: string, field: string, amount: number): Promise<number>;
  health(): Promise<HealthStatus>;
  close(): Promise<void>;
}
