import type { Routes } from '@angular/router';
import { ApprovalsApi } from './data/approvals.api';

export default [
  { path: '', providers: [ApprovalsApi], loadComponent: () => import('./pages/approvals.page') },
] satisfies Routes;
