import { testAppTimeoutMs } from '../../../platform/testing/test-app.ts';
import { createSeededTestApp, type SeededTestApp } from '../../../seed/testing.ts';

let testApp: SeededTestApp;
let admin: string;

beforeAll(async () => {
  testApp = await createSeededTestApp();
  admin = await testApp.tokenFor('admin1');
}, testAppTimeoutMs);
afterAll(() => testApp.close());

async function call(method: 'POST' | 'PATCH', url: string, payload: object, token = admin) {
  const response = await testApp.app.inject({
    method,
    url: `/api/admin${url}`,
    payload,
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.statusCode, body: response.json() };
}

const audits = (action: string, entityId: string) =>
  testApp.adapters.database.query<{ before: unknown; after: unknown }>(
    'select before, after from audit_log where action = $1 and entity_id = $2',
    [action, entityId],
  );

const plaza = {
  code: 'AUS-NEW',
  name: 'New Gantry',
  roadway: 'SH 45',
  latitude: 30.4,
  longitude: -97.7,
  timeZone: 'America/Chicago',
  direction: 'NB',
};

describe('plazas and lanes', () => {
  it('creates a plaza, corrects it and adds a lane, each audited', async () => {
    const created = await call('POST', '/plazas', plaza);
    expect(created.status).toBe(201);
    expect(await audits('plaza.created', created.body.id)).toHaveLength(1);

    const moved = await call('PATCH', `/plazas/${created.body.id}`, { direction: 'SB' });
    expect(moved.body).toMatchObject({ code: 'AUS-NEW', direction: 'SB' });
    const [update] = await audits('plaza.updated', created.body.id);
    expect(update.before).toMatchObject({ direction: 'NB' });
    expect(update.after).toMatchObject({ direction: 'SB' });

    const lane = await call('POST', `/plazas/${created.body.id}/lanes`, {
      code: '1',
      type: 'open_road',
    });
    expect(lane.status).toBe(201);
    expect(await audits('lane.created', lane.body.id)).toHaveLength(1);
    const again = await call('POST', `/plazas/${created.body.id}/lanes`, {
      code: '1',
      type: 'ramp',
    });
    expect(again.status).toBe(409);
  });

  it('refuses a time zone the rating would not know, and a taken code', async () => {
    const badZone = await call('POST', '/plazas', {
      ...plaza,
      code: 'AUS-ZZZ',
      timeZone: 'Mars/Olympus',
    });
    expect(badZone.status).toBe(400);
    expect(badZone.body.details[0].path).toBe('body/timeZone');
    expect((await call('POST', '/plazas', plaza)).status).toBe(409);
  });

  it('is for admins only', async () => {
    const agent = await testApp.tokenFor('agent1');
    expect((await call('POST', '/plazas', plaza, agent)).status).toBe(403);
  });
});
