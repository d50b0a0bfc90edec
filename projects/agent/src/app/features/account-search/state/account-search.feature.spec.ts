import type { TableQuery } from '@beaus/shared';
import { AccountSearchPageActions, AccountsApiActions } from './account-search.actions';
import { accountSearchFeature } from './account-search.feature';

const { reducer } = accountSearchFeature;
const query = (filter: string, pageIndex = 0): TableQuery => ({
  filter,
  pageIndex,
  pageSize: 25,
  sort: null,
});

describe('accountSearch reducer', () => {
  it('ignores an answer to a query the agent has moved on from', () => {
    const first = query('smith');
    const second = query('smith', 1);
    let state = reducer(undefined, AccountSearchPageActions.queryChanged({ query: first }));
    state = reducer(state, AccountSearchPageActions.queryChanged({ query: second }));
    state = reducer(
      state,
      AccountsApiActions.searchSucceeded({ query: first, page: { items: [], total: 0 } }),
    );
    expect(state.status).toBe('loading');
    expect(state.page).toBeNull();
  });

  it('goes back to idle when the search text is cleared', () => {
    let state = reducer(undefined, AccountSearchPageActions.searched({ text: ' smith ' }));
    expect(state.text).toBe('smith');
    state = reducer(state, AccountSearchPageActions.queryChanged({ query: query('') }));
    expect(state.status).toBe('idle');
  });
});
