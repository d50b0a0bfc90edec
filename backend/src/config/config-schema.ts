import Type, { type TSchema } from 'typebox';

/** Partitions of one trip topic: created with this many when missing (its consumers' ceiling). */
function kafkaPartitions(fallback: number, topic: string) {
  return Type.Integer({
    minimum: 1,
    maximum: 1000,
    default: fallback,
    description: `must be a whole number of ${topic} partitions from 1 to 1000`,
  });
}

/**
 * The environment variables Beaus reads, as one TypeBox schema. Each `description` is the sentence
 * shown when the variable is wrong, so it says what a valid value looks like.
 */
export const EnvironmentSchema = Type.Object({
  PORT: Type.Integer({
    minimum: 1,
    maximum: 65535,
    default: 8080,
    description: 'must be a whole number from 1 to 65535',
  }),
  HOST: Type.String({
    minLength: 1,
    default: '127.0.0.1',
    description: 'must be a host name or IP',
  }),
  DATA_DIR: Type.Optional(Type.String({ minLength: 1, description: 'must be a folder path' })),
  LOG_LEVEL: Type.Union(
    [
      Type.Literal('fatal'),
      Type.Literal('error'),
      Type.Literal('warn'),
      Type.Literal('info'),
      Type.Literal('debug'),
      Type.Literal('trace'),
      Type.Literal('silent'),
    ],
    {
      default: 'info',
      description: 'must be one of fatal, error, warn, info, debug, trace, silent',
    },
  ),
  DATABASE_URL: Type.Optional(
    Type.String({
      pattern: '^postgres(ql)?://.+',
      description: 'must be a postgres:// or postgresql:// URL (unset = embedded PGlite)',
    }),
  ),
  REDIS_URL: Type.Optional(
    Type.String({
      pattern: '^rediss?://.+',
      description: 'must be a redis:// or rediss:// URL (unset = in-memory cache)',
    }),
  ),
  S3_BUCKET: Type.Optional(
    Type.String({
      pattern: '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$',
      description: 'must be an S3 bucket name: 3-63 lower-case letters, digits, dots or dashes',
    }),
  ),
  S3_REGION: Type.Optional(
    Type.String({ pattern: '^[a-z]{2}(-[a-z]+)+-\\d$', description: 'must be an AWS region' }),
  ),
  S3_ENDPOINT: Type.Optional(
    Type.String({ pattern: '^https?://.+', description: 'must be an http(s):// URL' }),
  ),
  SES_FROM_ADDRESS: Type.Optional(
    Type.String({
      pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
      description:
        'must be an e-mail address verified in SES (unset = outbox folder DATA_DIR/outbox)',
    }),
  ),
  KAFKA_BROKERS: Type.Optional(
    Type.String({
      pattern: '^[^,:\\s]+:\\d+(,[^,:\\s]+:\\d+)*$',
      description: 'must be a comma-separated list of host:port (unset = Postgres-table log)',
    }),
  ),
  KAFKA_RAW_PARTITIONS: kafkaPartitions(12, 'trips.raw'),
  KAFKA_POSTED_PARTITIONS: kafkaPartitions(12, 'trips.posted'),
  KAFKA_REVIEW_PARTITIONS: kafkaPartitions(3, 'trips.review'),
  KAFKA_DEAD_LETTER_PARTITIONS: kafkaPartitions(3, 'trips.dead-letter'),
  KAFKA_REPLICATION_FACTOR: Type.Integer({
    minimum: 1,
    maximum: 7,
    default: 1,
    description: 'must be a whole number of replicas per partition from 1 to 7 (MSK: 3)',
  }),
  KAFKA_MIN_INSYNC_REPLICAS: Type.Integer({
    minimum: 1,
    maximum: 7,
    default: 1,
    description: 'must be a whole number from 1 to 7, at most KAFKA_REPLICATION_FACTOR (MSK: 2)',
  }),
  KAFKA_SSL: Type.Union([Type.Literal('true'), Type.Literal('false')], {
    default: 'false',
    description: 'must be true (TLS to the brokers, as MSK requires) or false',
  }),
  KAFKA_SASL_MECHANISM: Type.Optional(
    Type.Literal('oauthbearer', {
      description:
        'must be oauthbearer (MSK IAM: tokens signed with the AWS default credentials) or unset',
    }),
  ),
  KAFKA_AWS_REGION: Type.Optional(
    Type.String({
      pattern: '^[a-z]{2}(-[a-z]+)+-\\d$',
      description: 'must be an AWS region (unset = read from the MSK broker host names)',
    }),
  ),
  COGNITO_USER_POOL_ID: Type.Optional(
    Type.String({
      pattern: '^[a-z]{2}(-[a-z]+)+-\\d_[A-Za-z0-9]+$',
      description: 'must be a Cognito user pool id such as eu-west-1_AbC123',
    }),
  ),
  COGNITO_CLIENT_ID: Type.Optional(
    Type.String({ pattern: '^[a-z0-9]+$', description: 'must be a Cognito app client id' }),
  ),
  COGNITO_REGION: Type.Optional(
    Type.String({ pattern: '^[a-z]{2}(-[a-z]+)+-\\d$', description: 'must be an AWS region' }),
  ),
  APPS_DIR: Type.Optional(Type.String({ minLength: 1, description: 'must be a folder path' })),
  SEED: Type.Union([Type.Literal('demo'), Type.Literal('none')], {
    default: 'demo',
    description: 'must be demo or none',
  }),
  PIPELINE: Type.Union([Type.Literal('in-process'), Type.Literal('off')], {
    default: 'in-process',
    description:
      'must be in-process (the BFF also runs ingest and the stream processors) or off (they run as their own services)',
  }),
  SIMULATOR_RATE: Type.Integer({
    minimum: 0,
    maximum: 10000,
    default: 2,
    description: 'must be a whole number of passages per second from 0 (off) to 10000',
  }),
  ENVIRONMENT_NAME: Type.String({
    pattern: '^[a-z0-9-]{1,32}$',
    default: 'local',
    description: 'must be 1-32 lower-case letters, digits or dashes',
  }),
});

export type EnvironmentVariable = keyof typeof EnvironmentSchema.properties;

/** One variable's schema with the annotations the error messages read. */
export function variableSchema(name: EnvironmentVariable): TSchema & {
  type?: string;
  description?: string;
} {
  return EnvironmentSchema.properties[name];
}
