import { inject, signal } from '@angular/core';
import { MatDialogRef } from '@angular/material/dialog';
import type { Observable } from 'rxjs';
import { messageOf } from '../data/api-error';

/**
 * The one request an action dialog sends: "sending" while it is out, the BFF's readable refusal
 * when it fails (so the agent can fix it and try again in place), and closing the dialog with the
 * answer when it succeeds. Create it in a dialog's field initialiser: it injects the dialog's ref.
 */
export class DialogSubmission<R> {
  private readonly dialogRef = inject<MatDialogRef<unknown, R>>(MatDialogRef);
  private readonly sending = signal(false);
  private readonly refusal = signal<string | null>(null);

  readonly submitting = this.sending.asReadonly();
  /** Translation key, or the BFF's own message, of the last refusal. */
  readonly failure = this.refusal.asReadonly();

  /** @param onRefusal runs after a failure is shown (e.g. to decide on a new idempotency key). */
  send(request: Observable<R>, onRefusal?: (error: unknown) => void): void {
    if (this.sending()) return;
    this.sending.set(true);
    this.refusal.set(null);
    request.subscribe({
      next: (result) => this.dialogRef.close(result),
      error: (error: unknown) => {
        this.sending.set(false);
        this.refusal.set(messageOf(error));
        onRefusal?.(error);
      },
    });
  }
}
