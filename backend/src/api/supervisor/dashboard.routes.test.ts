import type { AddressInfo } from 'node:net';
import { testAppTimeoutMs } from '../../platform/testing/test-app.ts';
import { createSeededTestApp, testAsOf, type SeededTestApp } from '../../seed/testing.ts';
import { projectionKeys, rebuildProjections } from '../../stream/projection-cache.ts';

let testApp: SeededTestApp;
const from = new Date(testAsOf.getTime() - 6 * 3_600_000);
const to = testAsOf;
const range = `from=${from.toISOString()}&to=${to.toISOString()}`;

beforeAll(async () => {
  testApp = await createSeededTestApp();
  await rebuildProjections(testApp.adapters.database, testApp.adapters.cache, {
    from: new Date(testAsOf.getTime() - 86_400_000),
    to: testAsOf,
  });
}, testAppTimeoutMs);
afterAll(() => testApp.close());

const get = async (url: string, username = 'super1', headers: Record<string, string> = {}) =>
  testApp.app.inject({
    method: 'GET',
    url,
    headers: { authorization: `Bearer ${await testApp.tokenFor(username)}`, ...headers },
  });

/** What the dashboard must show, counted from the trips themselves. */
async function tripsByPlaza(): Promise<Record<string, Record<string, number>>> {
  const rows = await testApp.adapters.database.query<Record<string, string | number>>(
    `select p.code, count(*)::int as trips, coalesce(sum(t.amount_cents), 0)::int as revenue,
            count(*) filter (where t.read_type = 'tag')::int as tag,
            count(*) filter (where t.read_type = 'plate')::int as plate,
            count(*) filter (where t.read_type = 'review')::int as review
     from trips t join plazas p on p.id = t.plaza_id
     where t.occurred_at >= $1 and t.occurred_at < $2 group by p.code`,
    [from.toISOString(), to.toISOString()],
  );
  return Object.fromEntries(rows.map((row) => [String(row.code), row as Record<string, number>]));
}

describe('GET /api/supervisor/dashboard', () => {
  it('shows per plaza the trips, revenue and read mix the trips of the range add up to', async () => {
    const expected = await tripsByPlaza();
    const response = await get(`/api/supervisor/dashboard?${range}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    const codes = Object.keys(expected);
    expect(codes.length).toBeGreaterThan(1);
    for (const code of codes) {
      const row = body.plazas.find((p: { plazaCode: string }) => p.plazaCode === code);
      expect(row).toMatchObject({
        trips: expected[code].trips,
        revenueCents: expected[code].revenue,
        tagReads: expected[code].tag,
        plateReads: expected[code].plate,
        reviewReads: expected[code].review,
      });
    }
    const total = codes.reduce((sum, code) => sum + expected[code].trips, 0);
    expect(body.totals.trips).toBe(total);
    // The chart's lines hold the same trips as the table (its text alternative).
    const charted = body.series.flatMap((s: { points: { trips: number }[] }) => s.points);
    expect(charted.reduce((sum: number, p: { trips: number }) => sum + p.trips, 0)).toBe(total);
    expect(body.series[0].points.length).toBeLessThanOrEqual(120);
  });

  it('drills down to one plaza', async () => {
    const expected = await tripsByPlaza();
    const code = Object.keys(expected).sort()[0];
    const body = (await get(`/api/supervisor/dashboard?${range}&plaza=${code}`)).json();
    expect(body.plaza).toBe(code);
    expect(body.plazas.map((p: { plazaCode: string }) => p.plazaCode)).toEqual([code]);
    expect(body.totals.trips).toBe(expected[code].trips);
  });

  it('reports the review backlog with its oldest trip, and the dead letters of the range', async () => {
    const [backlog] = await testApp.adapters.database.query<{ count: number; oldest: Date }>(
      `select count(*)::int as count, min(occurred_at) as oldest from trips where status = 'review'`,
    );
    await testApp.adapters.database.query(
      `insert into dead_letters (topic, payload, reason, at)
       values ('trips.raw', '{"dedupeKey":"dashboard-test"}', 'format_error', $1)`,
      [new Date(to.getTime() - 60_000).toISOString()],
    );
    // A range no earlier request asked for: the database look-ups are shared for 2 s per range.
    const later = `from=${from.toISOString()}&to=${new Date(to.getTime() + 1_000).toISOString()}`;
    const body = (await get(`/api/supervisor/dashboard?${later}`)).json();
    expect(backlog.count).toBeGreaterThan(0);
    expect(body.reviewBacklog).toBe(backlog.count);
    expect(body.oldestReviewAt).toBe(new Date(backlog.oldest).toISOString());
    expect(body.ingestRejects).toBe(1);
  });

  it('refuses an inverted or over-long range, and agents', async () => {
    const long = new Date(to.getTime() - 25 * 3_600_000).toISOString();
    expect(
      (await get(`/api/supervisor/dashboard?from=${to.toISOString()}&to=${from.toISOString()}`))
        .statusCode,
    ).toBe(400);
    expect(
      (await get(`/api/supervisor/dashboard?from=${long}&to=${to.toISOString()}`)).statusCode,
    ).toBe(400);
    expect((await get('/api/supervisor/dashboard', 'agent1')).statusCode).toBe(403);
  });
});

describe('GET /api/supervisor/dashboard/stream', () => {
  it('answers a plain request with one dashboard event and ends', async () => {
    const response = await get('/api/supervisor/dashboard/stream?minutes=30');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/event-stream');
    const [event] = response.body.split('\n\n');
    expect(event).toMatch(/^event: dashboard\nid: .+\ndata: \{/);
    const data = JSON.parse(event.split('\ndata: ')[1]);
    expect(new Date(data.to).getTime() - new Date(data.from).getTime()).toBe(30 * 60_000);
  });

  it('pushes a fresh dashboard while the projections change', async () => {
    await testApp.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = testApp.app.server.address() as AddressInfo;
    const abort = new AbortController();
    const response = await fetch(`http://127.0.0.1:${port}/api/supervisor/dashboard/stream`, {
      headers: {
        accept: 'text/event-stream',
        authorization: `Bearer ${await testApp.tokenFor('super1')}`,
      },
      signal: abort.signal,
    });
    expect(response.status).toBe(200);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    const nextEvent = async (): Promise<{ totals: { trips: number } }> => {
      while (!buffer.includes('\n\n')) buffer += (await reader.read()).value ?? '';
      const end = buffer.indexOf('\n\n');
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      return JSON.parse(event.split('\ndata: ')[1]);
    };
    const first = await nextEvent();
    // A trip posted now, as the stream processor's projection would record it.
    const minute = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    await testApp.adapters.cache.hashIncrBy(projectionKeys.minute(minute), 'TEST|trips', 7);
    const second = await nextEvent();
    expect(second.totals.trips).toBe(first.totals.trips + 7);
    abort.abort();
  }, 20_000);
});
