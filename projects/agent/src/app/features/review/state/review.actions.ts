import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { NextReview, ReviewDecision, ReviewOutcome } from '../data/review.api';

export const ReviewPageActions = createActionGroup({
  source: 'Review Page',
  events: {
    Opened: emptyProps(),
    'Decision Made': props<{ tripId: number; decision: ReviewDecision }>(),
    'Retry Requested': emptyProps(),
  },
});

export const ReviewApiActions = createActionGroup({
  source: 'Review API',
  events: {
    'Next Loaded': props<{ next: NextReview }>(),
    'Next Failed': emptyProps(),
    'Image Loaded': props<{ tripId: number; url: string }>(),
    'Image Missing': props<{ tripId: number }>(),
    'Decision Succeeded': props<{ outcome: ReviewOutcome; decision: ReviewDecision['decision'] }>(),
    /** `gone`: the trip was decided or taken by someone else meanwhile; move on to the next. */
    'Decision Failed': props<{ message: string; gone: boolean }>(),
  },
});
