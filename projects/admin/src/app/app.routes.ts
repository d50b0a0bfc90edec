import type { Routes } from '@angular/router';

/** Everything below the root is lazy; see layout.routes.ts for the pages. */
export const routes: Routes = [{ path: '', loadChildren: () => import('./layout.routes') }];
