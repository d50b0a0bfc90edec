import type { Config } from '../../config/config.ts';
import type { Database } from '../database/database.ts';
import type { EventLog } from './event-log.ts';
import { createKafkaEventLog } from './kafka-event-log.ts';
import { createPgEventLog } from './pg-event-log.ts';

/** Kafka when KAFKA_BROKERS is set, otherwise the Postgres-table log in the same database. */
export function createEventLog(
  config: Pick<Config, 'kafkaBrokers'>,
  database: Database,
): Promise<EventLog> {
  return config.kafkaBrokers
    ? createKafkaEventLog({ brokers: config.kafkaBrokers })
    : createPgEventLog(database);
}
