import type { Routes } from '@angular/router';
import { provideBeausApp, provideTranslations, requireRoles } from '@beaus/shared';
import { Actions, EffectSources, EffectsRunner } from '@ngrx/effects';
import { provideStore } from '@ngrx/store';
import { agentTexts } from './agent.texts';

export default [
  {
    path: '',
    loadComponent: () => import('./layout.component'),
    providers: [
      provideBeausApp({ id: 'agent', title: 'Agent' }),
      provideTranslations(agentTexts),
      // The store lives here rather than at the root so NgRx loads with the first page, not
      // before it (initial-bundle budget); features add slices with provideState/provideEffects.
      // NgRx's effects services are providedIn: 'root' and would look for the Store at the root,
      // so they are provided here too, next to the store they serve.
      provideStore(),
      Actions,
      EffectSources,
      EffectsRunner,
    ],
    children: [
      {
        path: 'login',
        title: 'Sign in · Beaus Agent',
        loadComponent: () => import('@beaus/shared/login').then((m) => m.LoginPageComponent),
      },
      {
        path: 'accounts/:accountId',
        canActivate: [requireRoles('agent', 'supervisor')],
        loadChildren: () => import('./features/account/account.routes'),
      },
      {
        path: 'review',
        canActivate: [requireRoles('agent', 'supervisor')],
        loadChildren: () => import('./features/review/review.routes'),
      },
      {
        path: 'accounts',
        canActivate: [requireRoles('agent', 'supervisor')],
        loadChildren: () => import('./features/account-search/account-search.routes'),
      },
      { path: '', pathMatch: 'full', redirectTo: 'accounts' },
      { path: '**', redirectTo: 'accounts' },
    ],
  },
] satisfies Routes;
