import { testAppTimeoutMs } from '../../platform/testing/test-app.ts';
import { createSeededTestApp, type SeededTestApp } from '../../seed/testing.ts';

let testApp: SeededTestApp;
let customer1: string;

beforeAll(async () => {
  testApp = await createSeededTestApp();
  customer1 = await testApp.tokenFor('customer1');
}, testAppTimeoutMs);
afterAll(() => testApp.close());

const query = <T>(text: string, params: unknown[] = []) =>
  testApp.adapters.database.query<T>(text, params);

const post = (url: string, payload: Record<string, unknown>) =>
  testApp.app.inject({
    method: 'POST',
    url,
    headers: { authorization: `Bearer ${customer1}` },
    payload,
  });

describe('POST /api/customer/tag-requests', () => {
  it('asks once for a tag for my new vehicle and shows it as on its way', async () => {
    const added = await post('/api/customer/vehicles', {
      plate: 'tag 001',
      jurisdiction: 'nc',
      vehicleClass: 2,
    });
    const vehicleId = Number(added.json<{ id: string }>().id);
    const response = await post('/api/customer/tag-requests', { vehicleId });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ vehicleId: String(vehicleId), plate: 'TAG001' });
    const again = await post('/api/customer/tag-requests', { vehicleId });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ message: string }>().message).toBe(
      'A tag for NC TAG001 is already on its way.',
    );
    const account = await testApp.app.inject({
      method: 'GET',
      url: '/api/customer/account',
      headers: { authorization: `Bearer ${customer1}` },
    });
    expect(account.json<{ tagRequests: unknown[] }>().tagRequests).toEqual([
      expect.objectContaining({ vehicleId: String(vehicleId), plate: 'TAG001' }),
    ]);
    const [audit] = await query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'tag.requested' and entity_id = $1`,
      [String(vehicleId)],
    );
    expect(audit?.n).toBe(1);
    const notes = await query<{ body: string }>(
      `select body from notes where account_id = 1 and body like '%NC TAG001%'`,
    );
    expect(notes).toEqual([{ body: 'Customer asked online for a tag for NC TAG001.' }]);
  });

  it('refuses a vehicle whose tag is still on the road', async () => {
    const [tagged] = await query<{ vehicle_id: string; tag_no: string }>(
      `select vehicle_id::text, tag_no from tags
       where account_id = 1 and vehicle_id is not null and status in ('valid', 'low_balance', 'invalid')
       limit 1`,
    );
    const response = await post('/api/customer/tag-requests', {
      vehicleId: Number(tagged!.vehicle_id),
    });
    expect(response.statusCode).toBe(409);
    expect(response.json<{ message: string }>().message).toContain(tagged!.tag_no);
  });

  it("answers 404 for another customer's vehicle", async () => {
    const [other] = await query<{ id: string }>(
      'select id::text from vehicles where account_id = 2 limit 1',
    );
    const response = await post('/api/customer/tag-requests', { vehicleId: Number(other!.id) });
    expect(response.statusCode).toBe(404);
    expect(
      (await query('select 1 from tag_requests where vehicle_id = $1', [other!.id])).length,
    ).toBe(0);
  });
});

describe('POST /api/customer/tags/:tagId/report', () => {
  it('marks my tag stolen, audited, and refuses a second report', async () => {
    const [tag] = await query<{ id: string; tag_no: string }>(
      `select id::text, tag_no from tags where account_id = 1 and status not in ('lost', 'stolen')
       order by id limit 1`,
    );
    const response = await post(`/api/customer/tags/${tag!.id}/report`, { status: 'stolen' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: tag!.id, tagNo: tag!.tag_no, status: 'stolen' });
    const [audit] = await query<{ actor_username: string }>(
      `select actor_username from audit_log where action = 'tag.marked_stolen' and entity_id = $1`,
      [tag!.id],
    );
    expect(audit?.actor_username).toBe('customer1');
    const again = await post(`/api/customer/tags/${tag!.id}/report`, { status: 'lost' });
    expect(again.statusCode).toBe(409);
  });

  it("answers 404 for another customer's tag and leaves it as it was", async () => {
    const [other] = await query<{ id: string; status: string }>(
      'select id::text, status from tags where account_id = 2 limit 1',
    );
    const response = await post(`/api/customer/tags/${other!.id}/report`, { status: 'lost' });
    expect(response.statusCode).toBe(404);
    const [after] = await query<{ status: string }>('select status from tags where id = $1', [
      other!.id,
    ]);
    expect(after?.status).toBe(other!.status);
  });
});
