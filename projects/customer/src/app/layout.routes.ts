import type { Routes } from '@angular/router';
import { provideBeausApp, provideTranslations, requireRoles } from '@beaus/shared';
import { landingForGuests } from './customer.guards';
import { customerTexts } from './customer.texts';

export default [
  {
    path: '',
    loadComponent: () => import('./layout.component'),
    providers: [
      provideBeausApp({ id: 'customer', title: 'Tolling' }),
      provideTranslations(customerTexts),
    ],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'Beaus Tolling',
        canActivate: [landingForGuests],
        loadComponent: () => import('./features/landing/landing.page'),
      },
      {
        path: 'login',
        title: 'Sign in · Beaus Tolling',
        loadComponent: () => import('@beaus/shared/login').then((m) => m.LoginPageComponent),
      },
      {
        path: 'pay',
        title: 'Pay a toll or invoice · Beaus Tolling',
        loadChildren: () => import('./features/guest-pay/guest-pay.routes'),
      },
      {
        path: 'sign-up',
        title: 'Open an account · Beaus Tolling',
        loadChildren: () => import('./features/sign-up/sign-up.routes'),
      },
      {
        path: 'account',
        title: 'My account · Beaus Tolling',
        canActivate: [requireRoles('customer')],
        loadChildren: () => import('./features/account/account.routes'),
      },
      {
        path: 'statements',
        title: 'Statements · Beaus Tolling',
        canActivate: [requireRoles('customer')],
        loadChildren: () => import('./features/statements/statements.routes'),
      },
      { path: '**', redirectTo: '' },
    ],
  },
] satisfies Routes;
