import type { Routes } from '@angular/router';
import { provideTranslations } from '@beaus/shared';
import { GuestPayApi } from './data/guest-pay.api';
import { guestPayTexts } from './guest-pay.texts';

export default [
  {
    path: '',
    providers: [GuestPayApi, provideTranslations(guestPayTexts)],
    loadComponent: () => import('./pages/guest-pay.page'),
  },
] satisfies Routes;
