import type { Routes } from '@angular/router';
import { PlazasApi } from './data/plazas.api';

export default [
  { path: '', providers: [PlazasApi], loadComponent: () => import('./pages/plazas.page') },
] satisfies Routes;
