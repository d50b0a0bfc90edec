import pino from 'pino';
import { createPgliteDatabase } from '../adapters/database/pglite-database.ts';
import type { Database } from '../adapters/database/database.ts';
import type { EventLog } from '../adapters/event-log/event-log.ts';
import { createPgEventLog } from '../adapters/event-log/pg-event-log.ts';
import { buildIngestApp } from './app.ts';
import { createIngestFixture, type IngestFixture } from './ingest-fixture.ts';

const receivedAt = new Date('2026-11-25T12:30:06.000Z');
let database: Database;
let eventLog: EventLog;
let ingest: IngestFixture;
let topicCount = 0;

beforeAll(async () => {
  database = await createPgliteDatabase();
  eventLog = await createPgEventLog(database);
  ingest = await createIngestFixture(database, eventLog, {
    topic: 'trips.raw.plugin-test',
    maxBatchSize: 5,
    now: () => receivedAt,
  });
}, 60_000);
afterAll(async () => {
  await ingest?.app.close();
  await database?.close();
});

function send(body: unknown, contentType = 'application/json') {
  return ingest.app.inject({
    method: 'POST',
    url: '/ingest/v1/trips',
    headers: { authorization: ingest.basic(), 'content-type': contentType },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The logged records of these event ids, in log order (all tests share one topic). */
async function loggedFor(...eventIds: string[]) {
  const events = await ingest.logged();
  return events.filter((event) => eventIds.includes(JSON.parse(event.value.toString()).eventId));
}

/** A gateway over a log that refuses or never answers, on its own topic. */
async function gatewayOver(append: EventLog['append']) {
  topicCount += 1;
  const topic = `trips.raw.failing-${topicCount}`;
  const app = await buildIngestApp({
    database,
    eventLog: { ...eventLog, append },
    logger: pino({ level: 'silent' }),
    topic,
    appendTimeoutMs: 100,
  });
  return { app, topic };
}

describe('POST /ingest/v1/trips', () => {
  it('accepts a batch, stamps receivedAt and keys each read by vehicle identity', async () => {
    const batch = [
      ingest.trip('k-1'),
      ingest.trip('k-2', {
        tagId: undefined,
        plate: { jurisdiction: 'nc', text: 'abc-1234', confidence: 0.97 },
      }),
      ingest.trip('k-3', { tagId: undefined }),
    ];
    const response = await send(batch);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      counts: { accepted: 3, duplicate: 0, format_error: 0, invalid: 0 },
      results: [0, 1, 2].map((index) => ({
        index,
        eventId: `k-${index + 1}`,
        disposition: 'accepted',
      })),
    });
    const logged = await loggedFor('k-1', 'k-2', 'k-3');
    expect(logged.map((event) => event.key)).toEqual([
      'tag:NCQP.k-1',
      'plate:NC:ABC1234',
      'event:k-3',
    ]);
    const first = JSON.parse(logged[0].value.toString());
    expect(first).toMatchObject({ eventId: 'k-1', receivedAt: receivedAt.toISOString() });
    expect(logged[0].headers).toEqual({ schema: 'trip.v1' });
  });

  it('rejects a bad event naming the field, and still accepts the others', async () => {
    const response = await send([
      ingest.trip('v-1'),
      ingest.trip('v-2', { plate: { jurisdiction: 'NC', text: 'X1', confidence: 1.5 } }),
      ingest.trip('v-3', { occurredAt: undefined }),
      ingest.trip('v-4', { schema: 'trip.v9' }),
      ingest.trip('v-5'),
    ]);
    const body = response.json();
    expect(body.counts).toEqual({ accepted: 2, duplicate: 0, format_error: 3, invalid: 0 });
    expect(body.results.map((result: { disposition: string }) => result.disposition)).toEqual([
      'accepted',
      'format_error',
      'format_error',
      'format_error',
      'accepted',
    ]);
    expect(body.results[1].reason).toMatch(/^plate\.confidence must be <= 1/);
    expect(body.results[2].reason).toBe('occurredAt is required');
    expect(body.results[3].reason).toBe("schema must be 'trip.v1'");
    const logged = await loggedFor('v-1', 'v-2', 'v-3', 'v-4', 'v-5');
    expect(logged.map((event) => JSON.parse(event.value.toString()).eventId)).toEqual([
      'v-1',
      'v-5',
    ]);
  });

  it('reports a repeated event id in one batch as a duplicate and logs it once', async () => {
    const response = await send([ingest.trip('d-1'), ingest.trip('d-2'), ingest.trip('d-1')]);
    expect(response.json().results[2]).toEqual({
      index: 2,
      eventId: 'd-1',
      disposition: 'duplicate',
      reason: 'eventId repeated in batch',
    });
    expect(await loggedFor('d-1')).toHaveLength(1);
  });

  it('refuses reads claiming to come from another device as invalid', async () => {
    const response = await send([ingest.trip('o-1', { deviceId: 'someone-else' })]);
    expect(response.json().results[0]).toMatchObject({
      disposition: 'invalid',
      reason: "deviceId 'someone-else' is not the authenticated device",
    });
  });

  it('takes NDJSON, reporting a line that is not JSON as a format error by its index', async () => {
    const lines = [
      JSON.stringify(ingest.trip('n-1')),
      '{"schema": "trip.v1",',
      JSON.stringify(ingest.trip('n-2')),
    ];
    const response = await send(`${lines.join('\n')}\n`, 'application/x-ndjson');
    expect(response.statusCode).toBe(200);
    expect(response.json().results).toEqual([
      { index: 0, eventId: 'n-1', disposition: 'accepted' },
      { index: 1, eventId: null, disposition: 'format_error', reason: 'line is not valid JSON' },
      { index: 2, eventId: 'n-2', disposition: 'accepted' },
    ]);
  });

  it('refuses a batch over the configured size and a body that is not an array', async () => {
    const tooMany = Array.from({ length: 6 }, (_, index) => ingest.trip(`m-${index}`));
    expect((await send(tooMany)).statusCode).toBe(400);
    expect((await send({ eventId: 'x' })).statusCode).toBe(400);
  });

  it('answers 503 with Retry-After and acknowledges nothing when the log refuses', async () => {
    const gateway = await gatewayOver(async () => {
      throw new Error('broker unreachable');
    });
    const response = await gateway.app.inject({
      method: 'POST',
      url: '/ingest/v1/trips',
      headers: { authorization: ingest.basic() },
      payload: [ingest.trip('f-1'), ingest.trip('f-2')],
    });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('2');
    expect(response.json()).not.toHaveProperty('results');
    expect(await eventLog.poll('check', gateway.topic, { maxRecords: 10 })).toEqual([]);
    await gateway.app.close();
  });

  it('answers 503 when the log does not confirm the append in time', async () => {
    const gateway = await gatewayOver(() => new Promise<void>(() => undefined));
    const response = await gateway.app.inject({
      method: 'POST',
      url: '/ingest/v1/trips',
      headers: { authorization: ingest.basic() },
      payload: [ingest.trip('t-1')],
    });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBeDefined();
    await gateway.app.close();
  });

  it('answers 503, not 401, when the device table cannot be read', async () => {
    const app = await buildIngestApp({
      database: { ...database, query: () => Promise.reject(new Error('connection refused')) },
      eventLog,
      logger: pino({ level: 'silent' }),
      topic: 'trips.raw.db-down',
    });
    const response = await app.inject({
      method: 'POST',
      url: '/ingest/v1/trips',
      headers: { authorization: ingest.basic() },
      payload: [ingest.trip('db-1')],
    });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('2');
    await app.close();
  });
});
