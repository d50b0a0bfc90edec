import { index, pgTable, real, text } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { at, cents, id, oneOf, ref } from './columns.ts';
import { trips } from './trips.ts';
import { users } from './users.ts';

export const reviewDecisionKinds = ['confirm', 'correct', 'unreadable'] as const;
export type ReviewDecisionKind = (typeof reviewDecisionKinds)[number];

/**
 * Who is looking at which image-review item, until when. One row per trip (the primary key):
 * a claim is taken with a conditional upsert, so two agents can never hold the same trip; an
 * expired claim is simply taken over by the next agent who asks.
 */
export const reviewClaims = pgTable(
  'review_claims',
  {
    tripId: ref('trip_id')
      .primaryKey()
      .references(() => trips.id),
    reviewerId: ref('reviewer_id').references(() => users.id),
    reviewerUsername: text('reviewer_username').notNull(),
    claimedAt: at('claimed_at').notNull().defaultNow(),
    expiresAt: at('expires_at').notNull(),
  },
  (t) => [index('review_claims_reviewer_idx').on(t.reviewerUsername, t.expiresAt)],
);

/**
 * The outcome of each image review, one per trip (UNIQUE: a trip is decided once, so a second
 * decision is refused rather than posting twice). Kept per reviewer with the OCR reading beside
 * the final plate, so throughput, time per review and corrections per agent are one query.
 */
export const reviewDecisions = pgTable(
  'review_decisions',
  {
    id: id(),
    tripId: ref('trip_id')
      .notNull()
      .unique()
      .references(() => trips.id),
    reviewerId: ref('reviewer_id').references(() => users.id),
    reviewerUsername: text('reviewer_username').notNull(),
    decision: text('decision', { enum: reviewDecisionKinds }).notNull(),
    ocrJurisdiction: text('ocr_jurisdiction'),
    ocrPlate: text('ocr_plate'),
    ocrConfidence: real('ocr_confidence'),
    /** The plate the trip was posted under; null when unreadable. */
    jurisdiction: text('jurisdiction'),
    plate: text('plate'),
    accountId: ref('account_id').references(() => accounts.id),
    amountCents: cents('amount_cents'),
    /** Why nothing was posted (unreadable), for the exception report. */
    reason: text('reason'),
    claimedAt: at('claimed_at'),
    decidedAt: at('decided_at').notNull().defaultNow(),
  },
  (t) => [
    oneOf('review_decisions_decision_check', t.decision, reviewDecisionKinds),
    index('review_decisions_reviewer_idx').on(t.reviewerUsername, t.decidedAt),
    index('review_decisions_decided_at_idx').on(t.decidedAt),
  ],
);
