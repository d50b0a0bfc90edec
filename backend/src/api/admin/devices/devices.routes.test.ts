import { DeviceAuthenticator } from '../../../ingest/device-credentials.ts';
import { testAppTimeoutMs } from '../../../platform/testing/test-app.ts';
import { createSeededTestApp, type SeededTestApp } from '../../../seed/testing.ts';

let testApp: SeededTestApp;
let admin: string;
let gateway: DeviceAuthenticator;
let laneId: string;

beforeAll(async () => {
  testApp = await createSeededTestApp();
  admin = await testApp.tokenFor('admin1');
  // The authenticator the ingest gateway uses, with a long cache: only an explicit forget helps.
  gateway = new DeviceAuthenticator(testApp.adapters.database, { ttlMs: 3_600_000 });
  const [plaza] = await testApp.adapters.database.query<{ id: string }>(
    `select id::text as id from plazas where code = 'AUS-PRM'`,
  );
  const lanes = await call('GET', `/plazas/${plaza.id}/lanes`);
  laneId = lanes.body[0].id;
}, testAppTimeoutMs);
afterAll(async () => {
  gateway.dispose();
  await testApp.close();
});

async function call(method: 'GET' | 'POST', url: string, payload?: object, token = admin) {
  const response = await testApp.app.inject({
    method,
    url: `/api/admin${url}`,
    payload,
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.statusCode, body: response.json() };
}

const audits = (action: string, entityId: string) =>
  testApp.adapters.database.query<{ actor_username: string; before: unknown; after: unknown }>(
    'select actor_username, before, after from audit_log where action = $1 and entity_id = $2',
    [action, entityId],
  );

describe('roadside devices', () => {
  it('registers a device and shows its working credential once', async () => {
    const { status, body } = await call('POST', '/devices', {
      laneId: Number(laneId),
      name: 'prm-new-1',
    });
    expect(status).toBe(201);
    expect(body.device).toMatchObject({ name: 'prm-new-1', status: 'active', lastSeenAt: null });
    expect(await gateway.check('prm-new-1', body.secret)).toMatchObject({ ok: true });
    const [stored] = await testApp.adapters.database.query<{ credential_hash: string }>(
      'select credential_hash from roadside_devices where id = $1',
      [body.device.id],
    );
    expect(stored.credential_hash).not.toContain(body.secret);
    const [audit] = await audits('roadside_device.registered', body.device.id);
    expect(audit).toMatchObject({ actor_username: 'admin1', before: null });
    expect(JSON.stringify(audit)).not.toContain(body.secret);
    const listed = await call('GET', '/devices?q=prm-new');
    expect(listed.body.items).toEqual([
      { ...body.device, tripsLast7Days: 0, rejectedLast7Days: 0, rejectRate: 0 },
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(body.secret);
  });

  it('refuses a second device with the same name', async () => {
    const again = await call('POST', '/devices', { laneId: Number(laneId), name: 'prm-new-1' });
    expect(again.status).toBe(409);
  });

  it('rotates a credential: the old secret is refused at once, the new one works', async () => {
    const created = await call('POST', '/devices', { laneId: Number(laneId), name: 'prm-rot-1' });
    const old = created.body.secret;
    expect(await gateway.check('prm-rot-1', old)).toMatchObject({ ok: true });
    const rotated = await call('POST', `/devices/${created.body.device.id}/rotate`);
    expect(rotated.status).toBe(200);
    expect(await gateway.check('prm-rot-1', old)).toEqual({ ok: false, reason: 'bad_secret' });
    expect(await gateway.check('prm-rot-1', rotated.body.secret)).toMatchObject({ ok: true });
    const [audit] = await audits('roadside_device.credential_rotated', created.body.device.id);
    expect(audit.before).toMatchObject({
      credentialRotatedAt: created.body.device.credentialRotatedAt,
    });
    expect(JSON.stringify(audit)).not.toContain(rotated.body.secret);
  });

  it('disables a device so its batches are refused', async () => {
    const created = await call('POST', '/devices', { laneId: Number(laneId), name: 'prm-off-1' });
    expect(await gateway.check('prm-off-1', created.body.secret)).toMatchObject({ ok: true });
    const disabled = await call('POST', `/devices/${created.body.device.id}/status`, {
      status: 'disabled',
    });
    expect(disabled.body.status).toBe('disabled');
    expect(await gateway.check('prm-off-1', created.body.secret)).toEqual({
      ok: false,
      reason: 'disabled',
    });
    const [audit] = await audits('roadside_device.disabled', created.body.device.id);
    expect(audit.before).toMatchObject({ status: 'active' });
    expect(audit.after).toMatchObject({ status: 'disabled' });
  });

  it('lists what each device sent last week and the share rejected', async () => {
    const [busy] = await testApp.adapters.database.query<{ name: string; trips: string }>(
      `select d.name, count(*)::text as trips from trips t join roadside_devices d on d.id = t.device_id
       where t.occurred_at >= now() - interval '7 days' group by d.name order by count(*) desc limit 1`,
    );
    await testApp.adapters.database.query(
      `insert into dead_letters (topic, key, payload, reason)
       values ('trips.raw', null, $1::jsonb, 'invalid: unknown lane')`,
      [JSON.stringify({ dedupeKey: 'admin-test-1', event: { deviceId: busy.name } })],
    );
    const { body } = await call('GET', `/devices?q=${busy.name}`);
    const [device] = body.items.filter((d: { name: string }) => d.name === busy.name);
    expect(device).toMatchObject({ tripsLast7Days: Number(busy.trips), rejectedLast7Days: 1 });
    expect(device.rejectRate).toBeCloseTo(1 / (Number(busy.trips) + 1));
    expect(device.lastSeenAt).not.toBeNull();
  });

  it('is for admins only', async () => {
    const agent = await testApp.tokenFor('agent1');
    expect((await call('GET', '/devices', undefined, agent)).status).toBe(403);
    expect((await call('POST', '/devices/1/rotate', undefined, agent)).status).toBe(403);
  });
});
