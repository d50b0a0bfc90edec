import type { Routes } from '@angular/router';
import { ReportsApi } from './data/reports.api';

export default [
  { path: '', providers: [ReportsApi], loadComponent: () => import('./pages/reports.page') },
] satisfies Routes;
