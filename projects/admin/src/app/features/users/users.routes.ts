import type { Routes } from '@angular/router';
import { provideTranslations } from '@beaus/shared';
import { UsersApi } from './data/users.api';
import { usersTexts } from './users.texts';

export default [
  {
    path: '',
    providers: [UsersApi, provideTranslations(usersTexts)],
    loadComponent: () => import('./pages/users.page'),
  },
] satisfies Routes;
