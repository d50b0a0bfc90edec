import { HttpErrorResponse } from '@angular/common/http';
import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthService } from './auth.service';
import { BEARER_TOKEN } from './bearer-token';

/** Only our own BFF gets the token; never a third-party origin. */
function isBffRequest(url: string): boolean {
  return url.startsWith('/api/');
}

/**
 * Adds `Authorization: Bearer …` to BFF requests and, when the BFF answers 401 to a signed-in
 * request (token expired or revoked), ends the session and sends the person to the login page,
 * coming back to where they were afterwards.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isBffRequest(request.url)) return next(request);
  const auth = inject(AuthService);
  const router = inject(Router);
  const token = request.context.get(BEARER_TOKEN) ?? auth.accessToken();
  const authorised = token
    ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } })
    : request;
  return next(authorised).pipe(
    catchError((error: unknown) => {
      const isSignIn = request.url.startsWith('/api/auth/login');
      if (error instanceof HttpErrorResponse && error.status === 401 && !isSignIn) {
        auth.expireSession();
        void router.navigate(['/login'], {
          queryParams: { returnUrl: router.url, expired: 1 },
        });
      }
      return throwError(() => error);
    }),
  );
};
