/**
 * Who pays for a trip (BRIEF §2 Matching). Pure: the caller looks up the tag record and the
 * vehicles registered under the read plate, and passes them in as plain data.
 */
import { normalisePlate, defaultPlateValidators } from './plate.ts';
import type { PlateKey, PlateValidator } from './plate.ts';
import type { Disposition, PlateRead, RateKind, TagStatus, TripRead } from './trip.ts';

export interface TagRecord {
  readonly tagId: string;
  readonly accountId: string;
  readonly status: TagStatus;
}

/** A vehicle on an account; active from `activeFrom` until (excluding) `activeUntil`. */
export interface RegisteredVehicle {
  readonly accountId: string;
  readonly plateKey: PlateKey;
  readonly activeFrom: Date;
  readonly activeUntil?: Date;
}

export interface MatchLookups {
  /** The record of the trip's tag id, or undefined when it is not on file. */
  readonly tag?: TagRecord;
  /** Vehicles registered under the trip's plate key (the caller may pre-filter by time). */
  readonly vehicles: readonly RegisteredVehicle[];
  /** Plate reads below this OCR confidence (0 to 1) go to image review. */
  readonly ocrConfidenceThreshold: number;
  readonly plateValidators?: Readonly<Record<string, PlateValidator>>;
}

export type ReviewReason = 'low_confidence' | 'unreadable_plate' | 'ambiguous_plate';
export type RejectReason = 'no_identifier' | 'tag_not_usable';

export type Match =
  /** The tag identifies the account; an invalid tag still does, but rates at the plate rate. */
  | {
      readonly kind: 'tag';
      readonly accountId: string;
      readonly tagStatus: TagStatus;
      readonly rateKind: RateKind;
    }
  /** The plate is an active vehicle of the account: video rate. */
  | { readonly kind: 'plate'; readonly accountId: string; readonly plateKey: PlateKey }
  /** No account: the registered owner of the plate is invoiced. */
  | { readonly kind: 'toll_by_plate'; readonly plateKey: PlateKey }
  | { readonly kind: 'review'; readonly reason: ReviewReason; readonly detail?: string }
  | { readonly kind: 'reject'; readonly disposition: Disposition; readonly reason: RejectReason };

/** Tag statuses that identify the account. Low balance still pays at the tag rate. */
const IDENTIFYING: Readonly<Record<TagStatus, RateKind | null>> = {
  valid: 'tag',
  low_balance: 'tag',
  // At or below zero the tag is suspended: we still know whose it is, at the video rate.
  invalid: 'plate',
  // Lost, stolen or deactivated tags may be in the wrong car: ignore them, trust the plate.
  inactive: null,
  lost: null,
  stolen: null,
};

export function matchTrip(trip: TripRead, lookups: MatchLookups): Match {
  const tag = trip.tagId === undefined ? undefined : lookups.tag;
  if (tag !== undefined && tag.tagId === trip.tagId) {
    const rateKind = IDENTIFYING[tag.status];
    if (rateKind !== null) {
      return { kind: 'tag', accountId: tag.accountId, tagStatus: tag.status, rateKind };
    }
  }
  if (trip.plate !== undefined) return matchPlate(trip, trip.plate, lookups);
  return {
    kind: 'reject',
    disposition: 'not_on_file',
    reason: trip.tagId === undefined ? 'no_identifier' : 'tag_not_usable',
  };
}

function matchPlate(trip: TripRead, read: PlateRead, lookups: MatchLookups): Match {
  // Checked before any lookup: a doubtful read must never bill whichever account it happens to hit.
  if (!(read.confidence >= lookups.ocrConfidenceThreshold)) {
    return { kind: 'review', reason: 'low_confidence' };
  }
  const normalised = normalisePlate(
    read.jurisdiction,
    read.text,
    lookups.plateValidators ?? defaultPlateValidators,
  );
  if (!normalised.ok) {
    return { kind: 'review', reason: 'unreadable_plate', detail: normalised.problem };
  }

  const key = normalised.plate.key;
  const accounts = [
    ...new Set(
      lookups.vehicles
        .filter((v) => v.plateKey === key && isActiveAt(v, trip.occurredAt))
        .map((v) => v.accountId),
    ),
  ];
  const [only] = accounts;
  if (only !== undefined && accounts.length === 1) {
    return { kind: 'plate', accountId: only, plateKey: key };
  }
  if (accounts.length > 1) {
    // Two accounts claim the plate at the same moment (a sold car not yet removed): a person decides.
    return { kind: 'review', reason: 'ambiguous_plate', detail: accounts.sort().join(',') };
  }
  return { kind: 'toll_by_plate', plateKey: key };
}

function isActiveAt(vehicle: RegisteredVehicle, at: Date): boolean {
  const t = at.getTime();
  return (
    vehicle.activeFrom.getTime() <= t &&
    (vehicle.activeUntil === undefined || t < vehicle.activeUntil.getTime())
  );
}
