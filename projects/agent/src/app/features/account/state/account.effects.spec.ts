import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import { Store, provideState, provideStore } from '@ngrx/store';
import type { Action } from '@ngrx/store';
import { firstValueFrom, of, ReplaySubject, throwError } from 'rxjs';
import type { Observable } from 'rxjs';
import { AccountApi } from '../data/account.api';
import { maskedAccount, pendingAdjustment } from '../testing/account-fixtures';
import { AccountApiActions, AccountPageActions } from './account.actions';
import * as effects from './account.effects';
import { accountFeature } from './account.feature';

const refused = (status: number, message: string) =>
  throwError(() => new HttpErrorResponse({ status, error: { code: 'X', message } }));

describe('account effects', () => {
  let actions$: ReplaySubject<Action>;
  let api: Record<'load' | 'verify' | 'adjust' | 'addNote', jest.Mock>;

  function run(effect: () => Observable<Action>, action: Action) {
    actions$.next(action);
    return firstValueFrom(TestBed.runInInjectionContext(effect));
  }

  beforeEach(() => {
    actions$ = new ReplaySubject<Action>(1);
    api = { load: jest.fn(), verify: jest.fn(), adjust: jest.fn(), addNote: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        provideStore(),
        provideState(accountFeature),
        provideMockActions(() => actions$),
        { provide: AccountApi, useValue: api },
      ],
    });
    // The account on screen, as the reducer records it when the page opens.
    TestBed.inject(Store).dispatch(AccountPageActions.opened({ accountId: 5 }));
  });

  it('loads the account the page opened', async () => {
    api.load.mockReturnValue(of(maskedAccount()));
    const result = await run(effects.loadAccount, AccountPageActions.opened({ accountId: 5 }));
    expect(api.load).toHaveBeenCalledWith(5);
    expect(result).toEqual(AccountApiActions.loadSucceeded({ account: maskedAccount() }));
  });

  it('reloads the header (balance) after a payment is taken', async () => {
    api.load.mockReturnValue(of(maskedAccount()));
    const receipt = {
      paymentId: '77',
      status: 'succeeded' as const,
      amountCents: 2550,
      paidAt: '2026-11-25T13:00:00Z',
      message: 'Payment taken.',
    };
    const result = await run(effects.loadAccount, AccountPageActions.paymentTaken({ receipt }));
    expect(api.load).toHaveBeenCalledWith(5);
    expect(result).toEqual(AccountApiActions.loadSucceeded({ account: maskedAccount() }));
  });

  it('reloads the header (balance) after a refund, reversal or waiver', async () => {
    api.load.mockReturnValue(of(maskedAccount()));
    const outcome = { messageKey: 'agent.reverse.done', amountCents: 350 };
    const result = await run(
      effects.loadAccount,
      AccountPageActions.moneyActionCompleted({ outcome }),
    );
    expect(api.load).toHaveBeenCalledWith(5);
    expect(result).toEqual(AccountApiActions.loadSucceeded({ account: maskedAccount() }));
  });

  it('tells a missing account from a failed load', async () => {
    api.load.mockReturnValue(refused(404, 'No account 5.'));
    const result = await run(effects.loadAccount, AccountPageActions.retryRequested());
    expect(result).toEqual(AccountApiActions.loadFailed({ accountId: 5, notFound: true }));
  });

  it('sends the adjustment for the account on screen and passes on a pending outcome', async () => {
    api.adjust.mockReturnValue(of(pendingAdjustment(6000)));
    const request = {
      kind: 'credit',
      amountCents: 6000,
      reasonCode: 'GOODWILL',
      note: 'Charged twice',
    } as const;
    const result = await run(
      effects.requestAdjustment,
      AccountPageActions.adjustmentSubmitted({ request }),
    );
    expect(api.adjust).toHaveBeenCalledWith(5, request);
    expect(result).toEqual(
      AccountApiActions.adjustmentSucceeded({ result: pendingAdjustment(6000) }),
    );
  });

  it("shows the BFF's reason when a PIN does not match, and a generic text on a 5xx", async () => {
    api.verify.mockReturnValue(refused(422, 'The PIN does not match. 4 attempts left.'));
    const submitted = AccountPageActions.callerVerificationSubmitted({
      request: { method: 'pin', value: '0000' },
    });
    expect(await run(effects.verifyCaller, submitted)).toEqual(
      AccountApiActions.callerVerificationFailed({
        message: 'The PIN does not match. 4 attempts left.',
      }),
    );
    api.addNote.mockReturnValue(refused(500, 'internal detail'));
    expect(
      await run(effects.addNote, AccountPageActions.noteSubmitted({ body: 'Called' })),
    ).toEqual(AccountApiActions.noteFailed({ message: 'agent.account.error.generic' }));
  });
});
