/*
 * @beaus/shared/login — the login page on its own entry point, so apps can lazy-load it
 * (`loadComponent: () => import('@beaus/shared/login')…`) without pulling forms into the
 * initial bundle.
 */
export * from './lib/auth/login-page.component';
