import type { Routes } from '@angular/router';
import { provideTranslations } from '@beaus/shared';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { accountTexts } from './account.texts';
import { AccountApi } from './data/account.api';
import { CardPaymentApi } from './data/card-payment.api';
import { MoneyApi } from './data/money.api';
import { AccountServiceApi } from './data/account-service.api';
import { serviceTexts } from './service.texts';
import { ServiceDialogs } from './components/service-dialogs';
import { moneyTexts } from './money.texts';
import { paymentTexts } from './payment.texts';
import { tripImageTexts } from './trip-image.texts';
import { TripImageApi } from './data/trip-image.api';
import * as accountEffects from './state/account.effects';
import { accountFeature } from './state/account.feature';

export default [
  {
    path: '',
    title: 'Account · Beaus Agent',
    providers: [
      AccountApi,
      CardPaymentApi,
      MoneyApi,
      AccountServiceApi,
      ServiceDialogs,
      TripImageApi,
      provideTranslations(accountTexts),
      provideTranslations(paymentTexts),
      provideTranslations(moneyTexts),
      provideTranslations(serviceTexts),
      provideTranslations(tripImageTexts),
      provideState(accountFeature),
      provideEffects(accountEffects),
    ],
    loadComponent: () => import('./pages/account.page'),
  },
] satisfies Routes;
