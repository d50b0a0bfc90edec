import type { Static } from 'typebox';
import type { EnvironmentSchema } from './config-schema.ts';

type Environment = Static<typeof EnvironmentSchema>;

/** The four trip topics, by the role each plays (names are the stream's, see outcome-records). */
export type TripTopicRole = 'raw' | 'posted' | 'review' | 'deadLetter';

/** How the brokers are reached and how the trip topics are created when missing. */
export interface KafkaSettings {
  /** Partitions per topic role; a topic that already exists is left as it is. */
  partitions: Readonly<Record<TripTopicRole, number>>;
  replicationFactor: number;
  /** With acks=all a write succeeds only when this many replicas have it. */
  minInsyncReplicas: number;
  /** TLS to the brokers (MSK serves IAM clients on TLS only). */
  ssl: boolean;
  /** SASL/OAUTHBEARER with MSK IAM tokens signed for `region`; null = no SASL. */
  sasl: { mechanism: 'oauthbearer'; tokens: 'aws-msk-iam'; region: string } | null;
}

/** `b-1.cluster.abc123.c2.kafka.eu-west-1.amazonaws.com:9098` → `eu-west-1`. */
export function regionOfMskBroker(broker: string): string | null {
  return (
    /\.kafka(?:-serverless)?\.([a-z]{2}(?:-[a-z]+)+-\d)\.amazonaws\.com(?::\d+)?$/.exec(
      broker,
    )?.[1] ?? null
  );
}

/**
 * Problems that need two variables to see; each names the variable to change. `env` is the
 * candidate before validation, so a value that is itself invalid is left to its own message.
 */
export function kafkaProblems(env: Readonly<Record<string, unknown>>): string[] {
  const problems: string[] = [];
  const replicas = env['KAFKA_REPLICATION_FACTOR'];
  const minInsync = env['KAFKA_MIN_INSYNC_REPLICAS'];
  if (typeof replicas === 'number' && typeof minInsync === 'number' && minInsync > replicas) {
    // Kafka would quietly cap it at the replica count, so the intended guarantee would be lost.
    problems.push(
      `KAFKA_MIN_INSYNC_REPLICAS must be at most KAFKA_REPLICATION_FACTOR (${minInsync} > ${replicas}): ` +
        'a partition cannot have more in-sync replicas than replicas',
    );
  }
  if (env['KAFKA_SASL_MECHANISM'] === 'oauthbearer') {
    if (env['KAFKA_SSL'] !== 'true') {
      problems.push(
        'KAFKA_SSL must be true with KAFKA_SASL_MECHANISM=oauthbearer (MSK IAM is TLS only)',
      );
    }
    const brokers = env['KAFKA_BROKERS'];
    if (!env['KAFKA_AWS_REGION'] && !mskRegion(typeof brokers === 'string' ? brokers : undefined)) {
      problems.push(
        'KAFKA_AWS_REGION is missing: set it for KAFKA_SASL_MECHANISM=oauthbearer when the ' +
          'brokers are not MSK host names (…kafka.<region>.amazonaws.com)',
      );
    }
  }
  return problems;
}

export function toKafkaSettings(env: Environment): KafkaSettings {
  const region = env.KAFKA_AWS_REGION ?? mskRegion(env.KAFKA_BROKERS);
  return {
    partitions: {
      raw: env.KAFKA_RAW_PARTITIONS,
      posted: env.KAFKA_POSTED_PARTITIONS,
      review: env.KAFKA_REVIEW_PARTITIONS,
      deadLetter: env.KAFKA_DEAD_LETTER_PARTITIONS,
    },
    replicationFactor: env.KAFKA_REPLICATION_FACTOR,
    minInsyncReplicas: env.KAFKA_MIN_INSYNC_REPLICAS,
    ssl: env.KAFKA_SSL === 'true',
    sasl:
      env.KAFKA_SASL_MECHANISM === 'oauthbearer' && region
        ? { mechanism: 'oauthbearer', tokens: 'aws-msk-iam', region }
        : null,
  };
}

function mskRegion(brokers: string | undefined): string | null {
  const [first] = brokers?.split(',') ?? [];
  return first ? regionOfMskBroker(first) : null;
}
