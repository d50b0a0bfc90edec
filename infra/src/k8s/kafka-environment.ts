import type { StageProps } from '../config/stage-props.ts';

/**
 * The backend's Kafka variables (backend/src/config/config-schema.ts, kafka-config.ts) for a
 * deployed stage. MSK here accepts only IAM-authenticated clients over TLS (port 9098), so every
 * service speaks TLS with SASL/OAUTHBEARER tokens signed by its Pod Identity credentials. The
 * topic layout is what the stream processor creates a missing trip topic with; the broker's
 * own defaults (src/data/event-log.ts) say the same, so either way a topic gets RF and min ISR
 * from the stage.
 */
export function kafkaEnvironment(
  stageProps: StageProps,
  bootstrapBrokers: string,
): Record<string, string> {
  const { eventLog, env } = stageProps;
  const partitions = eventLog.tripPartitions;
  return {
    KAFKA_BROKERS: bootstrapBrokers,
    KAFKA_SSL: 'true',
    KAFKA_SASL_MECHANISM: 'oauthbearer',
    // Explicit, so tokens are signed for the cluster's region whatever the broker names look like.
    KAFKA_AWS_REGION: env.region,
    KAFKA_RAW_PARTITIONS: String(partitions.raw),
    KAFKA_POSTED_PARTITIONS: String(partitions.posted),
    KAFKA_REVIEW_PARTITIONS: String(partitions.review),
    KAFKA_DEAD_LETTER_PARTITIONS: String(partitions.deadLetter),
    KAFKA_REPLICATION_FACTOR: String(eventLog.replicationFactor),
    KAFKA_MIN_INSYNC_REPLICAS: String(eventLog.minInSyncReplicas),
  };
}
