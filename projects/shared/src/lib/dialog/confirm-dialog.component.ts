import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import { TranslatePipe } from '../i18n/translate.pipe';

/** What the confirm dialog asks. Texts are already translated by the caller. */
export interface ConfirmDialogData {
  readonly title: string;
  readonly message: string;
  /** Label of the confirming button; "Confirm" by default. */
  readonly confirmLabel?: string;
  /** Styles the confirming button as destructive. */
  readonly destructive?: boolean;
}

/** A yes/no dialog; closes with `true` when confirmed. Open it through {@link ConfirmService}. */
@Component({
  selector: 'beaus-confirm-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    TranslatePipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p>{{ data.message }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">
        {{ 'dialog.cancel' | translate }}
      </button>
      <button
        mat-flat-button
        type="button"
        class="confirm"
        [class.destructive]="data.destructive"
        [mat-dialog-close]="true"
      >
        {{ data.confirmLabel ?? ('dialog.confirm' | translate) }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .destructive {
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
    }
  `,
})
export class ConfirmDialogComponent {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}
