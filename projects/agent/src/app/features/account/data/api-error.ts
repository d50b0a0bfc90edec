import { HttpErrorResponse } from '@angular/common/http';

/** The BFF's own message for a refused request (they are written for people), else a generic one. */
export function messageOf(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    const body = error.error as { message?: unknown } | null;
    if (body && typeof body.message === 'string' && error.status < 500) return body.message;
  }
  return 'agent.account.error.generic';
}
