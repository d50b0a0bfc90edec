/**
 * The trip as the domain sees it, and the shared vocabularies (tag statuses, NIOP dispositions)
 * that ingest, matching, posting and reconciliation all speak.
 */

/** Statuses of a transponder. The first three follow the balance; the last three are set by people. */
export const TAG_STATUSES = [
  'valid',
  'low_balance',
  'invalid',
  'inactive',
  'lost',
  'stolen',
] as const;
export type TagStatus = (typeof TAG_STATUSES)[number];

/**
 * Posting dispositions, named as in the NIOP interoperability spec (Posted, Duplicate, Invalid,
 * Not posted, System error, Format error, not on file "C", too Old), so ingest results and
 * reconciliation with other agencies use one vocabulary.
 */
export const DISPOSITIONS = [
  'posted',
  'duplicate',
  'invalid',
  'not_posted',
  'system_error',
  'format_error',
  'not_on_file',
  'too_old',
] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

/** The rate a trip is charged at: the lower electronic (tag) rate or the video (plate) rate. */
export type RateKind = 'tag' | 'plate';

export type Direction = 'N' | 'S' | 'E' | 'W';

/** A plate as read by the roadside camera, before normalisation. */
export interface PlateRead {
  /** State or province, e.g. 'NC', 'ON'. */
  readonly jurisdiction: string;
  /** The characters as read by OCR. */
  readonly text: string;
  /** OCR confidence, 0 to 1. */
  readonly confidence: number;
}

/** One read from a roadside device (several antennas may read one passage). */
export interface TripRead {
  /** The device's event id: unique per passage read, repeated when the device retries. */
  readonly eventId: string;
  readonly plazaId: string;
  readonly laneId: string;
  readonly direction: Direction;
  /** When the vehicle passed, by the device's clock: trips rate by this time, not arrival. */
  readonly occurredAt: Date;
  readonly tagId?: string;
  readonly plate?: PlateRead;
  /** Measured vehicle class (axles). */
  readonly vehicleClass: number;
  readonly imageKeys: readonly string[];
}

export interface TripAgeLimits {
  /** Reads older than this many days (rule `ingest.too_old_days`) go to the exception queue. */
  readonly tooOldDays: number;
  /** How far ahead of our clock a device clock may run before its time is not believed. */
  readonly maxFutureSkewSeconds: number;
}

const DAY_MS = 86_400_000;

/**
 * 'too_old' for a read older than the limit and 'invalid' for one dated implausibly far in the
 * future (a broken device clock); null when the read's own time can be used. Late and
 * out-of-order reads within the limit are normal (lane controllers buffer) and rate by their time.
 */
export function tripAgeDisposition(
  occurredAt: Date,
  now: Date,
  limits: TripAgeLimits,
): 'too_old' | 'invalid' | null {
  const age = now.getTime() - occurredAt.getTime();
  if (Number.isNaN(age)) return 'invalid';
  if (age > limits.tooOldDays * DAY_MS) return 'too_old';
  if (-age > limits.maxFutureSkewSeconds * 1000) return 'invalid';
  return null;
}
