import { Injectable, inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslationService } from '../i18n/translation.service';

/**
 * Short messages at the bottom of the screen (Material snack bar), announced to screen
 * readers: politely for information, assertively for errors.
 */
@Injectable({ providedIn: 'root' })
export class ToastService {
  private readonly snackBar = inject(MatSnackBar);
  private readonly translations = inject(TranslationService);

  /** Confirms that something happened, e.g. "Payment received". */
  info(message: string): void {
    this.snackBar.open(message, this.translations.translate('toast.dismiss'), {
      duration: 5000,
      politeness: 'polite',
    });
  }

  /** Reports a failure; stays until dismissed so it is not missed. */
  error(message: string): void {
    this.snackBar.open(message, this.translations.translate('toast.dismiss'), {
      politeness: 'assertive',
      panelClass: 'beaus-toast-error',
    });
  }
}
