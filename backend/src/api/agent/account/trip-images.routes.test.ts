import { createSeededTestApp, type SeededTestApp } from '../../../seed/testing.ts';
import { testAppTimeoutMs } from '../../../platform/testing/test-app.ts';

let testApp: SeededTestApp;
let agent: string;
let trip: { id: number; accountId: number; key: string };
let otherAccountId: number;

beforeAll(async () => {
  testApp = await createSeededTestApp();
  agent = await testApp.tokenFor('agent1');
  const [row] = await testApp.adapters.database.query<{ id: string; account_id: string }>(
    `select id::text, account_id::text from trips
      where account_id is not null and cardinality(image_keys) > 0 order by id limit 1`,
  );
  const [other] = await testApp.adapters.database.query<{ id: string }>(
    'select id::text from accounts where id <> $1 order by id limit 1',
    [row.account_id],
  );
  trip = { id: Number(row.id), accountId: Number(row.account_id), key: 'evidence/test/rear.svg' };
  otherAccountId = Number(other.id);
  // The trip points at an object we control, so the test does not depend on seeded images.
  await testApp.adapters.database.query('update trips set image_keys = $2 where id = $1', [
    trip.id,
    [trip.key, 'evidence/test/gone.svg'],
  ]);
  await testApp.adapters.objectStore.put(trip.key, '<svg xmlns="http://www.w3.org/2000/svg"/>', {
    contentType: 'image/svg+xml',
  });
}, testAppTimeoutMs);
afterAll(() => testApp.close());

function image(accountId: number, index: number, token = agent) {
  return testApp.app.inject({
    url: `/api/agent/accounts/${accountId}/trips/${trip.id}/images/${index}`,
    headers: { authorization: `Bearer ${token}` },
  });
}

describe('account trip images', () => {
  it('serves the image of a trip on the account, never cached', async () => {
    const response = await image(trip.accountId, 0);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('image/svg+xml');
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.body).toContain('<svg');
  });

  it('answers 404 for a trip of another account, a missing position or an image not retained', async () => {
    for (const [accountId, index] of [
      [otherAccountId, 0],
      [trip.accountId, 5],
      [trip.accountId, 1],
    ]) {
      const response = await image(accountId, index);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual(expect.objectContaining({ code: 'BEAUS_ERR_NOT_FOUND' }));
    }
  });

  it('is for staff only', async () => {
    const customer = await testApp.tokenFor('customer1');
    expect((await image(trip.accountId, 0, customer)).statusCode).toBe(403);
    expect((await image(trip.accountId, 0, await testApp.tokenFor('super1'))).statusCode).toBe(200);
  });
});
