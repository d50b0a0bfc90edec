import type { TablePage, TableQuery } from '@beaus/shared';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { AccountSummary } from '../data/account-search.api';
import { AccountSearchPageActions, AccountsApiActions } from './account-search.actions';

/** Kept in the store so the results are still there when the agent comes back from an account. */
export interface AccountSearchState {
  /** What the agent searched for; empty before the first search. */
  readonly text: string;
  /** The page being shown or loaded. */
  readonly query: TableQuery | null;
  readonly page: TablePage<AccountSummary> | null;
  readonly status: 'idle' | 'loading' | 'loaded' | 'failed';
}

const initialState: AccountSearchState = { text: '', query: null, page: null, status: 'idle' };

export const accountSearchFeature = createFeature({
  name: 'accountSearch',
  reducer: createReducer(
    initialState,
    on(AccountSearchPageActions.searched, (state, { text }): AccountSearchState => ({
      ...state,
      text: text.trim(),
    })),
    on(AccountSearchPageActions.queryChanged, (state, { query }): AccountSearchState =>
      query.filter === ''
        ? { ...state, query, page: null, status: 'idle' }
        : { ...state, query, status: 'loading' },
    ),
    on(AccountSearchPageActions.retryRequested, (state, { query }): AccountSearchState => ({
      ...state,
      query,
      status: 'loading',
    })),
    on(AccountsApiActions.searchSucceeded, (state, { query, page }): AccountSearchState =>
      query === state.query ? { ...state, page, status: 'loaded' } : state,
    ),
    on(AccountsApiActions.searchFailed, (state, { query }): AccountSearchState =>
      query === state.query ? { ...state, status: 'failed' } : state,
    ),
  ),
  extraSelectors: ({ selectStatus, selectPage }) => ({
    selectIsLoading: createSelector(selectStatus, (status) => status === 'loading'),
    selectHasFailed: createSelector(selectStatus, (status) => status === 'failed'),
    selectTotal: createSelector(selectPage, (page) => page?.total ?? 0),
  }),
});
