import type { Routes } from '@angular/router';
import { provideTranslations } from '@beaus/shared';
import { PlazasApi } from './data/plazas.api';
import { plazasTexts } from './plazas.texts';

export default [
  {
    path: '',
    providers: [PlazasApi, provideTranslations(plazasTexts)],
    children: [
      { path: '', loadComponent: () => import('./pages/plazas.page') },
      // By code: it is what admins read on the road and in trips, and it never changes.
      {
        path: ':code',
        title: 'Plaza · Beaus Admin',
        loadComponent: () => import('./pages/plaza-detail.page'),
      },
    ],
  },
] satisfies Routes;
