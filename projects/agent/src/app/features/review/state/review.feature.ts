import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ReviewDecisionKind, ReviewItem } from '../data/review.api';
import { ReviewApiActions, ReviewPageActions } from './review.actions';

export type ReviewStatus = 'loading' | 'ready' | 'deciding' | 'empty' | 'failed';

export interface ReviewState {
  readonly status: ReviewStatus;
  readonly item: ReviewItem | null;
  /** Trips in review across all agents, the shown one included. */
  readonly waiting: number;
  /** An object URL of the shown trip's first image; null while loading or when there is none. */
  readonly imageUrl: string | null;
  readonly imageStatus: 'loading' | 'loaded' | 'missing';
  /** This agent's decisions since the page opened. */
  readonly session: Readonly<Record<ReviewDecisionKind, number>>;
  /** The last decision's refusal, as the BFF worded it (or a text key). */
  readonly error: string | null;
}

const initialState: ReviewState = {
  status: 'loading',
  item: null,
  waiting: 0,
  imageUrl: null,
  imageStatus: 'loading',
  session: { confirm: 0, correct: 0, unreadable: 0 },
  error: null,
};

export const reviewFeature = createFeature({
  name: 'review',
  reducer: createReducer(
    initialState,
    on(ReviewPageActions.opened, ReviewPageActions.retryRequested, (state): ReviewState => ({
      ...state,
      status: 'loading',
      error: null,
    })),
    on(ReviewApiActions.nextLoaded, (state, { next }): ReviewState => {
      const same = next.item !== null && next.item.tripId === state.item?.tripId;
      return {
        ...state,
        status: next.item === null ? 'empty' : 'ready',
        item: next.item,
        waiting: next.waiting,
        imageUrl: same ? state.imageUrl : null,
        imageStatus: same
          ? state.imageStatus
          : next.item !== null && next.item.imageKeys.length > 0
            ? 'loading'
            : 'missing',
      };
    }),
    on(ReviewApiActions.nextFailed, (state): ReviewState => ({ ...state, status: 'failed' })),
    on(ReviewApiActions.imageLoaded, (state, { tripId, url }): ReviewState =>
      tripId === state.item?.tripId ? { ...state, imageUrl: url, imageStatus: 'loaded' } : state,
    ),
    on(ReviewApiActions.imageMissing, (state, { tripId }): ReviewState =>
      tripId === state.item?.tripId ? { ...state, imageStatus: 'missing' } : state,
    ),
    on(ReviewPageActions.decisionMade, (state): ReviewState => ({
      ...state,
      status: 'deciding',
      error: null,
    })),
    on(ReviewApiActions.decisionSucceeded, (state, { decision }): ReviewState => ({
      ...state,
      status: 'loading',
      session: { ...state.session, [decision]: state.session[decision] + 1 },
    })),
    on(ReviewApiActions.decisionFailed, (state, { message, gone }): ReviewState => ({
      ...state,
      status: gone ? 'loading' : 'ready',
      error: message,
    })),
  ),
  extraSelectors: ({ selectSession }) => ({
    selectDecidedCount: createSelector(
      selectSession,
      (session) => session.confirm + session.correct + session.unreadable,
    ),
  }),
});
