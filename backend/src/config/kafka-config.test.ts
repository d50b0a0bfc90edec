import { ConfigError, loadConfig } from './config.ts';
import { regionOfMskBroker } from './kafka-config.ts';

const mskBrokers =
  'b-1.beaus.abc123.c2.kafka.eu-west-1.amazonaws.com:9098,b-2.beaus.abc123.c2.kafka.eu-west-1.amazonaws.com:9098';

const problemsOf = (env: NodeJS.ProcessEnv): readonly string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('Kafka configuration', () => {
  it('creates topics for the single local broker by default: replication 1, no TLS, no SASL', () => {
    expect(loadConfig({ KAFKA_BROKERS: '127.0.0.1:9092' }).kafka).toEqual({
      partitions: { raw: 12, posted: 12, review: 3, deadLetter: 3 },
      replicationFactor: 1,
      minInsyncReplicas: 1,
      ssl: false,
      sasl: null,
    });
  });

  it('reads the MSK production settings: RF 3, min ISR 2, TLS and IAM tokens for its region', () => {
    const config = loadConfig({
      KAFKA_BROKERS: mskBrokers,
      KAFKA_RAW_PARTITIONS: '24',
      KAFKA_POSTED_PARTITIONS: '24',
      KAFKA_REVIEW_PARTITIONS: '6',
      KAFKA_DEAD_LETTER_PARTITIONS: '6',
      KAFKA_REPLICATION_FACTOR: '3',
      KAFKA_MIN_INSYNC_REPLICAS: '2',
      KAFKA_SSL: 'true',
      KAFKA_SASL_MECHANISM: 'oauthbearer',
    });
    expect(config.kafka).toEqual({
      partitions: { raw: 24, posted: 24, review: 6, deadLetter: 6 },
      replicationFactor: 3,
      minInsyncReplicas: 2,
      ssl: true,
      sasl: { mechanism: 'oauthbearer', tokens: 'aws-msk-iam', region: 'eu-west-1' },
    });
  });

  it('takes the token region from KAFKA_AWS_REGION over the broker names', () => {
    const config = loadConfig({
      KAFKA_BROKERS: 'kafka.internal:9098',
      KAFKA_SSL: 'true',
      KAFKA_SASL_MECHANISM: 'oauthbearer',
      KAFKA_AWS_REGION: 'us-east-2',
    });
    expect(config.kafka.sasl?.region).toBe('us-east-2');
  });

  it('refuses a min.insync.replicas no write could ever satisfy', () => {
    expect(problemsOf({ KAFKA_REPLICATION_FACTOR: '1', KAFKA_MIN_INSYNC_REPLICAS: '2' })).toEqual([
      expect.stringMatching(/^KAFKA_MIN_INSYNC_REPLICAS must be at most KAFKA_REPLICATION_FACTOR/),
    ]);
  });

  it('refuses IAM authentication without TLS, and without a region to sign for', () => {
    expect(
      problemsOf({ KAFKA_BROKERS: 'kafka.internal:9098', KAFKA_SASL_MECHANISM: 'oauthbearer' }),
    ).toEqual([
      expect.stringMatching(/^KAFKA_SSL must be true with KAFKA_SASL_MECHANISM=oauthbearer/),
      expect.stringMatching(/^KAFKA_AWS_REGION is missing/),
    ]);
  });

  it.each([
    ['KAFKA_RAW_PARTITIONS', '0'],
    ['KAFKA_POSTED_PARTITIONS', 'many'],
    ['KAFKA_REPLICATION_FACTOR', '2.5'],
    ['KAFKA_SSL', 'yes'],
    ['KAFKA_SASL_MECHANISM', 'plain'],
    ['KAFKA_AWS_REGION', 'Europe'],
  ])('names %s=%j and says why', (name, value) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(`^${name} must .*\\(got "${value.replace('.', '\\.')}"\\)$`),
    );
  });

  it('finds the region in MSK broker host names only', () => {
    expect(regionOfMskBroker('b-3.beaus.x1.c4.kafka.ap-southeast-2.amazonaws.com:9098')).toBe(
      'ap-southeast-2',
    );
    expect(regionOfMskBroker('boot-abc.c1.kafka-serverless.us-east-1.amazonaws.com:9098')).toBe(
      'us-east-1',
    );
    expect(regionOfMskBroker('127.0.0.1:9092')).toBeNull();
  });
});
