import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database } from '../adapters/database/database.ts';
import { verifyPassword } from '../adapters/identity/password.ts';

/**
 * Roadside device credentials. A rotated credential is 32 random bytes, stored as
 * `sha256$<hex>`: with 256 bits of entropy nobody can guess it, so a slow KDF would only cost
 * CPU on every batch without making a stolen hash any weaker. Human-chosen secrets (the demo
 * credential in the seed) are stored with scrypt (`scrypt$…`) and verified as such.
 */
export interface AuthenticatedDevice {
  id: number;
  name: string;
}

export type DeviceCheck =
  | { ok: true; device: AuthenticatedDevice }
  | { ok: false; reason: 'unknown' | 'bad_secret' | 'disabled' };

interface DeviceRow {
  id: string | number;
  name: string;
  credential_hash: string;
  status: string;
}

interface CachedDevice {
  row: DeviceRow;
  /** sha256 of the secret last verified against `row.credential_hash` (skips scrypt). */
  verifiedDigest: Buffer | null;
  expiresAt: number;
}

/** Authenticators of this process, so a rotation here takes effect at once. */
const liveAuthenticators = new Set<DeviceAuthenticator>();

/**
 * Checks device credentials against `roadside_devices`, caching each row for a short time so a
 * busy gateway does not query the database per batch. Another process's rotation takes effect
 * here within `ttlMs`.
 */
export class DeviceAuthenticator {
  readonly #database: Database;
  readonly #ttlMs: number;
  readonly #cache = new Map<string, CachedDevice>();

  constructor(database: Database, options: { ttlMs?: number } = {}) {
    this.#database = database;
    this.#ttlMs = options.ttlMs ?? 30_000;
    liveAuthenticators.add(this);
  }

  async check(name: string, secret: string, now = Date.now()): Promise<DeviceCheck> {
    const cached = await this.#lookup(name, now);
    if (!cached) return { ok: false, reason: 'unknown' };
    const digest = sha256(secret);
    const known = cached.verifiedDigest && timingSafeEqual(cached.verifiedDigest, digest);
    if (!known) {
      if (!(await matches(secret, digest, cached.row.credential_hash))) {
        return { ok: false, reason: 'bad_secret' };
      }
      cached.verifiedDigest = digest;
    }
    if (cached.row.status === 'disabled') return { ok: false, reason: 'disabled' };
    return { ok: true, device: { id: Number(cached.row.id), name: cached.row.name } };
  }

  forget(name: string): void {
    this.#cache.delete(name);
  }

  /** Stops this authenticator from being told about rotations (when its app closes). */
  dispose(): void {
    liveAuthenticators.delete(this);
    this.#cache.clear();
  }

  async #lookup(name: string, now: number): Promise<CachedDevice | null> {
    const cached = this.#cache.get(name);
    if (cached && cached.expiresAt > now) return cached;
    const [row] = await this.#database.query<DeviceRow>(
      'select id, name, credential_hash, status from roadside_devices where name = $1',
      [name],
    );
    if (!row) {
      this.#cache.delete(name);
      return null;
    }
    const fresh = { row, verifiedDigest: null, expiresAt: now + this.#ttlMs };
    this.#cache.set(name, fresh);
    return fresh;
  }
}

async function matches(secret: string, digest: Buffer, stored: string): Promise<boolean> {
  if (stored.startsWith('sha256$')) {
    const expected = Buffer.from(stored.slice('sha256$'.length), 'hex');
    return expected.length === digest.length && timingSafeEqual(expected, digest);
  }
  return verifyPassword(secret, stored);
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** The stored form of a high-entropy device secret. */
export function hashDeviceSecret(secret: string): string {
  return `sha256$${sha256(secret).toString('hex')}`;
}

/**
 * Gives a device a new random secret and returns it; only its hash is kept, so this is the one
 * time anyone sees it. The old secret stops working at once in this process and within the
 * cache TTL in other gateway processes.
 */
export async function rotateDeviceCredential(
  database: Database,
  deviceId: number,
): Promise<string> {
  const secret = randomBytes(32).toString('base64url');
  const rows = await database.query<{ name: string }>(
    `update roadside_devices set credential_hash = $1, credential_rotated_at = now()
     where id = $2 returning name`,
    [hashDeviceSecret(secret), deviceId],
  );
  if (rows.length === 0) throw new Error(`No roadside device with id ${deviceId}`);
  for (const authenticator of liveAuthenticators) authenticator.forget(rows[0].name);
  return secret;
}

/**
 * Makes every authenticator of this process read the device afresh on its next batch: call after
 * changing its credential or status in your own transaction (other processes follow within TTL).
 */
export function forgetDevice(name: string): void {
  for (const authenticator of liveAuthenticators) authenticator.forget(name);
}

/**
 * Reads `Authorization: Basic base64(name:secret)` or `Authorization: Bearer name.secret` (the
 * device key: the secret is base64url, so the last dot separates it from the device name).
 */
export function parseDeviceAuthorization(
  header: string | undefined,
): { name: string; secret: string } | null {
  if (!header) return null;
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header);
  if (basic) {
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon > 0 ? { name: decoded.slice(0, colon), secret: decoded.slice(colon + 1) } : null;
  }
  const bearer = /^Bearer\s+(\S+)$/i.exec(header);
  if (bearer) {
    const dot = bearer[1].lastIndexOf('.');
    return dot > 0 ? { name: bearer[1].slice(0, dot), secret: bearer[1].slice(dot + 1) } : null;
  }
  return null;
}
