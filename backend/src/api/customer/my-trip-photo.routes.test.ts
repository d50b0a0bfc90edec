import { createSeededTestApp, type SeededTestApp } from '../../seed/testing.ts';
import { testAppTimeoutMs } from '../../platform/testing/test-app.ts';

let testApp: SeededTestApp;
let customer1: string;
let ownTripId: string;
const key = 'evidence/test/my-trip.svg';

beforeAll(async () => {
  testApp = await createSeededTestApp();
  customer1 = await testApp.tokenFor('customer1');
  const [trip] = await testApp.adapters.database.query<{ id: string }>(
    `select id::text from trips where account_id = 1 and rate_explanation is not null
     order by occurred_at desc limit 1`,
  );
  ownTripId = trip!.id;
  // The trip points at an object we control, so the test does not depend on seeded images.
  await testApp.adapters.database.query('update trips set image_keys = $2 where id = $1', [
    ownTripId,
    [key],
  ]);
  await testApp.adapters.objectStore.put(key, '<svg xmlns="http://www.w3.org/2000/svg"/>', {
    contentType: 'image/svg+xml',
  });
}, testAppTimeoutMs);
afterAll(() => testApp.close());

interface Trip {
  id: string;
  hasPhoto: boolean;
  rate: Record<string, unknown> | null;
}

const photo = (tripId: string, token = customer1) =>
  testApp.app.inject({
    url: `/api/customer/trips/${tripId}/photo`,
    headers: { authorization: `Bearer ${token}` },
  });

describe('my trips: photo and how the price was computed', () => {
  it('lists each recent trip with its rate explanation and whether it has a photo', async () => {
    const response = await testApp.app.inject({
      url: '/api/customer/account',
      headers: { authorization: `Bearer ${customer1}` },
    });
    const trips = response.json<{ recentTrips: Trip[] }>().recentTrips;
    const [stored] = await testApp.adapters.database.query<{ rate_explanation: unknown }>(
      'select rate_explanation from trips where id = $1',
      [ownTripId],
    );
    const mine = trips.find((trip) => trip.id === ownTripId)!;
    expect(mine.hasPhoto).toBe(true);
    expect(mine.rate).toEqual(stored!.rate_explanation);
    expect(mine.rate).toEqual(
      expect.objectContaining({
        scheduleVersion: expect.any(Number),
        band: expect.any(String),
        dayType: expect.any(String),
        rate: expect.stringMatching(/^(tag|plate)$/),
      }),
    );
  });

  it('serves the photo of a trip on my account, never cached', async () => {
    const response = await photo(ownTripId);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('image/svg+xml');
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.body).toContain('<svg');
  });

  it('answers 404 for another account’s trip, a trip without a photo, or a photo not retained', async () => {
    const [theirs] = await testApp.adapters.database.query<{ id: string }>(
      'select id::text from trips where account_id = 2 order by id limit 1',
    );
    await testApp.adapters.database.query('update trips set image_keys = $2 where id = $1', [
      theirs!.id,
      [key],
    ]);
    const [bare] = await testApp.adapters.database.query<{ id: string }>(
      `update trips set image_keys = '{}' where id = (
         select id from trips where account_id = 1 and id <> $1 order by id limit 1)
       returning id::text`,
      [ownTripId],
    );
    const [gone] = await testApp.adapters.database.query<{ id: string }>(
      `update trips set image_keys = array['evidence/test/gone.svg'] where id = (
         select id from trips where account_id = 1 and id not in ($1, $2) order by id limit 1)
       returning id::text`,
      [ownTripId, bare!.id],
    );
    for (const tripId of [theirs!.id, bare!.id, gone!.id, '999999999']) {
      const response = await photo(tripId);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual(expect.objectContaining({ code: 'BEAUS_ERR_NOT_FOUND' }));
    }
  });

  it('is for customers only', async () => {
    expect((await photo(ownTripId, await testApp.tokenFor('agent1'))).statusCode).toBe(403);
    expect(
      (await testApp.app.inject({ url: `/api/customer/trips/${ownTripId}/photo` })).statusCode,
    ).toBe(401);
  });
});
