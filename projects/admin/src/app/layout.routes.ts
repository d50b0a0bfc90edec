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
      {
        path: 'rates',
        title: 'Rate schedules · Beaus Admin',
        canActivate: [requireRoles('admin')],
        loadChildren: () => import('./features/rates/rates.routes'),
      },
      {
        path: 'devices',
        title: 'Roadside devices · Beaus Admin',
        canActivate: [requireRoles('admin')],
        loadChildren: () => import('./features/devices/devices.routes'),
      },
      {
        path: 'rules',
        title: 'Business rules · Beaus Admin',
        canActivate: [requireRoles('admin')],
        loadChildren: () => import('./features/rules/rules.routes'),
      },
      {
        path: 'audit',
        title: 'Audit log · Beaus Admin',
        canActivate: [requireRoles('admin')],
        loadChildren: () => import('./features/audit/audit.routes'),
      },
      {
        path: 'users',
        title: 'Staff users · Beaus Admin',
        canActivate: [requireRoles('admin')],
        loadChildren: () => import('./features/users/users.routes'),
      },
      { path: '', pathMatch: 'full', redirectTo: 'plazas' },
      { path: '**', redirectTo: 'plazas' },
    ],
  },
] satisfies Routes;
