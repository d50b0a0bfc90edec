import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, filter, map, of, switchMap } from 'rxjs';
import { AccountSearchApi } from '../data/account-search.api';
import { AccountSearchPageActions, AccountsApiActions } from './account-search.actions';

/** Loads a page of results for every non-empty query; a newer query cancels an older one. */
export const searchAccounts = createEffect(
  (actions$ = inject(Actions), api = inject(AccountSearchApi)) => {
    return actions$.pipe(
      ofType(AccountSearchPageActions.queryChanged, AccountSearchPageActions.retryRequested),
      map(({ query }) => query),
      filter((query) => query.filter !== ''),
      switchMap((query) =>
        api.search(query).pipe(
          map((page) => AccountsApiActions.searchSucceeded({ query, page })),
          catchError(() => of(AccountsApiActions.searchFailed({ query }))),
        ),
      ),
    );
  },
  { functional: true },
);
