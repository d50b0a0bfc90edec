import { HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, exhaustMap, filter, map, of, switchMap, withLatestFrom } from 'rxjs';
import type { Observable } from 'rxjs';
import { AccountApi } from '../data/account.api';
import { messageOf } from '../data/api-error';
import { AccountApiActions, AccountPageActions } from './account.actions';
import { accountFeature } from './account.feature';

/** Loads the header on arrival, on retry, and after every write that changes what it shows. */
export const loadAccount = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(AccountApi)) => {
    return actions$.pipe(
      ofType(
        AccountPageActions.opened,
        AccountPageActions.retryRequested,
        AccountApiActions.callerVerified,
        AccountApiActions.adjustmentSucceeded,
        AccountPageActions.paymentTaken,
        // Refunds, reversals and waivers change the balance in the header.
        AccountPageActions.moneyActionCompleted,
        // Tags, auto top-up, the account type and overdue cases show in the header.
        AccountPageActions.serviceActionCompleted,
        // Tag statuses in the header change with a lost or stolen tag.
        AccountApiActions.changeSaved,
      ),
      withAccountId(store),
      switchMap(([, accountId]) =>
        api.load(accountId).pipe(
          map((account) => AccountApiActions.loadSucceeded({ account })),
          catchError((error: unknown) =>
            of(
              AccountApiActions.loadFailed({
                accountId,
                notFound: error instanceof HttpErrorResponse && error.status === 404,
              }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const verifyCaller = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(AccountApi)) => {
    return actions$.pipe(
      ofType(AccountPageActions.callerVerificationSubmitted),
      withAccountId(store),
      exhaustMap(([{ request }, accountId]) =>
        api.verify(accountId, request).pipe(
          map(({ verifiedUntil }) => AccountApiActions.callerVerified({ verifiedUntil })),
          catchError((error: unknown) =>
            of(AccountApiActions.callerVerificationFailed({ message: messageOf(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

// exhaustMap: a double Enter must not send the same adjustment twice.
export const requestAdjustment = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(AccountApi)) => {
    return actions$.pipe(
      ofType(AccountPageActions.adjustmentSubmitted),
      withAccountId(store),
      exhaustMap(([{ request }, accountId]) =>
        api.adjust(accountId, request).pipe(
          map((result) => AccountApiActions.adjustmentSucceeded({ result })),
          catchError((error: unknown) =>
            of(AccountApiActions.adjustmentFailed({ message: messageOf(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const addNote = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(AccountApi)) => {
    return actions$.pipe(
      ofType(AccountPageActions.noteSubmitted),
      withAccountId(store),
      exhaustMap(([{ body }, accountId]) =>
        api.addNote(accountId, body).pipe(
          map((note) => AccountApiActions.noteAdded({ note })),
          catchError((error: unknown) =>
            of(AccountApiActions.noteFailed({ message: messageOf(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const changeAccount = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(AccountApi)) => {
    return actions$.pipe(
      ofType(AccountPageActions.changeSubmitted),
      withAccountId(store),
      exhaustMap(([{ change }, accountId]) =>
        api.change(accountId, change).pipe(
          map(() => AccountApiActions.changeSaved({ kind: change.kind })),
          catchError((error: unknown) =>
            of(AccountApiActions.changeFailed({ message: messageOf(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Pairs each action with the account on screen (set by the reducer before effects run). */
function withAccountId<T>(store: Store) {
  return (source: Observable<T>) =>
    source.pipe(
      withLatestFrom(store.select(accountFeature.selectAccountId)),
      filter((pair): pair is [T, number] => pair[1] !== null),
    );
}
