import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type {
  AccountChange,
  AccountNote,
  AccountView,
  AdjustmentRequest,
  AdjustmentResult,
  VerificationRequest,
} from '../data/account.api';
import type { CardPaymentReceipt } from '../data/card-payment.api';
import type { MoneyActionOutcome } from '../data/money.api';
import type { ServiceOutcome } from '../data/account-service.api';

export const AccountPageActions = createActionGroup({
  source: 'Account Page',
  events: {
    Opened: props<{ accountId: number }>(),
    'Retry Requested': emptyProps(),
    'Caller Verification Submitted': props<{ request: VerificationRequest }>(),
    'Adjustment Submitted': props<{ request: AdjustmentRequest }>(),
    'Note Submitted': props<{ body: string }>(),
    'Change Submitted': props<{ change: AccountChange }>(),
    // The take-payment dialog charges the card itself (one key per opening) and reports here.
    'Payment Taken': props<{ receipt: CardPaymentReceipt }>(),
    // Refund, trip reversal and fee waiver dialogs send their request themselves, like payments.
    'Money Action Completed': props<{ outcome: MoneyActionOutcome }>(),
    // Tag, auto top-up, conversion and case dialogs also send their request themselves.
    'Service Action Completed': props<{ outcome: ServiceOutcome }>(),
  },
});

export const AccountApiActions = createActionGroup({
  source: 'Account API',
  events: {
    'Load Succeeded': props<{ account: AccountView }>(),
    'Load Failed': props<{ accountId: number; notFound: boolean }>(),
    'Caller Verified': props<{ verifiedUntil: string }>(),
    'Caller Verification Failed': props<{ message: string }>(),
    'Adjustment Succeeded': props<{ result: AdjustmentResult }>(),
    'Adjustment Failed': props<{ message: string }>(),
    'Note Added': props<{ note: AccountNote }>(),
    'Note Failed': props<{ message: string }>(),
    'Change Saved': props<{ kind: AccountChange['kind'] }>(),
    'Change Failed': props<{ message: string }>(),
  },
});
