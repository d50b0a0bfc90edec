import type { Routes } from '@angular/router';
import { provideBeausApp, provideTranslations, requireRoles } from '@beaus/shared';
import { adminTexts } from './admin.texts';

export default [
  {
    path: '',
    loadComponent: () => import('./layout.component'),
    providers: [provideBeausApp({ id: 'admin', title: 'Admin' }), provideTranslations(adminTexts)],
    children: [
      {
        path: 'login',
        title: 'Sign in · Beaus Admin',
        loadComponent: () => import('@beaus/shared/login').then((m) => m.LoginPageComponent),
      },
      {
        path: 'plazas',
        title: 'Plazas · Beaus Admin',
        canActivate: [requireRoles('admin')],
        loadChildren: () => import('./features/plazas/plazas.routes'),
      },
      { path: '', pathMatch: 'full', redirectTo: 'plazas' },
      { path: '**', redirectTo: 'plazas' },
    ],
  },
] satisfies Routes;
