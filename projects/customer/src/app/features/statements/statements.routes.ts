import type { Routes } from '@angular/router';
import { provideTranslations } from '@beaus/shared';
import { StatementsApi } from './data/statements.api';
import { statementsTexts } from './statements.texts';

export default [
  {
    path: '',
    providers: [StatementsApi, provideTranslations(statementsTexts)],
    loadComponent: () => import('./pages/statements.page'),
  },
] satisfies Routes;
