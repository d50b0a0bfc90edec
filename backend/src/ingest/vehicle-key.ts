import { normalisePlate } from '../domain/plate.ts';
import type { TripEventV1 } from './trip-event-schema.ts';

/**
 * The record key (docs/events.md "Record key"): the vehicle's identity, so every read of one
 * passage — several antennas, the camera, device retries — lands in one partition and one
 * consumer sees them in order and collapses them.
 */
export function vehicleKey(event: Pick<TripEventV1, 'eventId' | 'tagId' | 'plate'>): string {
  if (event.tagId) return `tag:${event.tagId}`;
  if (event.plate) {
    const normalised = normalisePlate(event.plate.jurisdiction, event.plate.text);
    if (normalised.ok) return `plate:${normalised.plate.key}`;
  }
  return `event:${event.eventId}`;
}
