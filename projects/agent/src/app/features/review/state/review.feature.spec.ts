import { ReviewApiActions, ReviewPageActions } from './review.actions';
import { reviewFeature } from './review.feature';
import type { ReviewItem } from '../data/review.api';

const { reducer } = reviewFeature;
const item = (tripId: number, imageKeys: string[] = ['evidence/x.svg']) =>
  ({
    tripId,
    imageKeys,
    reading: { jurisdiction: 'TX', plate: 'A1', confidence: 0.5 },
  }) as ReviewItem;

describe('review reducer', () => {
  it('ignores an image that arrives for an item no longer shown', () => {
    let state = reducer(
      undefined,
      ReviewApiActions.nextLoaded({ next: { item: item(1), waiting: 2 } }),
    );
    state = reducer(state, ReviewApiActions.nextLoaded({ next: { item: item(2), waiting: 1 } }));
    state = reducer(state, ReviewApiActions.imageLoaded({ tripId: 1, url: 'blob:old' }));
    expect(state.imageUrl).toBeNull();
    expect(state.imageStatus).toBe('loading');
  });

  it('says at once that an item without image keys has no image', () => {
    const state = reducer(
      undefined,
      ReviewApiActions.nextLoaded({ next: { item: item(1, []), waiting: 1 } }),
    );
    expect(state.imageStatus).toBe('missing');
  });

  it('counts each kind of decision of the session, and none for a refused one', () => {
    let state = reducer(
      undefined,
      ReviewApiActions.nextLoaded({ next: { item: item(1), waiting: 1 } }),
    );
    const decided = (decision: 'confirm' | 'correct' | 'unreadable') =>
      ReviewApiActions.decisionSucceeded({ decision, outcome: {} as never });
    state = reducer(state, decided('confirm'));
    state = reducer(state, decided('correct'));
    state = reducer(state, decided('correct'));
    state = reducer(state, ReviewApiActions.decisionFailed({ message: 'no', gone: false }));
    expect(state.session).toEqual({ confirm: 1, correct: 2, unreadable: 0 });
    expect(reviewFeature.selectDecidedCount.projector(state.session)).toBe(3);
    expect(state.status).toBe('ready');
    expect(state.error).toBe('no');
  });

  it('is busy while a decision is in flight, so a second key press does nothing', () => {
    let state = reducer(
      undefined,
      ReviewApiActions.nextLoaded({ next: { item: item(1), waiting: 1 } }),
    );
    state = reducer(
      state,
      ReviewPageActions.decisionMade({ tripId: 1, decision: { decision: 'confirm' } }),
    );
    expect(state.status).toBe('deciding');
  });
});
