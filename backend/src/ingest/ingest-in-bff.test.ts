import { createTestApp, testAppTimeoutMs, type TestApp } from '../platform/testing/test-app.ts';
import { rotateDeviceCredential } from './device-credentials.ts';
import { seedDevice } from './ingest-fixture.ts';
import { ingestPlugin } from './ingest-plugin.ts';

/** Embedded posture: the ingest route inside the BFF, beside the JWT-protected API. */
let bff: TestApp;
let authorization: string;

beforeAll(async () => {
  bff = await createTestApp(
    {},
    {
      extraRoutes: async (app) => {
        await app.register(ingestPlugin, { database: app.database, eventLog: app.eventLog });
      },
    },
  );
  const device = await seedDevice(bff.adapters.database);
  const secret = await rotateDeviceCredential(bff.adapters.database, Number(device.id));
  authorization = `Basic ${Buffer.from(`${device.name}:${secret}`).toString('base64')}`;
}, testAppTimeoutMs);
afterAll(() => bff?.close());

function send(headers: Record<string, string>) {
  const trip = {
    schema: 'trip.v1',
    eventId: 'bff-1',
    deviceId: 'plz-540-e-2',
    plazaId: 'PLZ-540-E',
    laneId: '2',
    direction: 'E',
    occurredAt: '2026-11-25T12:30:05.120Z',
    vehicleClass: 2,
    imageKeys: [],
  };
  return bff.app.inject({ method: 'POST', url: '/ingest/v1/trips', headers, payload: [trip] });
}

describe('ingest inside the BFF', () => {
  it('takes a batch from a device and appends it to the BFF event log', async () => {
    const response = await send({ authorization });
    expect(response.statusCode).toBe(200);
    expect(response.json().counts.accepted).toBe(1);
    const logged = await bff.adapters.eventLog.poll('bff-test', 'trips.raw', { maxRecords: 10 });
    expect(logged.map((event) => event.key)).toEqual(['event:bff-1']);
  });

  it('does not let a staff token stand in for a device credential', async () => {
    const response = await send({ authorization: `Bearer ${bff.tokens.admin}` });
    expect(response.statusCode).toBe(401);
  });

  it('lists the route in the OpenAPI document with device authentication', async () => {
    const document = (await bff.app.inject({ url: '/api/openapi.json' })).json();
    expect(document.paths['/ingest/v1/trips'].post.security).toEqual([{ deviceBasic: [] }]);
  });
});
