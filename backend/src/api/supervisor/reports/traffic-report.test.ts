import { testAppTimeoutMs } from '../../../platform/testing/test-app.ts';
import { createSeededTestApp, testAsOf, type SeededTestApp } from '../../../seed/testing.ts';

let testApp: SeededTestApp;
const db = () => testApp.adapters.database;
const to = testAsOf.toISOString().slice(0, 10);
const from = new Date(testAsOf.getTime() - 9 * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  testApp = await createSeededTestApp();
}, testAppTimeoutMs);
afterAll(() => testApp.close());

const get = async (url: string, username = 'super1') =>
  testApp.app.inject({
    method: 'GET',
    url: `/api/supervisor/reports/${url}`,
    headers: { authorization: `Bearer ${await testApp.tokenFor(username)}` },
  });

type Figures = Record<'trips' | 'cents' | 'tag' | 'plate' | 'review', number>;

/** The report's figures counted from the raw trips, by the plaza's local day and hour. */
async function fromTrips(columns: string[], plaza: string | null = null) {
  return db().query<Figures & Record<string, string | number>>(
    `select ${columns.join(', ')}, count(*)::int as trips, coalesce(sum(t.amount_cents), 0)::int as cents,
            count(*) filter (where t.read_type = 'tag')::int as tag,
            count(*) filter (where t.read_type = 'plate')::int as plate,
            count(*) filter (where t.read_type = 'review')::int as review
     from trips t join plazas p on p.id = t.plaza_id
     where (t.occurred_at at time zone p.time_zone)::date between $1 and $2
       and ($3::text is null or p.code = $3)
     group by ${columns.map((_, index) => index + 1).join(', ')}`,
    [from, to, plaza],
  );
}

const localHour = 'extract(hour from t.occurred_at at time zone p.time_zone)::int';

describe('traffic by vehicle class and hour', () => {
  it('adds up to the trips of each local hour of the day and class', async () => {
    const expected = await fromTrips([`${localHour} as hour`, 't.vehicle_class as class']);
    expect(expected.length).toBeGreaterThan(24);
    const response = await get(`traffic?from=${from}&to=${to}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ from, to, plaza: null });
    const rows = body.rows as (Record<string, number> & { hour: number; vehicleClass: number })[];
    expect(rows).toHaveLength(expected.length);
    for (const e of expected) {
      const row = rows.find((r) => r.hour === e['hour'] && r.vehicleClass === e['class']);
      expect(row).toEqual({
        hour: e['hour'],
        vehicleClass: e['class'],
        trips: e.trips,
        revenueCents: e.cents,
        tagReads: e.tag,
        plateReads: e.plate,
        reviewReads: e.review,
      });
    }
    const hours = rows.map((r) => r.hour * 100 + r.vehicleClass);
    expect(hours).toEqual([...hours].sort((a, b) => a - b));
  });

  it('exports every plaza, local day, hour and class as CSV, matching the trips', async () => {
    const [plaza] = await db().query<{ code: string }>('select code from plazas order by code');
    const code = plaza?.code ?? '';
    const expected = await fromTrips(
      [
        '(t.occurred_at at time zone p.time_zone)::date::text as day',
        `${localHour} as hour`,
        'p.code',
        't.vehicle_class as class',
      ],
      code,
    );
    const csv = await get(`traffic.csv?from=${from}&to=${to}&plaza=${code}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain(`traffic-${from}-${to}.csv`);
    const [header, ...lines] = csv.body.trim().split('\r\n');
    expect(header).toBe(
      'day,hour,plaza,plaza_name,vehicle_class,trips,revenue_cents,tag_reads,plate_reads,review_reads',
    );
    expect(lines).toHaveLength(expected.length);
    const byKey = new Map(
      lines.map((line) => {
        const cells = line.split(',');
        return [`${cells[0]}|${cells[1]}|${cells[2]}|${cells[4]}`, cells.slice(5).map(Number)];
      }),
    );
    for (const e of expected) {
      expect(byKey.get(`${e['day']}|${e['hour']}|${e['code']}|${e['class']}`)).toEqual([
        e.trips,
        e.cents,
        e.tag,
        e.plate,
        e.review,
      ]);
    }
  });

  it('filters by plaza, and refuses bad ranges and agents', async () => {
    const [plaza] = await db().query<{ code: string }>('select code from plazas order by code');
    const body = (await get(`traffic?from=${from}&to=${to}&plaza=${plaza?.code}`)).json();
    const expected = await fromTrips([localHour], plaza?.code);
    const total = (rows: { trips: number }[]) => rows.reduce((sum, r) => sum + r.trips, 0);
    expect(total(body.rows)).toBe(total(expected));
    expect(body.plaza).toBe(plaza?.code);
    expect((await get(`traffic?from=${to}&to=${from}`)).statusCode).toBe(400);
    expect((await get('traffic', 'agent1')).statusCode).toBe(403);
    expect((await get('traffic.csv', 'agent1')).statusCode).toBe(403);
  });
});
