import { Admin } from '@platformatic/kafka';

/** The broker the Kafka tests use: `npm run kafka:start` starts one on 127.0.0.1:9092. */
export function requireKafkaBrokers(): string[] {
  const brokers = process.env['KAFKA_BROKERS'];
  if (!brokers) {
    throw new Error(
      'KAFKA_BROKERS is not set: the Kafka tests need a broker, e.g. KAFKA_BROKERS=127.0.0.1:9092 ' +
        'after `npm run kafka:start`',
    );
  }
  return brokers.split(',');
}

/** Deletes a test run's uniquely named topics so repeated runs do not fill the broker. */
export async function deleteKafkaTopics(
  brokers: string[],
  topics: Iterable<string>,
): Promise<void> {
  const admin = new Admin({ clientId: 'beaus-test-cleanup', bootstrapBrokers: brokers });
  try {
    const existing = new Set(await admin.listTopics());
    const names = [...topics].filter((topic) => existing.has(topic));
    if (names.length > 0) await admin.deleteTopics({ topics: names });
  } finally {
    await admin.close();
  }
}
