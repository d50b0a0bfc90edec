import type { Routes } from '@angular/router';
import { provideTranslations } from '@beaus/shared';
import { RatesApi } from './data/rates.api';
import { ratesTexts } from './rates.texts';

export default [
  {
    path: '',
    providers: [RatesApi, provideTranslations(ratesTexts)],
    children: [
      { path: '', loadComponent: () => import('./pages/rates.page') },
      {
        path: ':scheduleId',
        title: 'Rate schedule · Beaus Admin',
        loadComponent: () => import('./pages/schedule-editor.page'),
      },
    ],
  },
] satisfies Routes;
