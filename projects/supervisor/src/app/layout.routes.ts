import type { Routes } from '@angular/router';
import { provideBeausApp, provideTranslations, requireRoles } from '@beaus/shared';
import { supervisorTexts } from './supervisor.texts';

export default [
  {
    path: '',
    loadComponent: () => import('./layout.component'),
    providers: [
      provideBeausApp({ id: 'supervisor', title: 'Supervisor' }),
      provideTranslations(supervisorTexts),
    ],
    children: [
      {
        path: 'login',
        title: 'Sign in · Beaus Supervisor',
        loadComponent: () => import('@beaus/shared/login').then((m) => m.LoginPageComponent),
      },
      {
        path: 'overview',
        title: 'Operations overview · Beaus Supervisor',
        canActivate: [requireRoles('supervisor')],
        loadChildren: () => import('./features/overview/overview.routes'),
      },
      {
        path: 'dashboard',
        title: 'Live operations · Beaus Supervisor',
        canActivate: [requireRoles('supervisor')],
        loadChildren: () => import('./features/dashboard/dashboard.routes'),
      },
      {
        path: 'approvals',
        title: 'Approvals · Beaus Supervisor',
        canActivate: [requireRoles('supervisor')],
        loadChildren: () => import('./features/approvals/approvals.routes'),
      },
      {
        path: 'reports',
        title: 'Reports · Beaus Supervisor',
        canActivate: [requireRoles('supervisor')],
        loadChildren: () => import('./features/reports/reports.routes'),
      },
      { path: '', pathMatch: 'full', redirectTo: 'overview' },
      { path: '**', redirectTo: 'overview' },
    ],
  },
] satisfies Routes;
