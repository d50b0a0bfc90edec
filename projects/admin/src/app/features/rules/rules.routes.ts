import type { Routes } from '@angular/router';
import { provideTranslations } from '@beaus/shared';
import { RulesApi } from './data/rules.api';
import { rulesTexts } from './rules.texts';

export default [
  {
    path: '',
    providers: [RulesApi, provideTranslations(rulesTexts)],
    loadComponent: () => import('./pages/rules.page'),
  },
] satisfies Routes;
