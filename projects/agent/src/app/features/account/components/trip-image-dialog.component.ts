import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import { TranslatePipe } from '@beaus/shared';

export interface TripImageDialogData {
  /** An object URL the thumbnail owns (it revokes it, not the dialog). */
  readonly url: string;
  /** Names plate and plaza; also the dialog's title. */
  readonly alt: string;
}

/** A trip's evidence image at full size. */
@Component({
  selector: 'beaus-trip-image-dialog',
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
    <h2 mat-dialog-title>{{ data.alt }}</h2>
    <mat-dialog-content>
      <img class="full" [src]="data.url" [alt]="data.alt" />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close cdkFocusInitial>
        {{ 'agent.tripImage.close' | translate }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .full {
      display: block;
      width: min(480px, 100%);
      height: auto;
    }
  `,
})
export class TripImageDialogComponent {
  protected readonly data = inject<TripImageDialogData>(MAT_DIALOG_DATA);
}
