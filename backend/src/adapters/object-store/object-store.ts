import type { HealthStatus } from '../health-status.ts';

export interface StoredObject {
  body: Buffer;
  contentType: string;
}

/**
 * Evidence images and exports (S3 in production, a local folder when embedded). Keys are
 * slash-separated paths such as `evidence/2026/11/25/<event-id>.jpg`.
 */
export interface ObjectStore {
  readonly kind: 's3' | 'fs';
  put(key: string, body: Buffer | string, options?: { contentType?: string }): Promise<void>;
  /** The object, or null when no object has this key. */
  get(key: string): Promise<StoredObject | null>;
  exists(key: string): Promise<boolean>;
  /** Deleting a missing key is not an error (as in S3). */
  delete(key: string): Promise<void>;
  /** Every key starting with `prefix`, sorted. */
  list(prefix: string): Promise<string[]>;
  health(): Promise<HealthStatus>;
  close(): Promise<void>;
}

/** Refuses keys that could escape a folder or confuse S3: empty, absolute, `..`, backslashes. */
export function assertValidKey(key: string): void {
  const valid =
    key.length > 0 &&
    key.length <= 1024 &&
    !key.startsWith('/') &&
    !key.includes('\\') &&
    !key.includes('\0') &&
    key.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
  if (!valid) throw new Error(`Invalid object key: ${JSON.stringify(key)}`);
}
