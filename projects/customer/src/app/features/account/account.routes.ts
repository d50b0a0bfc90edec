import type { Routes } from '@angular/router';
import { CustomerAccountApi } from './data/customer-account.api';

export default [
  {
    path: '',
    providers: [CustomerAccountApi],
    loadComponent: () => import('./pages/account-dashboard.page'),
  },
] satisfies Routes;
