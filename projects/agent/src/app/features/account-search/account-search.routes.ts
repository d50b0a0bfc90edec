import type { Routes } from '@angular/router';

import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { AccountSearchApi } from './data/account-search.api';
import * as accountSearchEffects from './state/account-search.effects';
import { accountSearchFeature } from './state/account-search.feature';

export default [
  {
    path: '',
    title: 'Account search · Beaus Agent',
    providers: [
      AccountSearchApi,
      provideState(accountSearchFeature),
      provideEffects(accountSearchEffects),
    ],
    loadComponent: () => import('./pages/account-search.page'),
  },
] satisfies Routes;
