/**
 * What the processor tells the rest of the system after its commit (docs/events.md): posted
 * outcomes on `trips.posted` (keyed by account, else plate), reads waiting for a person on
 * `trips.review` (keyed by plate), and exceptions on `trips.dead-letter` (keyed as the source).
 * Only rows this batch inserted are published, so a replayed event publishes nothing again.
 */
import type { EventRecord, LoggedEvent } from '../adapters/event-log/event-log.ts';
import type { DeadLetterRow } from './batch-writes.ts';
import type { TripDraft } from './plan-trips.ts';
import type { TripEvent } from './trip-event.ts';

export const tripTopics = {
  raw: 'trips.raw',
  posted: 'trips.posted',
  review: 'trips.review',
  deadLetter: 'trips.dead-letter',
} as const;

/**
 * The trip topics with `suffix` appended to each name (TRIP_TOPIC_SUFFIX), so a fault test or
 * a second environment shares one broker without reading another's records.
 */
export function tripTopicsWithSuffix(suffix: string): {
  raw: string;
  posted: string;
  review: string;
  deadLetter: string;
} {
  return {
    raw: `${tripTopics.raw}${suffix}`,
    posted: `${tripTopics.posted}${suffix}`,
    review: `${tripTopics.review}${suffix}`,
    deadLetter: `${tripTopics.deadLetter}${suffix}`,
  };
}

export interface PublishPlan {
  readonly posted: readonly EventRecord[];
  readonly review: readonly EventRecord[];
  readonly deadLetter: readonly EventRecord[];
}

/** `trip-outcome.v1` on trips.posted. */
export interface TripOutcomeMessage {
  readonly schema: 'trip-outcome.v1';
  readonly eventId: string;
  readonly tripId: number;
  readonly disposition: 'posted';
  readonly status: TripDraft['status'];
  readonly readType: TripDraft['readType'];
  readonly plazaCode: string;
  readonly occurredAt: string;
  readonly accountId: number | null;
  readonly plateKey: string | null;
  readonly amountCents: number | null;
  readonly rateExplanation: TripDraft['rateExplanation'];
}

export function outcomeRecords(
  inserted: readonly {
    readonly draft: TripDraft;
    readonly plazaCode: string;
    readonly read: TripEvent;
  }[],
  tripIds: ReadonlyMap<string, number>,
  letters: readonly (readonly [LoggedEvent, DeadLetterRow])[],
): PublishPlan {
  const posted: EventRecord[] = [];
  const review: EventRecord[] = [];
  for (const { draft, plazaCode, read } of inserted) {
    const tripId = tripIds.get(draft.eventId) ?? 0;
    const plateKey = draft.plate === null ? null : `${draft.jurisdiction ?? ''}:${draft.plate}`;
    if (draft.status === 'review') {
      review.push({
        key: plateKey === null ? `event:${draft.eventId}` : `plate:${plateKey}`,
        value: JSON.stringify({
          schema: 'trip-review.v1',
          eventId: draft.eventId,
          tripId,
          plazaCode,
          occurredAt: draft.occurredAt.toISOString(),
          plate: read.plate ?? null,
          imageKeys: draft.imageKeys,
        }),
        headers: { schema: 'trip-review.v1' },
      });
      continue;
    }
    const message: TripOutcomeMessage = {
      schema: 'trip-outcome.v1',
      eventId: draft.eventId,
      tripId,
      disposition: 'posted',
      status: draft.status,
      readType: draft.readType,
      plazaCode,
      occurredAt: draft.occurredAt.toISOString(),
      accountId: draft.accountId,
      plateKey,
      amountCents: draft.amountCents,
      rateExplanation: draft.rateExplanation,
    };
    posted.push({
      key: draft.accountId !== null ? `account:${draft.accountId}` : `plate:${plateKey ?? ''}`,
      value: JSON.stringify(message),
      headers: { schema: message.schema },
    });
  }
  const deadLetter = letters.map(([record, row]) => ({
    key: record.key,
    value: JSON.stringify({ ...row.payload, reason: row.reason }),
    headers: { schema: 'trip-dead-letter.v1' },
  }));
  return { posted, review, deadLetter };
}
