import { inject } from '@angular/core';
import type { CanActivateFn } from '@angular/router';
import { Router } from '@angular/router';
import { AuthService } from '@beaus/shared';

/** The landing page is for guests; a signed-in customer goes straight to their account. */
export const landingForGuests: CanActivateFn = () =>
  inject(AuthService).hasAnyRole(['customer']) ? inject(Router).createUrlTree(['/account']) : true;
