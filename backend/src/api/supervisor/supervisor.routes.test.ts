import { testAppTimeoutMs } from '../../platform/testing/test-app.ts';
import { createSeededTestApp, testAsOf, type SeededTestApp } from '../../seed/testing.ts';

let testApp: SeededTestApp;

beforeAll(async () => {
  testApp = await createSeededTestApp();
}, testAppTimeoutMs);
afterAll(() => testApp.close());

const overview = async (username: string, query = '') =>
  testApp.app.inject({
    method: 'GET',
    url: `/api/supervisor/overview${query}`,
    headers: { authorization: `Bearer ${await testApp.tokenFor(username)}` },
  });

describe('GET /api/supervisor/overview', () => {
  it("reports the day's trips, revenue and read mix in the network's time zone", async () => {
    const day = testAsOf.toISOString().slice(0, 10);
    const response = await overview('super1', `?day=${day}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    // The seeded network is mostly on Central time: the local day starts at 06:00 UTC. Revenue is
    // as rated when posted (the rollup's meaning), so it includes trips reversed later.
    const [expected] = await testApp.adapters.database.query<Record<string, number>>(
      `select count(*)::int as trips,
              coalesce(sum(amount_cents), 0)::int as revenue,
              count(*) filter (where read_type = 'review')::int as review
       from trips where occurred_at >= $1::timestamptz and occurred_at < $1::timestamptz + interval '1 day'`,
      [`${day}T06:00:00Z`],
    );
    expect(expected.trips).toBeGreaterThan(0);
    expect(body).toMatchObject({
      timeZone: 'America/Chicago',
      day,
      tripsToday: expected.trips,
      revenueTodayCents: expected.revenue,
    });
    expect(body.readMix.tag + body.readMix.plate + body.readMix.review).toBe(expected.trips);
    expect(body.readMix.review).toBe(expected.review);
    const hourlyTrips = body.hourly.reduce(
      (sum: number, hour: { trips: number }) => sum + hour.trips,
      0,
    );
    expect(hourlyTrips).toBe(expected.trips);
  });

  it('counts the whole review backlog and the adjustments waiting for approval', async () => {
    const [expected] = await testApp.adapters.database.query<Record<string, number>>(
      `select (select count(*)::int from trips where status = 'review') as review,
              (select count(*)::int from adjustments where status = 'pending') as pending`,
    );
    const body = (await overview('super1')).json();
    expect(body.reviewBacklog).toBe(expected.review);
    expect(body.pendingApprovals).toBe(expected.pending);
    expect(expected.pending).toBeGreaterThan(0);
  });

  it('refuses a malformed day and agents', async () => {
    expect((await overview('super1', '?day=yesterday')).statusCode).toBe(400);
    expect((await overview('agent1')).statusCode).toBe(403);
  });
});
