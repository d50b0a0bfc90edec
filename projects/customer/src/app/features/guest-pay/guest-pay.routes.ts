import type { Routes } from '@angular/router';
import { GuestPayApi } from './data/guest-pay.api';

export default [
  {
    path: '',
    providers: [GuestPayApi],
    loadComponent: () => import('./pages/guest-pay.page'),
  },
] satisfies Routes;
