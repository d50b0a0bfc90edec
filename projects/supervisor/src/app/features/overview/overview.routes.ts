import type { Routes } from '@angular/router';
import { OverviewApi } from './data/overview.api';

export default [
  { path: '', providers: [OverviewApi], loadComponent: () => import('./pages/overview.page') },
] satisfies Routes;
