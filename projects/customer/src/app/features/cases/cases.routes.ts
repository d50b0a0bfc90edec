import type { Routes } from '@angular/router';
import { CasesApi } from './data/cases.api';

export default [
  {
    path: '',
    providers: [CasesApi],
    children: [
      {
        path: '',
        title: 'My disputes · Beaus Tolling',
        loadComponent: () => import('./pages/my-cases.page'),
      },
      {
        path: ':caseId',
        title: 'Dispute · Beaus Tolling',
        loadComponent: () => import('./pages/my-case.page'),
      },
    ],
  },
] satisfies Routes;
