import type { Routes } from '@angular/router';
import { DashboardStream } from './data/dashboard.api';

export default [
  {
    path: '',
    providers: [DashboardStream],
    loadComponent: () => import('./pages/dashboard.page'),
  },
] satisfies Routes;
