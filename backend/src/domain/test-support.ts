/** Builders shared by the domain tests (not exported from index.ts). */
import type { TripRead } from './trip.ts';

export function aTrip(overrides: Partial<TripRead> = {}): TripRead {
  return {
    eventId: 'evt-1',
    plazaId: 'PLZ-1',
    laneId: 'L1',
    direction: 'N',
    occurredAt: new Date('2026-03-10T12:00:00Z'),
    vehicleClass: 2,
    imageKeys: [],
    ...overrides,
  };
}
