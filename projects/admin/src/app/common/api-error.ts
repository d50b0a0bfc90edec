import { HttpErrorResponse } from '@angular/common/http';

/**
 * What went wrong, for the person: the BFF's own message for a refused request (written for
 * people, e.g. "class 2 weekday 00:00–06:00 has no rate"), else a generic text key.
 */
export function messageOf(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    const body = error.error as { message?: unknown } | null;
    if (body && typeof body.message === 'string' && error.status < 500) return body.message;
  }
  return 'admin.error.generic';
}

/** Each problem the BFF listed (400 details), or the message alone. */
export function problemsOf(error: unknown): string[] {
  if (error instanceof HttpErrorResponse && error.status === 400) {
    const body = error.error as { details?: { message?: unknown }[] } | null;
    const details = (body?.details ?? []).flatMap((d) =>
      typeof d.message === 'string' ? [d.message] : [],
    );
    if (details.length > 0) return details;
  }
  return [messageOf(error)];
}
