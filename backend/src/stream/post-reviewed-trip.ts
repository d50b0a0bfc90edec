/**
 * Posting a trip a person has read: the image-review queue's confirm / correct decisions. The
 * trip row already exists (status 'review'); here it is matched, rated and posted by the same
 * planner, posting rules and writers as a batch (planPassage, postCharges, batch-writes), as one
 * read whose plate is now certain. As in a batch, the lookups come first (planReviewedTrip) and
 * the posting runs in the caller's transaction (postReviewedTrip), so the review decision, its
 * audit entry and the money commit together or not at all.
 */
import type { Cache } from '../adapters/cache/cache.ts';
import type { BeausDb } from '../adapters/database/database.ts';
import type {
  Direction as StoredDirection,
  TripStatus,
} from '../adapters/database/schema/index.ts';
import type { ConfigVersion, Direction } from '../domain/index.ts';
import { loadBatchLookups, loadConfiguration } from './batch-lookups.ts';
import {
  applyTagChanges,
  insertTripEntries,
  lockAccountStates,
  recordTopUpRequests,
} from './batch-writes.ts';
import { planPassage } from './plan-trips.ts';
import type { ReadDecision, TripDraft } from './plan-trips.ts';
import { postCharges } from './post-charges.ts';
import { rulesAt } from './processor-rules.ts';
import { projectionKeys } from './projection-cache.ts';
import { addToMinuteRollup, minuteOf } from './projections.ts';
import { addToTrafficRollup, hourOf } from './traffic-rollup.ts';
import { asJson, queryRows } from './sql-rows.ts';
import { priceColumns } from './trip-pricing.ts';
import type { TripEvent } from './trip-event.ts';

export interface ReadPlate {
  readonly jurisdiction: string;
  readonly text: string;
}

export interface ReviewedTripPosting {
  readonly tripId: number;
  readonly plazaCode: string;
  readonly occurredAt: Date;
  readonly status: Extract<TripStatus, 'posted' | 'unbilled'>;
  readonly jurisdiction: string;
  readonly plate: string;
  readonly accountId: number | null;
  readonly amountCents: number;
}

const READ_DIRECTION: Readonly<Record<StoredDirection, Direction>> = {
  NB: 'N',
  SB: 'S',
  EB: 'E',
  WB: 'W',
};

interface ReviewRow {
  event_id: string;
  device: string;
  plaza_code: string;
  lane_code: string;
  direction: StoredDirection;
  occurred_at: Date;
  received_at: Date;
  tag_no: string | null;
  vehicle_class: number;
  image_keys: string[] | null;
}

/** A reviewed trip matched and rated, ready to post; the plan of the processor for one read. */
export interface ReviewedTripPlan {
  readonly kind: 'planned';
  readonly tripId: number;
  readonly decision: Extract<ReadDecision, { kind: 'trip' }>;
  readonly configuration: readonly ConfigVersion[];
}

/**
 * Matches and rates (schedule in force at the trip's own time) trip `tripId` under the plate a
 * person read. Only reads: like a batch, the lookups are made before the posting transaction.
 */
export async function planReviewedTrip(
  db: BeausDb,
  tripId: number,
  plate: ReadPlate,
): Promise<ReviewedTripPlan | { readonly kind: 'refused'; readonly reason: string }> {
  const [row] = await queryRows<ReviewRow>(
    db,
    `select t.event_id, d.name as device, p.code as plaza_code, l.code as lane_code, t.direction,
            t.occurred_at, t.received_at, t.tag_no, t.vehicle_class, t.image_keys
     from trips t join plazas p on p.id = t.plaza_id join lanes l on l.id = t.lane_id
       join roadside_devices d on d.id = t.device_id
     where t.id = $1 and t.status = 'review'`,
    [tripId],
  );
  if (row === undefined) return { kind: 'refused', reason: 'the trip is not waiting for review' };
  const read: TripEvent = {
    eventId: row.event_id,
    deviceId: row.device,
    plazaId: row.plaza_code,
    laneId: row.lane_code,
    direction: READ_DIRECTION[row.direction],
    occurredAt: new Date(row.occurred_at),
    receivedAt: new Date(row.received_at),
    ...(row.tag_no === null ? {} : { tagId: row.tag_no }),
    // A person has read the plate: full confidence, so matching no longer sends it to review.
    plate: { jurisdiction: plate.jurisdiction, text: plate.text, confidence: 1 },
    vehicleClass: Number(row.vehicle_class),
    imageKeys: row.image_keys ?? [],
  };
  const configuration = await loadConfiguration(db);
  const lookups = await loadBatchLookups(db, [read]);
  const decision = planPassage(read, {
    lookups,
    configuration,
    // The passage is already stored once, as this very row: there is no earlier one to collapse into.
    earlierPassages: new Map(),
    // Its arrival was judged when it came in; the same receivedAt gives the same verdict now.
    maxFutureSkewSeconds: Number.POSITIVE_INFINITY,
  });
  if (decision.kind !== 'trip' || decision.draft.status === 'review') {
    const reason =
      decision.kind === 'rejected'
        ? decision.reason
        : `the plate ${plate.text} is not a valid ${plate.jurisdiction} plate`;
    return { kind: 'refused', reason };
  }
  return { kind: 'planned', tripId, decision, configuration };
}

/**
 * Posts a planned reviewed trip in `tx`: the ledger entry under the account lock (tag and
 * top-up consequences included), the trip row, and the revenue in its minute. The caller holds
 * the trip row locked and has checked it is still waiting for review.
 */
export async function postReviewedTrip(
  tx: BeausDb,
  plan: ReviewedTripPlan,
  processedAt: Date,
): Promise<ReviewedTripPosting> {
  const { tripId, configuration } = plan;
  const { draft, charge, plazaCode } = plan.decision;
  let amountCents = draft.amountCents ?? 0;
  let rated = priceColumnsOf(draft);
  if (charge !== null) {
    const accounts = await lockAccountStates(tx, [charge.accountId]);
    const posting = postCharges(
      accounts,
      [charge],
      (at) => rulesAt(configuration, at).lowBalanceThresholdCents,
    );
    const [posted] = posting.posted;
    if (posted === undefined) throw new Error(`account ${charge.accountId} was not posted`);
    rated = priceColumns(posted.price);
    amountCents = posted.price.amountCents;
    if (amountCents !== 0) {
      await insertTripEntries(tx, [
        {
          tripId,
          accountId: charge.accountId,
          amountCents: posted.entry.amountCents,
          description: posted.entry.description,
        },
      ]);
    }
    await applyTagChanges(tx, posting.tagChanges);
    await recordTopUpRequests(tx, posting.topUps);
  }
  const status = draft.status === 'unbilled' ? 'unbilled' : 'posted';
  await queryRows(
    tx,
    `update trips set plate = $2, jurisdiction = $3, account_id = $4, status = $5,
       amount_cents = $6, rate_schedule_id = $7, rate_explanation = $8::jsonb,
       posted_at = case when $5 = 'posted' then $9::timestamptz end
     where id = $1`,
    [
      tripId,
      draft.plate,
      draft.jurisdiction,
      draft.accountId,
      status,
      amountCents,
      rated.rateScheduleId,
      rated.rateExplanation === null ? null : asJson(rated.rateExplanation),
      processedAt.toISOString(),
    ],
  );
  // The trip was counted in its minute and hour when it arrived (as a review read, no revenue).
  await addToMinuteRollup(tx, [
    {
      plazaId: draft.plazaId,
      plazaCode,
      minute: minuteOf(draft.occurredAt),
      trips: 0,
      revenueCents: amountCents,
      tagReads: 0,
      plateReads: 0,
      reviewReads: 0,
      occurredLagMs: 0,
      receivedLagMs: 0,
    },
  ]);
  await addToTrafficRollup(tx, [
    {
      plazaId: draft.plazaId,
      hour: hourOf(draft.occurredAt),
      vehicleClass: draft.vehicleClass,
      trips: 0,
      revenueCents: amountCents,
      tagReads: 0,
      plateReads: 0,
      reviewReads: 0,
    },
  ]);
  return {
    tripId,
    plazaCode,
    occurredAt: draft.occurredAt,
    status,
    jurisdiction: draft.jurisdiction ?? '',
    plate: draft.plate ?? '',
    accountId: draft.accountId,
    amountCents,
  };
}

function priceColumnsOf(draft: TripDraft) {
  return { rateScheduleId: draft.rateScheduleId, rateExplanation: draft.rateExplanation };
}

/**
 * After the commit: one fewer trip waiting at the plaza, and the revenue in its minute. When
 * the cache has lost its marker the next batch rebuilds it from Postgres, which already has this.
 */
export async function applyReviewToCache(
  cache: Cache,
  decided: { plazaCode: string; occurredAt: Date; amountCents: number },
): Promise<void> {
  if ((await cache.get(projectionKeys.ready)) === null) return;
  await cache.hashIncrBy(projectionKeys.reviewBacklog, decided.plazaCode, -1);
  if (decided.amountCents !== 0) {
    await cache.hashIncrBy(
      projectionKeys.minute(minuteOf(decided.occurredAt)),
      `${decided.plazaCode}|revenueCents`,
      decided.amountCents,
    );
  }
}
