import type { TablePage, TableQuery } from '@beaus/shared';
import { createActionGroup, props } from '@ngrx/store';
import type { AccountSummary } from '../data/account-search.api';

export const AccountSearchPageActions = createActionGroup({
  source: 'Account Search Page',
  events: {
    Searched: props<{ text: string }>(),
    'Query Changed': props<{ query: TableQuery }>(),
    'Retry Requested': props<{ query: TableQuery }>(),
  },
});

export const AccountsApiActions = createActionGroup({
  source: 'Accounts API',
  events: {
    'Search Succeeded': props<{ query: TableQuery; page: TablePage<AccountSummary> }>(),
    'Search Failed': props<{ query: TableQuery }>(),
  },
});
