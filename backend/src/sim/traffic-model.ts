import type { TripEventV1 } from '../ingest/trip-event-schema.ts';
import type { KnownVehicle, RoadCatalog, SimLane } from './road-catalog.ts';

/** A deterministic source of randomness in [0, 1) (tests and replays pass a seeded one). */
export type Random = () => number;

/** Mulberry32: small, fast and good enough for traffic; the same seed gives the same day. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Shares of passages, as operators see them on a tolled expressway: 70% tag, 15% plate of a
 * registered vehicle without a tag read, and the remaining 15% a plate nobody has registered
 * (toll-by-plate).
 */
export const trafficMix = {
  tag: 0.7,
  knownPlate: 0.15,
  /** Plate reads under the review threshold (OCR confidence 0.4–0.7). */
  lowConfidence: 0.06,
  /** A second antenna reads the same tag (collapsed downstream). */
  multiAntenna: 0.08,
  /** The device never hears the ack and sends the batch again. */
  lostAck: 0.02,
};

/**
 * Relative traffic by hour of the plaza's day (1 = the daily average): quiet nights, a morning
 * and an evening peak. Used to scale the configured rate, so `--rate 5` is the daily average.
 */
const hourlyCurve = [
  0.15, 0.1, 0.08, 0.08, 0.15, 0.5, 1.3, 1.9, 1.8, 1.2, 1.0, 1.05, 1.1, 1.1, 1.15, 1.4, 1.85, 1.95,
  1.5, 1.0, 0.75, 0.55, 0.4, 0.25,
];

export function trafficFactor(at: Date): number {
  return hourlyCurve[at.getUTCHours()] ?? 1;
}

/** The trips of one simulated vehicle passage: one read, or two when a second antenna reads it. */
export interface Passage {
  reads: TripEventV1[];
  /** Object keys of the images this passage produced (one per read with a plate). */
  imageKeys: string[];
}

const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function unknownPlate(random: Random): string {
  const part = Array.from({ length: 3 }, () => pick(random, [...letters])).join('');
  return `${part}-${String(Math.floor(random() * 10_000)).padStart(4, '0')}`;
}

/** A class mix by axles: mostly cars, some light trucks, a few heavy vehicles. */
function vehicleClass(random: Random): number {
  const roll = random();
  return roll < 0.86 ? 2 : roll < 0.94 ? 3 : roll < 0.98 ? 5 : 6;
}

/** A registered vehicle for `roll`'s share of the mix (tag or known plate), or none (unknown). */
function pickKnownVehicle(
  catalog: RoadCatalog,
  random: Random,
  roll: number,
): KnownVehicle | undefined {
  if (roll >= trafficMix.tag + trafficMix.knownPlate || catalog.vehicles.length === 0) {
    return undefined;
  }
  const tagged = catalog.vehicles.filter((vehicle) => vehicle.tagNo);
  return pick(random, roll < trafficMix.tag && tagged.length > 0 ? tagged : catalog.vehicles);
}

/**
 * One vehicle passing a lane at `at`. Event ids are the device's own (`<device>-<sequence>`), so a
 * retried batch repeats them and the database posts each once. With `vehicle`, that vehicle
 * passes: a tag read when it has a valid tag, else a clear plate read, so the trip posts at once.
 */
export function simulatePassage(
  catalog: RoadCatalog,
  random: Random,
  at: Date,
  nextSequence: (lane: SimLane) => number,
  vehicle?: KnownVehicle,
): Passage {
  const lane = pick(random, catalog.lanes);
  const roll = random();
  const known = vehicle ?? pickKnownVehicle(catalog, random, roll);
  const readTag = vehicle
    ? (vehicle.tagNo ?? undefined)
    : roll < trafficMix.tag && known?.tagNo
      ? known.tagNo
      : undefined;
  // A chosen vehicle (a new driver's first trip) is never sent to image review.
  const lowConfidence = !vehicle && random() < trafficMix.lowConfidence;
  const plateText = known ? known.plate : unknownPlate(random);
  const confidence = lowConfidence ? 0.4 + random() * 0.3 : 0.9 + random() * 0.099;

  const read = (offsetMs: number, withImage: boolean): TripEventV1 => {
    const eventId = `${lane.deviceName}-${nextSequence(lane).toString(36).padStart(8, '0')}`;
    const day = at.toISOString().slice(0, 10).replaceAll('-', '/');
    return {
      schema: 'trip.v1',
      eventId,
      deviceId: lane.deviceName,
      plazaId: lane.plazaCode,
      laneId: lane.laneCode,
      direction: lane.direction,
      occurredAt: new Date(at.getTime() + offsetMs).toISOString(),
      ...(readTag ? { tagId: readTag } : {}),
      plate: {
        jurisdiction: known?.jurisdiction ?? 'NC',
        text: plateText,
        confidence: Math.round(confidence * 1000) / 1000,
      },
      vehicleClass: known?.vehicleClass ?? vehicleClass(random),
      imageKeys: withImage ? [`evidence/${day}/${eventId}-rear.svg`] : [],
    };
  };

  const reads = [read(0, true)];
  if (readTag && random() < trafficMix.multiAntenna) reads.push(read(150 + random() * 400, false));
  return { reads, imageKeys: reads.flatMap((trip) => trip.imageKeys) };
}
