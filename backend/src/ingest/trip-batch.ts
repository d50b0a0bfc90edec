import type { EventRecord } from '../adapters/event-log/event-log.ts';
import { checkTripEvent } from './trip-event-schema.ts';
import { vehicleKey } from './vehicle-key.ts';

/** What the gateway says about one event of a batch (a subset of the NIOP dispositions). */
export const INGEST_DISPOSITIONS = ['accepted', 'duplicate', 'format_error', 'invalid'] as const;
export type IngestDisposition = (typeof INGEST_DISPOSITIONS)[number];

export interface IngestResult {
  index: number;
  /** Null when the event was not readable enough to have one. */
  eventId: string | null;
  disposition: IngestDisposition;
  reason?: string;
}

export type IngestCounts = Record<IngestDisposition, number>;

export interface EvaluatedBatch {
  results: IngestResult[];
  counts: IngestCounts;
  /** The accepted events as log records, in batch order, to append in one call. */
  records: EventRecord[];
}

/** An NDJSON line that is not JSON; it stays in the batch so the indexes match the lines. */
export class UnparseableLine {
  readonly reason: string;

  constructor(reason: string) {
    this.reason = reason;
  }
}

export interface BatchContext {
  /** The authenticated device: a device may only send its own reads. */
  deviceName: string;
  /** Stamped on every accepted event as `receivedAt`. */
  receivedAt: Date;
  /** W3C trace context of the request, carried as a record header. */
  traceparent?: string;
}

/**
 * Judges every event of a batch on its own: one bad event never holds back the others. A repeat
 * of an event id inside the batch is a duplicate here; repeats across batches (device retries)
 * are accepted again and posted once by the database's unique event id.
 */
export function evaluateBatch(items: readonly unknown[], context: BatchContext): EvaluatedBatch {
  const results: IngestResult[] = [];
  const records: EventRecord[] = [];
  const counts: IngestCounts = { accepted: 0, duplicate: 0, format_error: 0, invalid: 0 };
  const seen = new Set<string>();
  const receivedAt = context.receivedAt.toISOString();
  const headers: Record<string, string> = { schema: 'trip.v1' };
  if (context.traceparent) headers['traceparent'] = context.traceparent;

  items.forEach((item, index) => {
    const result = judge(item, index);
    counts[result.disposition] += 1;
    results.push(result);
  });
  return { results, counts, records };

  function judge(item: unknown, index: number): IngestResult {
    const eventId = eventIdOf(item);
    if (item instanceof UnparseableLine) {
      return { index, eventId, disposition: 'format_error', reason: item.reason };
    }
    const check = checkTripEvent(item);
    if (!check.ok) return { index, eventId, disposition: 'format_error', reason: check.reason };
    const event = check.event;
    if (event.deviceId !== context.deviceName) {
      const reason = `deviceId '${event.deviceId}' is not the authenticated device`;
      return { index, eventId, disposition: 'invalid', reason };
    }
    if (seen.has(event.eventId)) {
      return { index, eventId, disposition: 'duplicate', reason: 'eventId repeated in batch' };
    }
    seen.add(event.eventId);
    records.push({
      key: vehicleKey(event),
      value: JSON.stringify({ ...event, receivedAt }),
      headers,
    });
    return { index, eventId, disposition: 'accepted' };
  }
}

function eventIdOf(item: unknown): string | null {
  if (typeof item !== 'object' || item === null) return null;
  const eventId = (item as { eventId?: unknown }).eventId;
  return typeof eventId === 'string' && eventId.length <= 64 ? eventId : null;
}
