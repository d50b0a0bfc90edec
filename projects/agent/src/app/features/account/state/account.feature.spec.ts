import { maskedAccount, pendingAdjustment } from '../testing/account-fixtures';
import { AccountApiActions, AccountPageActions } from './account.actions';
import { accountFeature } from './account.feature';

const { reducer } = accountFeature;

describe('account reducer', () => {
  it('ignores a late answer for the account the agent has left', () => {
    let state = reducer(undefined, AccountPageActions.opened({ accountId: 5 }));
    state = reducer(state, AccountPageActions.opened({ accountId: 6 }));
    state = reducer(state, AccountApiActions.loadSucceeded({ account: maskedAccount() }));
    expect(state.account).toBeNull();
    expect(state.status).toBe('loading');
  });

  it('starts another account clean: no outcome or error carries over', () => {
    let state = reducer(undefined, AccountPageActions.opened({ accountId: 5 }));
    state = reducer(
      state,
      AccountApiActions.adjustmentSucceeded({ result: pendingAdjustment(6000) }),
    );
    state = reducer(state, AccountApiActions.callerVerificationFailed({ message: 'No match' }));
    expect(state.adjustment.result?.status).toBe('pending');
    state = reducer(state, AccountPageActions.opened({ accountId: 6 }));
    expect(state.adjustment.result).toBeNull();
    expect(state.verification.error).toBeNull();
  });

  it('asks the tabs to reload after a write is saved', () => {
    let state = reducer(undefined, AccountPageActions.opened({ accountId: 5 }));
    const before = state.revision;
    state = reducer(state, AccountApiActions.changeSaved({ kind: 'markTag' }));
    expect(state.revision).toBe(before + 1);
    state = reducer(state, AccountApiActions.changeFailed({ message: 'Already stolen' }));
    expect(state.revision).toBe(before + 1);
    expect(state.change).toEqual({ status: 'failed', error: 'Already stolen' });
  });

  it('keeps the payment just taken and reloads the financials tab', () => {
    let state = reducer(undefined, AccountPageActions.opened({ accountId: 5 }));
    const before = state.revision;
    const receipt = {
      paymentId: '77',
      status: 'succeeded' as const,
      amountCents: 2550,
      paidAt: '2026-11-25T13:00:00Z',
      message: 'Payment taken and added to the balance.',
    };
    state = reducer(state, AccountPageActions.paymentTaken({ receipt }));
    expect(state.payment).toEqual(receipt);
    expect(state.revision).toBe(before + 1);
    state = reducer(state, AccountPageActions.opened({ accountId: 6 }));
    expect(state.payment).toBeNull();
  });

  it('keeps the last refund, reversal or waiver and reloads the tabs', () => {
    let state = reducer(undefined, AccountPageActions.opened({ accountId: 5 }));
    const before = state.revision;
    const outcome = { messageKey: 'agent.waive.done', amountCents: 600 };
    state = reducer(state, AccountPageActions.moneyActionCompleted({ outcome }));
    expect(state.moneyAction).toEqual(outcome);
    expect(state.revision).toBe(before + 1);
    state = reducer(state, AccountPageActions.opened({ accountId: 6 }));
    expect(state.moneyAction).toBeNull();
  });

  it('keeps the last tag, auto top-up, conversion or case outcome and reloads the tabs', () => {
    let state = reducer(undefined, AccountPageActions.opened({ accountId: 5 }));
    const before = state.revision;
    const outcome = { message: 'agent.tag.assigned', params: { tagNo: 'T1', status: 'valid' } };
    state = reducer(state, AccountPageActions.serviceActionCompleted({ outcome }));
    expect(state.serviceAction).toEqual(outcome);
    expect(state.revision).toBe(before + 1);
    state = reducer(state, AccountPageActions.opened({ accountId: 6 }));
    expect(state.serviceAction).toBeNull();
  });
});
