/**
 * The pure part of a batch: which disposition each read gets, who pays, and at what rate. No
 * I/O: the lookups are passed in as data. Posting to balances happens later, under the account
 * locks (post-charges.ts), because it depends on what earlier trips did to the balance.
 */
import type { RateExplanation as StoredExplanation } from '../adapters/database/schema/index.ts';
import type { Direction as StoredDirection } from '../adapters/database/schema/index.ts';
import type { ReadType, TripStatus } from '../adapters/database/schema/index.ts';
import {
  collapseReads,
  matchTrip,
  normalisePlate,
  normalisePlateText,
  tripAgeDisposition,
} from '../domain/index.ts';
import type { ConfigVersion, Direction, Disposition, Match, RateKind } from '../domain/index.ts';
import type { BatchLookups, PlazaInfo } from './batch-lookups.ts';
import { holidaysAt, priceColumns, priceOf } from './trip-pricing.ts';
import type { Price } from './trip-pricing.ts';
import { rulesAt } from './processor-rules.ts';
import type { TripEvent } from './trip-event.ts';

/** A trips row to insert. */
export interface TripDraft {
  readonly eventId: string;
  readonly deviceId: number;
  readonly plazaId: number;
  readonly laneId: number;
  readonly direction: StoredDirection;
  readonly occurredAt: Date;
  readonly receivedAt: Date;
  readonly tagNo: string | null;
  readonly plate: string | null;
  readonly jurisdiction: string | null;
  readonly ocrConfidence: number | null;
  readonly vehicleClass: number;
  readonly imageKeys: readonly string[];
  readonly accountId: number | null;
  readonly status: TripStatus;
  readonly readType: ReadType;
  amountCents: number | null;
  rateScheduleId: number | null;
  rateExplanation: StoredExplanation | null;
}

/** A trip to debit from a prepaid or fleet account; the rate kind is decided when posting. */
export interface LedgerCharge {
  readonly eventId: string;
  readonly accountId: number;
  readonly occurredAt: Date;
  readonly plazaCode: string;
  /** The tag that identified the account; its status when posting picks the tag or plate rate. */
  readonly tagNo: string | null;
  readonly tagPrice: Price | null;
  readonly platePrice: Price;
}

export type ReadDecision =
  | { readonly kind: 'duplicate'; readonly read: TripEvent; readonly duplicateOf: string }
  | {
      readonly kind: 'rejected';
      readonly read: TripEvent;
      readonly disposition: Exclude<Disposition, 'posted' | 'duplicate'>;
      readonly reason: string;
    }
  | {
      readonly kind: 'trip';
      readonly read: TripEvent;
      readonly draft: TripDraft;
      readonly disposition: 'posted' | 'not_posted';
      readonly plazaCode: string;
      readonly charge: LedgerCharge | null;
    };

export interface PlanContext {
  readonly lookups: BatchLookups;
  readonly configuration: readonly ConfigVersion[];
  /** Passages already posted by an earlier batch under another antenna's event id. */
  readonly earlierPassages: ReadonlyMap<string, string>;
  readonly maxFutureSkewSeconds: number;
}

const STORED_DIRECTION: Readonly<Record<Direction, StoredDirection>> = {
  N: 'NB',
  S: 'SB',
  E: 'EB',
  W: 'WB',
};

/**
 * Collapses multi-antenna reads, each read with the duplicate window in force at its own time
 * (reads under different windows are never one passage: the window changed between them).
 */
export function collapseBatch(
  reads: readonly TripEvent[],
  configuration: readonly ConfigVersion[],
) {
  const byWindow = new Map<number, TripEvent[]>();
  for (const read of reads) {
    const window = rulesAt(configuration, read.occurredAt).duplicateWindowSeconds;
    const group = byWindow.get(window);
    if (group === undefined) byWindow.set(window, [read]);
    else group.push(read);
  }
  const passages: TripEvent[] = [];
  const duplicates: { read: TripEvent; duplicateOf: string }[] = [];
  for (const [window, group] of byWindow) {
    const collapsed = collapseReads(group, window);
    passages.push(...(collapsed.passages as TripEvent[]));
    duplicates.push(
      ...collapsed.duplicates.map((d) => ({
        read: d.read as TripEvent,
        duplicateOf: d.duplicateOf,
      })),
    );
  }
  return { passages, duplicates };
}

export function planPassage(read: TripEvent, context: PlanContext): ReadDecision {
  const earlier = context.earlierPassages.get(read.eventId);
  if (earlier !== undefined) return { kind: 'duplicate', read, duplicateOf: earlier };

  const rules = rulesAt(context.configuration, read.occurredAt);
  const age = tripAgeDisposition(read.occurredAt, read.receivedAt, {
    tooOldDays: rules.tooOldDays,
    maxFutureSkewSeconds: context.maxFutureSkewSeconds,
  });
  if (age === 'too_old') return reject(read, 'too_old', `older than ${rules.tooOldDays} days`);
  if (age === 'invalid') return reject(read, 'invalid', 'occurredAt is after receivedAt');

  const { lookups } = context;
  const plaza = lookups.plazas.get(read.plazaId);
  if (plaza === undefined) return reject(read, 'invalid', `unknown plaza ${read.plazaId}`);
  const laneId = plaza.lanes.get(read.laneId);
  if (laneId === undefined) return reject(read, 'invalid', `unknown lane ${read.laneId}`);
  const deviceId = lookups.devices.get(read.deviceId);
  if (deviceId === undefined) return reject(read, 'invalid', `unknown device ${read.deviceId}`);

  const plateKey = plateKeyOf(read);
  const match = matchTrip(read, {
    tag: read.tagId === undefined ? undefined : lookups.tags.get(read.tagId),
    vehicles: plateKey === null ? [] : (lookups.vehicles.get(plateKey.key) ?? []),
    ocrConfidenceThreshold: rules.ocrConfidenceThreshold,
  });
  if (match.kind === 'reject') {
    // matchTrip rejects only as not on file: nobody to bill.
    const disposition =
      match.disposition === 'posted' || match.disposition === 'duplicate'
        ? 'not_on_file'
        : match.disposition;
    return reject(read, disposition, match.reason);
  }

  const draft = draftOf(read, plaza, laneId, deviceId, match);
  if (match.kind === 'review') {
    return {
      kind: 'trip',
      read,
      draft,
      disposition: 'not_posted',
      plazaCode: plaza.code,
      charge: null,
    };
  }
  const rateKind: RateKind = match.kind === 'tag' ? match.rateKind : 'plate';
  const holidays = holidaysAt(context.configuration, read.occurredAt);
  const price = priceOf(read, plaza, lookups, rateKind, holidays);
  if (typeof price === 'string')
    return price.startsWith('no_schedule')
      ? reject(read, 'system_error', price)
      : reject(read, 'invalid', price);
  const accountId = match.kind === 'toll_by_plate' ? null : Number(match.accountId);
  const billedByInvoice =
    accountId === null || accountTypeOf(read, match, lookups) === 'toll_by_plate';
  if (billedByInvoice) {
    Object.assign(draft, priceColumns(price), { status: 'unbilled' });
    return {
      kind: 'trip',
      read,
      draft,
      disposition: 'posted',
      plazaCode: plaza.code,
      charge: null,
    };
  }
  const platePrice =
    rateKind === 'plate' ? price : priceOf(read, plaza, lookups, 'plate', holidays);
  const tagPrice =
    match.kind !== 'tag'
      ? null
      : rateKind === 'tag'
        ? price
        : priceOf(read, plaza, lookups, 'tag', holidays);
  if (typeof platePrice === 'string' || typeof tagPrice === 'string') {
    return reject(read, 'invalid', 'the schedule has a tag rate but no plate rate');
  }
  Object.assign(draft, priceColumns(price));
  const charge: LedgerCharge = {
    eventId: read.eventId,
    accountId,
    occurredAt: read.occurredAt,
    plazaCode: plaza.code,
    tagNo: match.kind === 'tag' ? (read.tagId ?? null) : null,
    tagPrice,
    platePrice,
  };
  return { kind: 'trip', read, draft, disposition: 'posted', plazaCode: plaza.code, charge };
}

function reject(
  read: TripEvent,
  disposition: Exclude<Disposition, 'posted' | 'duplicate'>,
  reason: string,
): ReadDecision {
  return { kind: 'rejected', read, disposition, reason };
}

function plateKeyOf(read: TripEvent) {
  if (read.plate === undefined) return null;
  const normalised = normalisePlate(read.plate.jurisdiction, read.plate.text);
  return normalised.ok ? normalised.plate : null;
}

function accountTypeOf(read: TripEvent, match: Match, lookups: BatchLookups) {
  if (match.kind === 'tag') return lookups.tags.get(read.tagId ?? '')?.accountType;
  if (match.kind !== 'plate') return undefined;
  const vehicles = lookups.vehicles.get(match.plateKey) ?? [];
  return vehicles.find((v) => v.accountId === match.accountId)?.accountType;
}

function draftOf(
  read: TripEvent,
  plaza: PlazaInfo,
  laneId: number,
  deviceId: number,
  match: Exclude<Match, { kind: 'reject' }>,
): TripDraft {
  const plate = plateKeyOf(read);
  const review = match.kind === 'review';
  return {
    eventId: read.eventId,
    deviceId,
    plazaId: plaza.id,
    laneId,
    direction: STORED_DIRECTION[read.direction],
    occurredAt: read.occurredAt,
    receivedAt: read.receivedAt,
    tagNo: read.tagId ?? null,
    plate: plate?.number ?? (read.plate ? normalisePlateText(read.plate.text) : null),
    jurisdiction: plate?.jurisdiction ?? read.plate?.jurisdiction.trim().toUpperCase() ?? null,
    ocrConfidence: read.plate?.confidence ?? null,
    vehicleClass: read.vehicleClass,
    imageKeys: read.imageKeys,
    accountId: match.kind === 'tag' || match.kind === 'plate' ? Number(match.accountId) : null,
    status: review ? 'review' : 'posted',
    readType: review ? 'review' : match.kind === 'tag' ? 'tag' : 'plate',
    amountCents: null,
    rateScheduleId: null,
    rateExplanation: null,
  };
}
