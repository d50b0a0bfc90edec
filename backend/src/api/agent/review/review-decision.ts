/**
 * An agent's decision on a trip in review. Confirm and correct post the trip through the stream
 * processor's own matching, rating and posting (postReviewedTrip); unreadable parks it as a dead
 * letter with no money. One decision per trip: the trip row is locked, and a decided trip (or a
 * decision row, UNIQUE per trip) makes any second decision a 409. The decision row, the audit
 * entry and the posting commit in one transaction.
 */
import type { Database } from '../../../adapters/database/database.ts';
import type { Principal } from '../../../adapters/identity/principal.ts';
import { reviewDecisions } from '../../../adapters/database/schema/index.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { BeausError, conflict, notFound } from '../../../platform/errors.ts';
import { planReviewedTrip, postReviewedTrip } from '../../../stream/post-reviewed-trip.ts';
import type { ReviewedTripPlan } from '../../../stream/post-reviewed-trip.ts';
import { queryRows } from '../../../stream/sql-rows.ts';
import { staffActor } from '../account/action-context.ts';
import type { ReviewDecisionBody, ReviewDecisionResult } from './review.schemas.ts';

export interface ReviewDecisionContext {
  readonly principal: Principal;
  readonly tripId: number;
  readonly requestId: string;
  readonly now: Date;
}

export interface DecidedReview extends ReviewDecisionResult {
  /** For the projection update after the commit. */
  readonly plazaCode: string;
  readonly occurredAt: Date;
}

interface LockedTrip {
  status: string;
  plate: string | null;
  jurisdiction: string | null;
  ocr_confidence: number | null;
  plaza_code: string;
  occurred_at: Date;
  claimed_by: string | null;
  claimed_at: Date | null;
  decided: boolean;
}

const invalid = (field: string, message: string) =>
  new BeausError(400, 'BEAUS_ERR_VALIDATION', `body/${field} ${message}`);

export async function decideReview(
  database: Database,
  context: ReviewDecisionContext,
  body: ReviewDecisionBody,
): Promise<DecidedReview> {
  const plan = await planDecision(database, context.tripId, body);
  return database.transaction(async (tx) => {
    const actor = await staffActor(tx, context.principal);
    const [trip] = await queryRows<LockedTrip>(
      tx,
      `select t.status, t.plate, t.jurisdiction, t.ocr_confidence, p.code as plaza_code,
              t.occurred_at, c.reviewer_username as claimed_by, c.claimed_at,
              exists (select 1 from review_decisions d where d.trip_id = t.id) as decided
       from trips t join plazas p on p.id = t.plaza_id
         left join review_claims c on c.trip_id = t.id
       where t.id = $1
       for update of t`,
      [context.tripId],
    );
    if (!trip) throw notFound(`No trip ${context.tripId}.`);
    if (trip.decided || trip.status !== 'review') {
      throw conflict('This trip has already been decided.');
    }
    if (trip.claimed_by !== actor.username) {
      throw conflict('Another agent is reviewing this trip; take the next one.');
    }
    const ocr = {
      jurisdiction: trip.jurisdiction,
      plate: trip.plate,
      confidence: trip.ocr_confidence === null ? null : Number(trip.ocr_confidence),
    };

    let outcome: Omit<ReviewDecisionResult, 'decision' | 'tripId' | 'decidedAt'>;
    let reason: string | null = null;
    if (body.decision === 'unreadable') {
      reason = body.reason?.trim() || 'plate unreadable';
      await queryRows(tx, `update trips set status = 'dead_letter' where id = $1`, [
        context.tripId,
      ]);
      outcome = {
        status: 'dead_letter',
        jurisdiction: null,
        plate: null,
        accountId: null,
        amountCents: 0,
      };
    } else {
      if (plan === null) throw conflict('This trip has already been decided.');
      const posted = await postReviewedTrip(tx, plan, context.now);
      const { status, jurisdiction, plate, accountId, amountCents } = posted;
      outcome = { status, jurisdiction, plate, accountId, amountCents };
    }

    await tx.insert(reviewDecisions).values({
      tripId: context.tripId,
      reviewerId: actor.id,
      reviewerUsername: actor.username,
      decision: body.decision,
      ocrJurisdiction: ocr.jurisdiction,
      ocrPlate: ocr.plate,
      ocrConfidence: ocr.confidence,
      jurisdiction: outcome.jurisdiction,
      plate: outcome.plate,
      accountId: outcome.accountId,
      amountCents: body.decision === 'unreadable' ? null : outcome.amountCents,
      reason,
      claimedAt: trip.claimed_at === null ? null : new Date(trip.claimed_at),
      decidedAt: context.now,
    });
    await queryRows(tx, 'delete from review_claims where trip_id = $1', [context.tripId]);
    await recordAudit(tx, {
      actor,
      action: `trip.review_${body.decision === 'unreadable' ? 'rejected' : body.decision + 'ed'}`,
      entityType: 'trip',
      entityId: context.tripId,
      before: { status: 'review', ...ocr },
      after: { decision: body.decision, reason, ...outcome },
      requestId: context.requestId,
    });
    return {
      tripId: context.tripId,
      decision: body.decision,
      ...outcome,
      decidedAt: context.now.toISOString(),
      plazaCode: trip.plaza_code,
      occurredAt: new Date(trip.occurred_at),
    };
  });
}

/**
 * Matches and rates the plate before the transaction, as the processor does its lookups before
 * a batch's. Null when there is nothing to post (unreadable) or the trip is no longer in review
 * (the transaction then answers 409); a plate that cannot be billed as read is a 400.
 */
async function planDecision(
  database: Database,
  tripId: number,
  body: ReviewDecisionBody,
): Promise<ReviewedTripPlan | null> {
  if (body.decision === 'unreadable') return null;
  const [trip] = await database.query<{
    status: string;
    plate: string | null;
    jurisdiction: string | null;
  }>('select status, plate, jurisdiction from trips where id = $1', [tripId]);
  if (!trip) throw notFound(`No trip ${tripId}.`);
  if (trip.status !== 'review') return null;
  const plan = await planReviewedTrip(database.db, tripId, plateOf(body, trip));
  if (plan.kind === 'refused') throw invalid('plate', plan.reason);
  return plan;
}

/** Confirm takes the OCR reading as it stands; correct needs both fields from the agent. */
function plateOf(
  body: ReviewDecisionBody,
  ocr: { jurisdiction: string | null; plate: string | null },
): { jurisdiction: string; text: string } {
  if (body.decision === 'correct') {
    if (!body.jurisdiction?.trim()) throw invalid('jurisdiction', 'is required to correct');
    if (!body.plate?.trim()) throw invalid('plate', 'is required to correct');
    return { jurisdiction: body.jurisdiction.trim().toUpperCase(), text: body.plate };
  }
  if (ocr.plate === null || ocr.jurisdiction === null) {
    throw invalid('decision', 'there is no plate reading to confirm; correct it instead');
  }
  return { jurisdiction: ocr.jurisdiction, text: ocr.plate };
}
