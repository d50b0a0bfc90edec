import type { Config } from '../../config/config.ts';
import type { TripTopicRole } from '../../config/kafka-config.ts';
import type { Database } from '../database/database.ts';
import type { EventLog } from './event-log.ts';
import type { EventLogLogger } from './kafka-connection.ts';
import { createKafkaEventLog } from './kafka-event-log.ts';
import { mskIamTokenProvider } from './msk-iam-token.ts';
import { createPgEventLog } from './pg-event-log.ts';

export interface EventLogSetup {
  /** The trip topics' names (with TRIP_TOPIC_SUFFIX): on Kafka, created at start when missing. */
  readonly tripTopics: Readonly<Record<TripTopicRole, string>>;
  /** The roles whose topics this process creates at start (default all); others on first use. */
  readonly createAtStart?: readonly TripTopicRole[];
  readonly logger?: EventLogLogger;
}

/** Kafka when KAFKA_BROKERS is set, otherwise the Postgres-table log in the same database. */
export function createEventLog(
  config: Pick<Config, 'kafkaBrokers' | 'kafka'>,
  database: Database,
  setup: EventLogSetup,
): Promise<EventLog> {
  if (!config.kafkaBrokers) return createPgEventLog(database);
  const { kafka } = config;
  const roles = Object.keys(setup.tripTopics) as TripTopicRole[];
  return createKafkaEventLog({
    brokers: config.kafkaBrokers,
    topicPartitions: Object.fromEntries(
      roles.map((role) => [setup.tripTopics[role], kafka.partitions[role]]),
    ),
    replicas: kafka.replicationFactor,
    minInsyncReplicas: kafka.minInsyncReplicas,
    createAtStart: (setup.createAtStart ?? roles).map((role) => setup.tripTopics[role]),
    tls: kafka.ssl,
    oauthBearerToken: kafka.sasl ? mskIamTokenProvider(kafka.sasl.region) : undefined,
    logger: setup.logger,
  });
}
