import { randomUUID } from 'node:crypto';
import { createKafkaEventLog } from './kafka-event-log.ts';
import { deleteKafkaTopics, requireKafkaBrokers } from './kafka-testing.ts';

/**
 * SASL/OAUTHBEARER against the local broker's second listener (scripts/kafka/kafka.sh: port 9094,
 * Kafka's validator for unsigned JWTs). It proves the event log authenticates with the tokens its
 * provider returns, as it does on MSK with IAM tokens; MSK itself is out of reach here.
 */
const plainBrokers = requireKafkaBrokers();
const saslBrokers = (process.env['KAFKA_SASL_BROKERS'] ?? '127.0.0.1:9094').split(',');
const topics = new Set<string>();

afterAll(() => deleteKafkaTopics(plainBrokers, topics));

/** An unsigned JWT (`alg: none`) for `sub`, valid until `expiresAt`. */
function unsignedToken(sub: string, expiresAt: Date): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${part({ alg: 'none' })}.${part({ sub, iat: now, exp: Math.floor(expiresAt.getTime() / 1000) })}.`;
}

describe('Kafka event log over SASL/OAUTHBEARER (real broker)', () => {
  it('authenticates with the provider’s token, then appends, polls and commits', async () => {
    const topic = `trips-sasl-${randomUUID()}`;
    topics.add(topic);
    let issued = 0;
    const log = await createKafkaEventLog({
      brokers: saslBrokers,
      partitions: 1,
      oauthBearerToken: async () => {
        issued += 1;
        return unsignedToken('beaus-stream', new Date(Date.now() + 15 * 60_000));
      },
    });
    try {
      await log.append(topic, [{ key: 'tag:A', value: '{"n":1}' }]);
      const [event] = await log.poll('sasl-test', topic, { maxRecords: 10 });
      expect(event?.value.toString()).toBe('{"n":1}');
      if (event) await log.commit('sasl-test', event);
      expect(await log.poll('sasl-test', topic, { maxRecords: 10 })).toEqual([]);
      expect(issued).toBeGreaterThan(0);
    } finally {
      await log.close();
    }
  });

  it('refuses to append when the broker rejects the token (expired)', async () => {
    const topic = `trips-sasl-${randomUUID()}`;
    topics.add(topic);
    const log = await createKafkaEventLog({
      brokers: saslBrokers,
      partitions: 1,
      oauthBearerToken: async () => unsignedToken('beaus-stream', new Date(Date.now() - 3_600_000)),
    });
    try {
      await expect(log.append(topic, [{ key: 'tag:A', value: '{}' }])).rejects.toThrow();
    } finally {
      await log.close();
    }
  }, 60_000);
});
