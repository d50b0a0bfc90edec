import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import { TranslatePipe } from '@beaus/shared';
import type { Observable } from 'rxjs';

export interface TripPhotoDialogData {
  /** The photo, fetched with the customer's token (a plain `<img src>` would not carry it). */
  readonly photo: Observable<Blob>;
  /** Names plate and plaza: the dialog's title and the image's alt text. */
  readonly title: string;
}

type PhotoState =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly url: string }
  | { readonly status: 'missing' };

/**
 * A trip's plate photo at full size. The evidence store keeps photos for a while only, so a
 * missing one says so instead of showing a broken image.
 */
@Component({
  selector: 'beaus-trip-photo-dialog',
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
      @switch (state().status) {
        @case ('loaded') {
          <img class="full" [src]="url()" [alt]="data.title" />
        }
        @case ('missing') {
          <p class="missing">{{ 'customer.trip.notRetained' | translate }}</p>
        }
        @default {
          <p role="status">{{ 'customer.trip.loadingPhoto' | translate }}</p>
        }
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close cdkFocusInitial>
        {{ 'customer.trip.close' | translate }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .full {
      display: block;
      width: min(480px, 100%);
      height: auto;
    }
    .missing {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class TripPhotoDialogComponent {
  protected readonly data = inject<TripPhotoDialogData>(MAT_DIALOG_DATA);
  protected readonly state = signal<PhotoState>({ status: 'loading' });

  constructor() {
    let url: string | null = null;
    const subscription = this.data.photo.subscribe({
      next: (blob) => {
        url = URL.createObjectURL(blob);
        this.state.set({ status: 'loaded', url });
      },
      error: () => this.state.set({ status: 'missing' }),
    });
    inject(DestroyRef).onDestroy(() => {
      subscription.unsubscribe();
      if (url) URL.revokeObjectURL(url);
    });
  }

  protected url(): string {
    const state = this.state();
    return state.status === 'loaded' ? state.url : '';
  }
}
