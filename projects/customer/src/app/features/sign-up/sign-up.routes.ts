import type { Routes } from '@angular/router';
import { SignUpApi } from './data/sign-up.api';

export default [
  {
    path: '',
    providers: [SignUpApi],
    loadComponent: () => import('./pages/sign-up.page'),
  },
] satisfies Routes;
