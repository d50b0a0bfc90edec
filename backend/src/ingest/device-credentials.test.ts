import { createPgliteDatabase } from '../adapters/database/pglite-database.ts';
import type { Database } from '../adapters/database/database.ts';
import { createPgEventLog } from '../adapters/event-log/pg-event-log.ts';
import { hashPassword } from '../adapters/identity/password.ts';
import {
  DeviceAuthenticator,
  hashDeviceSecret,
  parseDeviceAuthorization,
  rotateDeviceCredential,
} from './device-credentials.ts';
import { createIngestFixture, type IngestFixture } from './ingest-fixture.ts';

let database: Database;
let ingest: IngestFixture;

beforeAll(async () => {
  database = await createPgliteDatabase();
  ingest = await createIngestFixture(database, await createPgEventLog(database), {
    topic: 'trips.raw.auth-test',
    // Every request reads the device row, so direct database edits here take effect at once.
    deviceCacheTtlMs: 0,
  });
}, 60_000);
afterAll(async () => {
  await ingest?.app.close();
  await database?.close();
});

function sendAs(authorization: string | undefined) {
  return ingest.app.inject({
    method: 'POST',
    url: '/ingest/v1/trips',
    headers: authorization ? { authorization } : {},
    payload: [ingest.trip(`auth-${Math.random()}`)],
  });
}

describe('roadside device authentication', () => {
  it('accepts the device credential as Basic or as a bearer device key', async () => {
    expect((await sendAs(ingest.basic())).statusCode).toBe(200);
    const key = `${ingest.device.name}.${ingest.device.secret}`;
    expect((await sendAs(`Bearer ${key}`)).statusCode).toBe(200);
  });

  it.each([
    ['no credential', undefined],
    ['a wrong secret', 'wrong'],
    ['an unknown device', 'unknown-device'],
    ['a user JWT', 'Bearer eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln'],
  ])('answers 401 to %s', async (_case, variant) => {
    const authorization =
      variant === 'wrong'
        ? ingest.basic(ingest.device.name, 'wrong')
        : variant === 'unknown-device'
          ? ingest.basic('unknown-device', ingest.device.secret)
          : variant;
    const response = await sendAs(authorization);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'BEAUS_ERR_UNAUTHENTICATED' });
  });

  it('refuses the old credential once rotated and accepts the new one', async () => {
    const old = ingest.basic();
    expect((await sendAs(old)).statusCode).toBe(200);
    const secret = await rotateDeviceCredential(database, ingest.device.id);
    expect(secret).not.toBe(ingest.device.secret);
    expect((await sendAs(old)).statusCode).toBe(401);
    expect((await sendAs(ingest.basic(ingest.device.name, secret))).statusCode).toBe(200);
    ingest.device.secret = secret;
  });

  it('stores only a hash of the credential', async () => {
    const secret = await rotateDeviceCredential(database, ingest.device.id);
    ingest.device.secret = secret;
    const [row] = await database.query<{ credential_hash: string }>(
      'select credential_hash from roadside_devices where id = $1',
      [ingest.device.id],
    );
    expect(row.credential_hash).toMatch(/^sha256\$[0-9a-f]{64}$/);
    expect(row.credential_hash).not.toContain(secret);
  });

  it('accepts a seeded scrypt credential and refuses a disabled device', async () => {
    await database.query('update roadside_devices set credential_hash = $1 where id = $2', [
      await hashPassword('beaus-device-demo'),
      ingest.device.id,
    ]);
    const demo = ingest.basic(ingest.device.name, 'beaus-device-demo');
    expect((await sendAs(demo)).statusCode).toBe(200);
    await database.query(`update roadside_devices set status = 'disabled' where id = $1`, [
      ingest.device.id,
    ]);
    expect((await sendAs(demo)).statusCode).toBe(401);
    await database.query(`update roadside_devices set status = 'active' where id = $1`, [
      ingest.device.id,
    ]);
  });
});

describe('DeviceAuthenticator cache', () => {
  it('sees a change made elsewhere only after the TTL, and a local rotation at once', async () => {
    const devices = new DeviceAuthenticator(database, { ttlMs: 1000 });
    const { name } = ingest.device;
    const before = await rotateDeviceCredential(database, ingest.device.id);
    expect((await devices.check(name, before, 0)).ok).toBe(true);
    // Another process rotates: this one keeps its cached row until the TTL runs out.
    await database.query('update roadside_devices set credential_hash = $1 where id = $2', [
      hashDeviceSecret('elsewhere'),
      ingest.device.id,
    ]);
    expect((await devices.check(name, before, 999)).ok).toBe(true);
    expect(await devices.check(name, before, 1001)).toEqual({ ok: false, reason: 'bad_secret' });
    expect((await devices.check(name, 'elsewhere', 1002)).ok).toBe(true);
    const after = await rotateDeviceCredential(database, ingest.device.id);
    expect((await devices.check(name, 'elsewhere', 1003)).ok).toBe(false);
    expect((await devices.check(name, after, 1004)).ok).toBe(true);
    devices.dispose();
    ingest.device.secret = after;
  });
});

describe('parseDeviceAuthorization', () => {
  it('splits Basic on the first colon and a device key on the last dot', () => {
    const basic = `Basic ${Buffer.from('lc-12:s3cr:et').toString('base64')}`;
    expect(parseDeviceAuthorization(basic)).toEqual({ name: 'lc-12', secret: 's3cr:et' });
    expect(parseDeviceAuthorization('Bearer plz.540-2.abc_DEF')).toEqual({
      name: 'plz.540-2',
      secret: 'abc_DEF',
    });
    expect(parseDeviceAuthorization('Digest x')).toBeNull();
  });
});
