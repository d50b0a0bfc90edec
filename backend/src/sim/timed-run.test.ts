import type { Database } from '../adapters/database/database.ts';
import { createPgliteDatabase } from '../adapters/database/pglite-database.ts';
import { createPgEventLog } from '../adapters/event-log/pg-event-log.ts';
import { createIngestFixture, type IngestFixture } from '../ingest/ingest-fixture.ts';
import { sendTimedTrips, type TimedFlags } from './timed-run.ts';
import { parsePlate, timedTrips } from './timed-trips.ts';

let database: Database;
let ingest: IngestFixture;

beforeAll(async () => {
  database = await createPgliteDatabase();
  ingest = await createIngestFixture(database, await createPgEventLog(database), {
    topic: 'trips.raw.timed-test',
  });
}, 60_000);
afterAll(async () => {
  await ingest?.app.close();
  await database?.close();
});

/** fetch() onto the gateway's inject(): the CLI goes through the real HTTP route, no port. */
const gatewayFetch = (async (url: string, init: RequestInit) => {
  const response = await ingest.app.inject({
    method: 'POST',
    url: new URL(url).pathname,
    headers: init.headers as Record<string, string>,
    payload: init.body as string,
  });
  return new Response(response.body, { status: response.statusCode });
}) as typeof fetch;

const flags = (overrides: Partial<TimedFlags> = {}): TimedFlags => ({
  url: 'http://gateway.test/',
  secret: ingest.device.secret,
  at: '2026-11-20T14:30:00Z',
  device: ingest.device.name,
  plaza: 'PLZ-540-E',
  lane: '2',
  direction: 'e',
  count: '3',
  spacing: '60',
  class: '2',
  tag: 'NCQP.0000000001',
  ...overrides,
});

describe('sending trips at a chosen time (sim --at)', () => {
  it('logs each trip with the chosen occurredAt and prints one result per event', async () => {
    const lines: string[] = [];
    const code = await sendTimedTrips(flags(), (line) => lines.push(line), gatewayFetch);
    expect(code).toBe(0);
    const logged = (await ingest.logged()).map(
      (record) => JSON.parse(record.value.toString()) as { occurredAt: string; tagId: string },
    );
    expect(logged.map((trip) => trip.occurredAt)).toEqual([
      '2026-11-20T14:30:00.000Z',
      '2026-11-20T14:31:00.000Z',
      '2026-11-20T14:32:00.000Z',
    ]);
    expect(logged.every((trip) => trip.tagId === 'NCQP.0000000001')).toBe(true);
    expect(lines).toContain(
      'sim: counts {"accepted":3,"duplicate":0,"format_error":0,"invalid":0}',
    );
    expect(lines.filter((line) => line.includes('"disposition":"accepted"'))).toHaveLength(3);
  });

  it('exits non-zero and prints the refusal when the credential is wrong', async () => {
    const lines: string[] = [];
    const code = await sendTimedTrips(
      flags({ secret: 'not-the-secret' }),
      (line) => lines.push(line),
      gatewayFetch,
    );
    expect(code).toBe(1);
    expect(lines[0]).toMatch(/→ 401$/);
    expect(lines[1]).toContain('BEAUS_ERR_UNAUTHENTICATED');
  });

  it('warns that a trip dated far ahead will be judged a broken device clock', async () => {
    const lines: string[] = [];
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    await sendTimedTrips(flags({ at: tomorrow, count: '1' }), (l) => lines.push(l), gatewayFetch);
    expect(lines.some((line) => line.includes('will mark it invalid'))).toBe(true);
  });

  it('refuses to guess who passed or where', async () => {
    const none = () => undefined;
    await expect(sendTimedTrips(flags({ tag: undefined }), none, gatewayFetch)).rejects.toThrow(
      /--tag or --plate/,
    );
    await expect(sendTimedTrips(flags({ plaza: undefined }), none, gatewayFetch)).rejects.toThrow(
      /--plaza/,
    );
  });
});

describe('timedTrips', () => {
  const base = {
    device: 'plz-1-n-1',
    plazaCode: 'PLZ-1-N',
    laneCode: '1',
    direction: 'N' as const,
    at: new Date('2026-12-25T08:00:00Z'),
    count: 2,
    spacingMs: 1000,
    vehicleClass: 3,
    runId: 'r1',
  };

  it('gives each trip its own event id and a plate read with full confidence', () => {
    const trips = timedTrips({ ...base, plate: parsePlate('nc:ABC1234') });
    expect(new Set(trips.map((trip) => trip.eventId)).size).toBe(2);
    expect(trips[0].plate).toEqual({ jurisdiction: 'NC', text: 'ABC1234', confidence: 0.99 });
    expect(trips[0].tagId).toBeUndefined();
  });

  it('rejects a plate without a jurisdiction and an impossible count', () => {
    expect(() => parsePlate('ABC1234')).toThrow(/JUR:NUMBER/);
    expect(() => timedTrips({ ...base, count: 0 })).toThrow(/--count/);
  });
});
