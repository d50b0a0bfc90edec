import { HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, filter, map, of, switchMap } from 'rxjs';
import { ReviewApi } from '../data/review.api';
import type { ReviewItem } from '../data/review.api';
import { ReviewApiActions, ReviewPageActions } from './review.actions';

/** Claims the next item on arrival, on retry, and after every decision (or a lost race). */
export const loadNextReview = createEffect(
  (actions$ = inject(Actions), api = inject(ReviewApi)) => {
    return actions$.pipe(
      ofType(
        ReviewPageActions.opened,
        ReviewPageActions.retryRequested,
        ReviewApiActions.decisionSucceeded,
        ReviewApiActions.decisionFailed,
      ),
      filter((action) => !('gone' in action) || action.gone),
      switchMap(() =>
        api.next().pipe(
          map((next) => ReviewApiActions.nextLoaded({ next })),
          catchError(() => of(ReviewApiActions.nextFailed())),
        ),
      ),
    );
  },
  { functional: true },
);

/** Fetches the first evidence image of a newly shown item as an object URL. */
export const loadReviewImage = createEffect(
  (actions$ = inject(Actions), api = inject(ReviewApi)) => {
    return actions$.pipe(
      ofType(ReviewApiActions.nextLoaded),
      map(({ next }) => next.item),
      filter((item): item is ReviewItem => item !== null && item.imageKeys.length > 0),
      switchMap(({ tripId }) => {
        return api.image(tripId, 0).pipe(
          map((blob) => ReviewApiActions.imageLoaded({ tripId, url: URL.createObjectURL(blob) })),
          catchError(() => of(ReviewApiActions.imageMissing({ tripId }))),
        );
      }),
    );
  },
  { functional: true },
);

/** Sends a decision; a second key press while one is in flight is ignored (exhaustMap). */
export const decideReview = createEffect(
  (actions$ = inject(Actions), api = inject(ReviewApi)) => {
    return actions$.pipe(
      ofType(ReviewPageActions.decisionMade),
      exhaustMap(({ tripId, decision }) =>
        api.decide(tripId, decision).pipe(
          map((outcome) =>
            ReviewApiActions.decisionSucceeded({ outcome, decision: decision.decision }),
          ),
          catchError((error: unknown) =>
            of(
              ReviewApiActions.decisionFailed({
                message: messageOf(error),
                gone: error instanceof HttpErrorResponse && error.status === 409,
              }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** The BFF's own message for a refused decision (written for people), else a generic text key. */
function messageOf(error: unknown): string {
  if (error instanceof HttpErrorResponse && error.status < 500) {
    const body = error.error as { message?: unknown } | null;
    if (body && typeof body.message === 'string') return body.message;
  }
  return 'agent.review.error.generic';
}
