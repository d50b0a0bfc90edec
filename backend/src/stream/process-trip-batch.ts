/**
 * One batch of `trips.raw` records → dispositions, database writes in ONE transaction, and the
 * records to publish once that transaction has committed. Lookups are done in bulk before the
 * transaction; balances are read under account locks inside it. Knows nothing of offsets or
 * retries: the loop (processor-loop.ts) owns those.
 */
import type { Database } from '../adapters/database/database.ts';
import type { LoggedEvent } from '../adapters/event-log/event-log.ts';
import { DISPOSITIONS, normalisePlate } from '../domain/index.ts';
import type { Disposition } from '../domain/index.ts';
import { loadBatchLookups, loadConfiguration } from './batch-lookups.ts';
import {
  applyTagChanges,
  insertDeadLetters,
  insertTrips,
  insertTripEntries,
  lockAccountStates,
  recordTopUpRequests,
} from './batch-writes.ts';
import type { DeadLetterRow } from './batch-writes.ts';
import { collapseBatch, planPassage } from './plan-trips.ts';
import { priceColumns } from './trip-pricing.ts';
import type { PlanContext, ReadDecision } from './plan-trips.ts';
import { postCharges } from './post-charges.ts';
import { addToMinuteRollup, projectionDelta } from './projections.ts';
import type { ProjectionDelta } from './projections.ts';
import { rulesAt } from './processor-rules.ts';
import { addToTrafficRollup, trafficDelta } from './traffic-rollup.ts';
import { findEarlierPassages, findPostedEventIds } from './replay-guard.ts';
import type { PassageProbe } from './replay-guard.ts';
import { parseTripEvent } from './trip-event.ts';
import type { TripEvent } from './trip-event.ts';
import { outcomeRecords, type PublishPlan } from './outcome-records.ts';

export interface BatchOptions {
  /** How far ahead of its arrival a read may be dated before its clock is not believed. */
  readonly maxFutureSkewSeconds: number;
  readonly now: () => Date;
}

export interface ReadOutcome {
  readonly source: Pick<LoggedEvent, 'topic' | 'partition' | 'offset'>;
  readonly eventId: string | null;
  readonly disposition: Disposition;
  readonly reason?: string;
}

export interface BatchOutcome {
  /** One per record, in record order: every read ends in exactly one disposition. */
  readonly outcomes: readonly ReadOutcome[];
  readonly counts: Readonly<Record<Disposition, number>>;
  /** Records for trips.posted, trips.review and trips.dead-letter, to append after the commit. */
  readonly publish: PublishPlan;
  readonly projection: ProjectionDelta;
}

export const defaultBatchOptions: BatchOptions = {
  maxFutureSkewSeconds: 300,
  now: () => new Date(),
};

export async function processTripBatch(
  database: Database,
  records: readonly LoggedEvent[],
  options: BatchOptions = defaultBatchOptions,
): Promise<BatchOutcome> {
  const db = database.db;
  const outcomes = new Map<LoggedEvent, ReadOutcome>();
  const letters = new Map<LoggedEvent, DeadLetterRow>();
  const reads = new Map<TripEvent, LoggedEvent>();
  for (const record of records) {
    const parsed = parseTripEvent(record.value);
    if (parsed.ok) {
      reads.set(parsed.event, record);
      continue;
    }
    const eventId = parsed.eventId ?? null;
    outcomes.set(record, outcome(record, eventId, 'format_error', parsed.reason));
    letters.set(
      record,
      deadLetter(record, eventId, 'format_error', parsed.reason, {
        raw: record.value.toString('utf8').slice(0, 10_000),
      }),
    );
  }

  const configuration = await loadConfiguration(db);
  const { passages, duplicates } = collapseBatch([...reads.keys()], configuration);
  for (const { read, duplicateOf } of duplicates) {
    outcomes.set(
      source(reads, read),
      outcome(source(reads, read), read.eventId, 'duplicate', `duplicate of ${duplicateOf}`),
    );
  }
  const lookups = await loadBatchLookups(db, passages);
  const earlierPassages = await findEarlierPassages(
    db,
    probesOf(passages, lookups.plazas, configuration),
  );
  const context: PlanContext = {
    lookups,
    configuration,
    earlierPassages,
    maxFutureSkewSeconds: options.maxFutureSkewSeconds,
  };
  const decisions = passages.map((read) => planPassage(read, context));
  for (const decision of decisions) {
    const record = source(reads, decision.read);
    if (decision.kind === 'duplicate') {
      outcomes.set(
        record,
        outcome(record, decision.read.eventId, 'duplicate', `duplicate of ${decision.duplicateOf}`),
      );
    } else if (decision.kind === 'rejected') {
      outcomes.set(
        record,
        outcome(record, decision.read.eventId, decision.disposition, decision.reason),
      );
      letters.set(
        record,
        deadLetter(record, decision.read.eventId, decision.disposition, decision.reason, {
          event: decision.read,
        }),
      );
    }
  }
  const trips = decisions.filter(
    (d): d is Extract<ReadDecision, { kind: 'trip' }> => d.kind === 'trip',
  );
  const processedAt = options.now();

  const written = await database.transaction(async (tx) => {
    const allCharges = trips.flatMap((t) => (t.charge === null ? [] : [t.charge]));
    const accounts = await lockAccountStates(
      tx,
      allCharges.map((c) => c.accountId),
    );
    // Checked under the account locks: a consumer that waited for another's commit sees its
    // trips here and must neither post them again nor move tags on balances it did not change.
    const alreadyPosted = await findPostedEventIds(
      tx,
      trips.map((t) => t.read.eventId),
    );
    const fresh = trips.filter((t) => !alreadyPosted.has(t.read.eventId));
    const charges = fresh.flatMap((t) => (t.charge === null ? [] : [t.charge]));
    const posting = postCharges(
      accounts,
      charges,
      (at) => rulesAt(configuration, at).lowBalanceThresholdCents,
    );
    const postedByEvent = new Map(posting.posted.map((p) => [p.charge.eventId, p]));
    for (const trip of trips) {
      const posted = postedByEvent.get(trip.read.eventId);
      if (posted !== undefined) Object.assign(trip.draft, priceColumns(posted.price));
    }
    const tripIds = await insertTrips(
      tx,
      fresh.map((t) => t.draft),
      processedAt,
    );
    await insertTripEntries(
      tx,
      posting.posted.flatMap((p) => {
        const tripId = tripIds.get(p.charge.eventId);
        // A zero rate (a free class or hour) posts the trip with nothing to debit.
        return tripId === undefined || p.entry.amountCents === 0
          ? []
          : [
              {
                tripId,
                accountId: p.charge.accountId,
                amountCents: p.entry.amountCents,
                description: p.entry.description,
              },
            ];
      }),
    );
    await applyTagChanges(tx, posting.tagChanges);
    await recordTopUpRequests(
      tx,
      posting.topUps.filter((t) => tripIds.has(t.eventId)),
    );
    const lettersInserted = await insertDeadLetters(tx, [...letters.values()]);
    const inserted = trips.filter((t) => tripIds.has(t.read.eventId));
    const projection = projectionDelta(inserted, processedAt);
    await addToMinuteRollup(tx, projection.minutes);
    await addToTrafficRollup(tx, trafficDelta(inserted.map((t) => t.draft)));
    return { tripIds, lettersInserted, inserted, projection };
  });

  for (const trip of trips) {
    const record = source(reads, trip.read);
    outcomes.set(
      record,
      written.tripIds.has(trip.read.eventId)
        ? outcome(record, trip.read.eventId, trip.disposition)
        : outcome(record, trip.read.eventId, 'duplicate', 'event id already posted'),
    );
  }
  const newLetters = [...letters].filter(([, row]) => written.lettersInserted.has(row.dedupeKey));
  for (const [record, row] of letters) {
    if (!written.lettersInserted.has(row.dedupeKey)) {
      outcomes.set(
        record,
        outcome(
          record,
          (row.payload['eventId'] as string | null) ?? null,
          'duplicate',
          'dead letter already recorded',
        ),
      );
    }
  }
  const ordered = records.map((record) => {
    const result = outcomes.get(record);
    if (result === undefined) throw new Error(`record ${record.offset} got no disposition`);
    return result;
  });
  return {
    outcomes: ordered,
    counts: countDispositions(ordered),
    publish: outcomeRecords(written.inserted, written.tripIds, newLetters),
    projection: written.projection,
  };
}

function probesOf(
  passages: readonly TripEvent[],
  plazas: Awaited<ReturnType<typeof loadBatchLookups>>['plazas'],
  configuration: Awaited<ReturnType<typeof loadConfiguration>>,
): PassageProbe[] {
  return passages.flatMap((read) => {
    const plaza = plazas.get(read.plazaId);
    if (plaza === undefined) return [];
    const plate = read.plate ? normalisePlate(read.plate.jurisdiction, read.plate.text) : null;
    if (read.tagId === undefined && !plate?.ok) return [];
    return [
      {
        eventId: read.eventId,
        plazaId: plaza.id,
        tagNo: read.tagId ?? null,
        plate: plate?.ok ? plate.plate.number : null,
        jurisdiction: plate?.ok ? plate.plate.jurisdiction : null,
        occurredAt: read.occurredAt,
        windowSeconds: rulesAt(configuration, read.occurredAt).duplicateWindowSeconds,
      },
    ];
  });
}

function source(reads: Map<TripEvent, LoggedEvent>, read: TripEvent): LoggedEvent {
  const record = reads.get(read);
  if (record === undefined) throw new Error(`read ${read.eventId} lost its record`);
  return record;
}

function outcome(
  record: LoggedEvent,
  eventId: string | null,
  disposition: Disposition,
  reason?: string,
): ReadOutcome {
  return {
    source: { topic: record.topic, partition: record.partition, offset: record.offset },
    eventId,
    disposition,
    ...(reason === undefined ? {} : { reason }),
  };
}

function deadLetter(
  record: LoggedEvent,
  eventId: string | null,
  disposition: Disposition,
  reason: string,
  detail: Record<string, unknown>,
): DeadLetterRow {
  const position = `${record.topic}/${record.partition}/${record.offset}`;
  return {
    topic: record.topic,
    key: record.key,
    // The event id when known: a device's retry of the same bad read is one exception, not two.
    dedupeKey: eventId ?? position,
    reason: `${disposition}: ${reason}`,
    payload: { eventId, disposition, error: reason, source: position, ...detail },
  };
}

function countDispositions(outcomes: readonly ReadOutcome[]): Record<Disposition, number> {
  const counts = Object.fromEntries(DISPOSITIONS.map((d) => [d, 0])) as Record<Disposition, number>;
  for (const o of outcomes) counts[o.disposition] += 1;
  return counts;
}
