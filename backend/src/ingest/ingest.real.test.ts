import { randomUUID } from 'node:crypto';
import type { Database } from '../adapters/database/database.ts';
import type { EventLog } from '../adapters/event-log/event-log.ts';
import { createKafkaEventLog } from '../adapters/event-log/kafka-event-log.ts';
import { deleteKafkaTopics, requireKafkaBrokers } from '../adapters/event-log/kafka-testing.ts';
import { createPostgresDatabase } from '../adapters/database/postgres-database.ts';
import {
  createScratchPostgres,
  type ScratchPostgres,
} from '../platform/testing/scratch-postgres.ts';
import { createIngestFixture, type IngestFixture } from './ingest-fixture.ts';

/** The gateway on real PostgreSQL (device credentials) and real Kafka (the log). */
const brokers = requireKafkaBrokers();
const topic = `trips.raw.test-${randomUUID()}`;
let scratch: ScratchPostgres;
let database: Database;
let eventLog: EventLog;
let ingest: IngestFixture;

beforeAll(async () => {
  scratch = await createScratchPostgres();
  database = await createPostgresDatabase(scratch.url);
  eventLog = await createKafkaEventLog({ brokers, partitions: 6, pollWaitMs: 1000 });
  ingest = await createIngestFixture(database, eventLog, { topic });
}, 60_000);
afterAll(async () => {
  await ingest?.app.close();
  await eventLog?.close();
  await database?.close();
  await scratch?.drop();
  await deleteKafkaTopics(brokers, [topic]);
});

function send(batch: unknown[]) {
  return ingest.app.inject({
    method: 'POST',
    url: '/ingest/v1/trips',
    headers: { authorization: ingest.basic() },
    payload: batch,
  });
}

describe('ingest gateway on Kafka and PostgreSQL', () => {
  it('acknowledges once Kafka has the reads, each vehicle in one partition in order', async () => {
    const vehicles = ['NCQP.1', 'NCQP.2', 'NCQP.3', 'NCQP.4'];
    const first = vehicles.map((tagId, index) => ingest.trip(`a-${index}`, { tagId }));
    const second = vehicles.map((tagId, index) => ingest.trip(`b-${index}`, { tagId }));
    const plate = { jurisdiction: 'NC', text: 'abc 1234', confidence: 0.95 };
    const plateOnly = ingest.trip('c-0', { tagId: undefined, plate });
    const answers = [
      await send([...first, ingest.trip('a-0')]),
      await send([...second, plateOnly]),
    ];
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200]);
    expect(answers[0].json().counts).toEqual({
      accepted: 4,
      duplicate: 1,
      format_error: 0,
      invalid: 0,
    });

    const logged = await ingest.logged();
    expect(logged).toHaveLength(9);
    for (const [index, tagId] of vehicles.entries()) {
      const reads = logged.filter((event) => event.key === `tag:${tagId}`);
      expect(new Set(reads.map((read) => read.partition)).size).toBe(1);
      const ids = reads.map((read) => JSON.parse(read.value.toString()).eventId);
      expect(ids).toEqual([`a-${index}`, `b-${index}`]);
    }
    expect(logged.find((event) => event.key === 'plate:NC:ABC1234')).toBeDefined();
  });

  it('answers 503 with Retry-After when no broker is reachable', async () => {
    const downLog = await createKafkaEventLog({ brokers: ['127.0.0.1:1'], partitions: 1 });
    const down = await createIngestFixture(database, downLog, {
      topic,
      appendTimeoutMs: 1500,
      seed: false,
    });
    const response = await down.app.inject({
      method: 'POST',
      url: '/ingest/v1/trips',
      headers: { authorization: down.basic() },
      payload: [down.trip('down-1')],
    });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('2');
    await down.app.close();
    await downLog.close();
  });
});
