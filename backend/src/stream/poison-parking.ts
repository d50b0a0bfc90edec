/**
 * Poison records. Offsets move only after a batch commits, so a record the handler fails on
 * every time would hold its partition for ever. Once a batch has failed often enough, and not
 * for a transient reason, it is bisected: each half is processed on its own, a failing half is
 * split again, and a single record that still fails is parked as a dead letter (disposition
 * system_error, with the error) in the same table and topic as every other exception, so the
 * partition moves on and the read stays visible to operations.
 */
import type { Database } from '../adapters/database/database.ts';
import type { LoggedEvent } from '../adapters/event-log/event-log.ts';
import { DISPOSITIONS, type Disposition } from '../domain/index.ts';
import { insertDeadLetters, type DeadLetterRow } from './batch-writes.ts';
import { outcomeRecords } from './outcome-records.ts';
import type { BatchOptions, BatchOutcome, ReadOutcome } from './process-trip-batch.ts';
import { projectionDelta } from './projections.ts';
import { isTransientFailure } from './transient-failure.ts';

export type ProcessBatch = (
  database: Database,
  records: readonly LoggedEvent[],
  options: BatchOptions,
) => Promise<BatchOutcome>;

export interface IsolationContext {
  readonly database: Database;
  readonly process: ProcessBatch;
  readonly batch: BatchOptions;
  readonly logger: { error(object: object, message?: string): void };
}

/**
 * Processes `records`, known to fail together with `error`, in halves until every record is
 * either processed or parked; outcomes in record order. A transient failure on the way is
 * rethrown: the caller retries the whole batch, and what already committed replays as duplicates.
 */
export async function isolatePoison(
  context: IsolationContext,
  records: readonly LoggedEvent[],
  error: unknown,
): Promise<BatchOutcome[]> {
  const [single] = records;
  if (records.length === 1 && single) {
    context.logger.error(
      { err: error, source: positionOf(single) },
      'stream record fails on its own: parked as a dead letter',
    );
    return [await parkPoisonRecord(context.database, single, error, context.batch.now())];
  }
  const middle = Math.ceil(records.length / 2);
  const outcomes: BatchOutcome[] = [];
  for (const half of [records.slice(0, middle), records.slice(middle)]) {
    try {
      outcomes.push(await context.process(context.database, half, context.batch));
    } catch (halfError) {
      if (isTransientFailure(halfError)) throw halfError;
      outcomes.push(...(await isolatePoison(context, half, halfError)));
    }
  }
  return outcomes;
}

/** Records `record` as a system_error dead letter; a replay finds it recorded (duplicate). */
export async function parkPoisonRecord(
  database: Database,
  record: LoggedEvent,
  error: unknown,
  now: Date,
): Promise<BatchOutcome> {
  const message = errorMessage(error);
  const eventId = eventIdOf(record);
  const row: DeadLetterRow = {
    topic: record.topic,
    key: record.key,
    dedupeKey: eventId ?? positionOf(record),
    reason: `system_error: ${message}`,
    payload: {
      eventId,
      disposition: 'system_error',
      error: message,
      source: positionOf(record),
      raw: record.value.toString('utf8').slice(0, 10_000),
    },
  };
  const inserted = await database.transaction((tx) => insertDeadLetters(tx, [row]));
  const parked = inserted.has(row.dedupeKey);
  const outcome: ReadOutcome = {
    source: { topic: record.topic, partition: record.partition, offset: record.offset },
    eventId,
    disposition: parked ? 'system_error' : 'duplicate',
    reason: parked ? message : 'dead letter already recorded',
  };
  return {
    outcomes: [outcome],
    counts: countOf(outcome.disposition),
    publish: outcomeRecords([], new Map(), parked ? [[record, row]] : []),
    projection: projectionDelta([], now),
  };
}

function positionOf(record: LoggedEvent): string {
  return `${record.topic}/${record.partition}/${record.offset}`;
}

/** The device's event id when the record is JSON that has one: retries are one exception. */
function eventIdOf(record: LoggedEvent): string | null {
  try {
    const eventId: unknown = JSON.parse(record.value.toString('utf8'))?.eventId;
    return typeof eventId === 'string' && eventId.length > 0 ? eventId : null;
  } catch {
    return null;
  }
}

function errorMessage(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 1000);
}

function countOf(disposition: Disposition): Record<Disposition, number> {
  const counts = Object.fromEntries(DISPOSITIONS.map((d) => [d, 0])) as Record<Disposition, number>;
  counts[disposition] = 1;
  return counts;
}
