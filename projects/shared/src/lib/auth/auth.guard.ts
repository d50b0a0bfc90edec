import { inject } from '@angular/core';
import type { CanActivateFn } from '@angular/router';
import { Router } from '@angular/router';
import type { Role } from './auth.models';
import { AuthService } from './auth.service';

/**
 * A route guard letting in only a signed-in user holding one of `roles` (any signed-in user
 * when none are given). Guests go to the login page and come back after signing in; a user
 * without the role goes to the login page with a message to use another account.
 *
 * ```ts
 * { path: '', canActivate: [requireRoles('agent', 'supervisor')], loadChildren: … }
 * ```
 */
export function requireRoles(...roles: Role[]): CanActivateFn {
  return (_route, state) => {
    const auth = inject(AuthService);
    const router = inject(Router);
    if (!auth.isSignedIn() || auth.accessToken() === null) {
      return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
    }
    if (roles.length > 0 && !auth.hasAnyRole(roles)) {
      return router.createUrlTree(['/login'], { queryParams: { denied: 1 } });
    }
    return true;
  };
}
