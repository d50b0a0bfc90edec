import type { Routes } from '@angular/router';
import { provideTranslations } from '@beaus/shared';
import { auditTexts } from './audit.texts';
import { AuditApi } from './data/audit.api';

export default [
  {
    path: '',
    providers: [AuditApi, provideTranslations(auditTexts)],
    loadComponent: () => import('./pages/audit.page'),
  },
] satisfies Routes;
