import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { AccountView, AdjustmentResult } from '../data/account.api';
import type { CardPaymentReceipt } from '../data/card-payment.api';
import type { MoneyActionOutcome } from '../data/money.api';
import type { ServiceOutcome } from '../data/account-service.api';
import { AccountApiActions, AccountPageActions } from './account.actions';

/** Where a form's last submission stands; the message is the BFF's, safe to show. */
export interface Submission {
  readonly status: 'idle' | 'submitting' | 'succeeded' | 'failed';
  readonly error: string | null;
}

export interface AccountState {
  readonly accountId: number | null;
  readonly account: AccountView | null;
  readonly status: 'idle' | 'loading' | 'loaded' | 'failed' | 'not_found';
  readonly verification: Submission;
  readonly adjustment: Submission & { readonly result: AdjustmentResult | null };
  readonly note: Submission;
  /** The last vehicle or tag change. */
  readonly change: Submission;
  /** The last card payment taken in this visit, for the confirmation beside the actions. */
  readonly payment: CardPaymentReceipt | null;
  /** The last refund, reversal or waiver in this visit, for the confirmation beside the actions. */
  readonly moneyAction: MoneyActionOutcome | null;
  /** The last tag, auto top-up, conversion or case action, for its confirmation. */
  readonly serviceAction: ServiceOutcome | null;
  /** Bumped after a write so the tabs that show it (notes, ledger, history) load again. */
  readonly revision: number;
}

const idle: Submission = { status: 'idle', error: null };
const submitting: Submission = { status: 'submitting', error: null };
const failed = (error: string): Submission => ({ status: 'failed', error });

const initialState: AccountState = {
  accountId: null,
  account: null,
  status: 'idle',
  verification: idle,
  adjustment: { ...idle, result: null },
  note: idle,
  change: idle,
  payment: null,
  moneyAction: null,
  serviceAction: null,
  revision: 0,
};

export const accountFeature = createFeature({
  name: 'account',
  reducer: createReducer(
    initialState,
    on(AccountPageActions.opened, (state, { accountId }): AccountState =>
      // Another account starts clean: nothing verified or submitted carries over.
      accountId === state.accountId
        ? { ...state, status: 'loading' }
        : { ...initialState, accountId, status: 'loading' },
    ),
    on(AccountPageActions.retryRequested, (state): AccountState => ({
      ...state,
      status: 'loading',
    })),
    on(AccountApiActions.loadSucceeded, (state, { account }): AccountState =>
      String(state.accountId) === account.id ? { ...state, account, status: 'loaded' } : state,
    ),
    on(AccountApiActions.loadFailed, (state, { accountId, notFound }): AccountState =>
      accountId === state.accountId
        ? { ...state, status: notFound ? 'not_found' : 'failed' }
        : state,
    ),
    on(AccountPageActions.paymentTaken, (state, { receipt }): AccountState => ({
      ...state,
      payment: receipt,
      revision: state.revision + 1,
    })),
    on(AccountPageActions.moneyActionCompleted, (state, { outcome }): AccountState => ({
      ...state,
      moneyAction: outcome,
      revision: state.revision + 1,
    })),
    on(AccountPageActions.serviceActionCompleted, (state, { outcome }): AccountState => ({
      ...state,
      serviceAction: outcome,
      revision: state.revision + 1,
    })),
    on(AccountPageActions.callerVerificationSubmitted, (state): AccountState => ({
      ...state,
      verification: submitting,
    })),
    on(AccountApiActions.callerVerified, (state): AccountState => ({
      ...state,
      verification: { status: 'succeeded', error: null },
      revision: state.revision + 1,
    })),
    on(AccountApiActions.callerVerificationFailed, (state, { message }): AccountState => ({
      ...state,
      verification: failed(message),
    })),
    on(AccountPageActions.adjustmentSubmitted, (state): AccountState => ({
      ...state,
      adjustment: { ...submitting, result: null },
    })),
    on(AccountApiActions.adjustmentSucceeded, (state, { result }): AccountState => ({
      ...state,
      adjustment: { status: 'succeeded', error: null, result },
      revision: state.revision + 1,
    })),
    on(AccountApiActions.adjustmentFailed, (state, { message }): AccountState => ({
      ...state,
      adjustment: { ...failed(message), result: null },
    })),
    on(AccountPageActions.noteSubmitted, (state): AccountState => ({ ...state, note: submitting })),
    on(AccountApiActions.noteAdded, (state): AccountState => ({
      ...state,
      note: { status: 'succeeded', error: null },
      revision: state.revision + 1,
    })),
    on(AccountApiActions.noteFailed, (state, { message }): AccountState => ({
      ...state,
      note: failed(message),
    })),
    on(AccountPageActions.changeSubmitted, (state): AccountState => ({
      ...state,
      change: submitting,
    })),
    on(AccountApiActions.changeSaved, (state): AccountState => ({
      ...state,
      change: { status: 'succeeded', error: null },
      revision: state.revision + 1,
    })),
    on(AccountApiActions.changeFailed, (state, { message }): AccountState => ({
      ...state,
      change: failed(message),
    })),
  ),
  extraSelectors: ({ selectAccount, selectStatus }) => ({
    selectIsLoading: createSelector(selectStatus, (status) => status === 'loading'),
    selectIsVerified: createSelector(selectAccount, (account) => !!account?.verification.verified),
  }),
});
