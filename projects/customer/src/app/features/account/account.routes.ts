import type { Routes } from '@angular/router';
import { CustomerAccountApi } from './data/customer-account.api';
import { SelfServiceApi } from './data/self-service.api';

export default [
  {
    path: '',
    providers: [CustomerAccountApi, SelfServiceApi],
    loadComponent: () => import('./pages/account-dashboard.page'),
  },
  {
    path: 'cases',
    loadChildren: () => import('../cases/cases.routes'),
  },
] satisfies Routes;
