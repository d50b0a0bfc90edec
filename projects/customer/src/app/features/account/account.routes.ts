import type { Routes } from '@angular/router';
import { provideTranslations } from '@beaus/shared';
import { CustomerAccountApi } from './data/customer-account.api';
import { ProfileApi } from './data/profile.api';
import { SelfServiceApi } from './data/self-service.api';
import { myProfileTexts } from './my-profile.texts';
import { myTripsTexts } from './my-trips.texts';

export default [
  {
    path: '',
    providers: [
      CustomerAccountApi,
      SelfServiceApi,
      ProfileApi,
      provideTranslations(myTripsTexts),
      provideTranslations(myProfileTexts),
    ],
    loadComponent: () => import('./pages/account-dashboard.page'),
  },
  {
    path: 'cases',
    loadChildren: () => import('../cases/cases.routes'),
  },
] satisfies Routes;
