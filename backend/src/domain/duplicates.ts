/**
 * Several antennas (and a camera) read one passage. Reads of the same tag, or failing a tag the
 * same plate, at the same plaza within a short window are one trip. Exact repeats of an event id
 * (device retries) are collapsed here too; across batches the database's unique event id does it.
 */
import { normalisePlate } from './plate.ts';
import type { TripRead } from './trip.ts';

export interface CollapsedReads {
  /** One read per passage, ordered by time then event id. */
  readonly passages: readonly TripRead[];
  /** Every other read, with the event id of the passage it belongs to. */
  readonly duplicates: readonly { readonly read: TripRead; readonly duplicateOf: string }[];
}

/** What identifies a vehicle at a plaza: its tag when read, otherwise its normalised plate. */
export function passageIdentity(read: TripRead): string | null {
  if (read.tagId !== undefined && read.tagId !== '') return `${read.plazaId}|tag|${read.tagId}`;
  if (read.plate !== undefined) {
    const normalised = normalisePlate(read.plate.jurisdiction, read.plate.text);
    if (normalised.ok) return `${read.plazaId}|plate|${normalised.plate.key}`;
  }
  return null;
}

/** Earliest first; at the same instant the lowest event id, so the survivor never depends on arrival order. */
export function compareReads(a: TripRead, b: TripRead): number {
  const byTime = a.occurredAt.getTime() - b.occurredAt.getTime();
  if (byTime !== 0) return byTime;
  return a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0;
}

/**
 * The window is anchored at the surviving (earliest) read of a passage: a read within
 * `windowSeconds` of it, inclusive, is a duplicate; the first read after that starts a new
 * passage. Anchoring (rather than chaining read to read) keeps a car that loops back past the
 * plaza a minute later a second trip however many antennas fire in between.
 */
export function collapseReads(reads: readonly TripRead[], windowSeconds: number): CollapsedReads {
  if (!(windowSeconds >= 0)) throw new RangeError('windowSeconds must be zero or more');
  const windowMs = windowSeconds * 1000;
  const sorted = [...reads].sort(compareReads);
  const passages: TripRead[] = [];
  const duplicates: { read: TripRead; duplicateOf: string }[] = [];
  const seenEventIds = new Map<string, string>();
  const openPassage = new Map<string, TripRead>();

  for (const read of sorted) {
    const sameEvent = seenEventIds.get(read.eventId);
    if (sameEvent !== undefined) {
      duplicates.push({ read, duplicateOf: sameEvent });
      continue;
    }
    const identity = passageIdentity(read);
    const anchor = identity === null ? undefined : openPassage.get(identity);
    if (anchor && read.occurredAt.getTime() - anchor.occurredAt.getTime() <= windowMs) {
      duplicates.push({ read, duplicateOf: anchor.eventId });
      seenEventIds.set(read.eventId, anchor.eventId);
      continue;
    }
    passages.push(read);
    seenEventIds.set(read.eventId, read.eventId);
    if (identity !== null) openPassage.set(identity, read);
  }
  return { passages, duplicates };
}
