import { Injectable, inject } from '@angular/core';
import { ApiClient, claimNextReview, decideReview, getReviewImage } from '@beaus/shared';
import type { ParamsOf, ResponseOf } from '@beaus/shared';
import type { Observable } from 'rxjs';

/** The next item (claimed for this agent) and how many trips wait in review. */
export type NextReview = ResponseOf<typeof claimNextReview>;
export type ReviewItem = NonNullable<NextReview['item']>;
export type ReviewDecision = ParamsOf<typeof decideReview>['body'];
export type ReviewDecisionKind = ReviewDecision['decision'];
export type ReviewOutcome = ResponseOf<typeof decideReview>;

/** The image review queue over the generated client (provided by the feature's routes). */
@Injectable()
export class ReviewApi {
  private readonly api = inject(ApiClient);

  /** Claims the oldest unclaimed trip in review, or the one this agent already holds. */
  next(): Observable<NextReview> {
    return this.api.call(claimNextReview, {});
  }

  /** An evidence image of the claimed trip, as a blob (the request carries the agent's token). */
  image(tripId: number, index: number): Observable<Blob> {
    return this.api.call(getReviewImage, { tripId, index });
  }

  decide(tripId: number, body: ReviewDecision): Observable<ReviewOutcome> {
    return this.api.call(decideReview, { tripId, body });
  }
}
