import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { TranslatePipe, TranslationService, formatPlate } from '@beaus/shared';
import type { AccountTrip } from '../data/account.api';
import { TripImageApi } from '../data/trip-image.api';
import { TripImageDialogComponent } from './trip-image-dialog.component';
import type { TripImageDialogData } from './trip-image-dialog.component';

type ImageState =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly url: string }
  | { readonly status: 'missing' };

/**
 * The first evidence image of a trip as a small thumbnail; click or Enter opens it larger. The
 * store keeps images for a while only, so a missing one says so instead of a broken image.
 */
@Component({
  selector: 'beaus-trip-image',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @switch (state().status) {
      @case ('loaded') {
        <button
          type="button"
          class="thumb"
          [attr.aria-label]="'agent.tripImage.open' | translate: names()"
          (click)="open()"
        >
          <img [src]="url()" [alt]="alt()" width="72" height="36" />
        </button>
      }
      @case ('missing') {
        <span class="hint">{{ 'agent.tripImage.notRetained' | translate }}</span>
      }
      @default {
        <span class="hint" role="status">{{ 'agent.tripImage.loading' | translate }}</span>
      }
    }
  `,
  styles: `
    .thumb {
      padding: 2px;
      border: 1px solid var(--mat-sys-outline-variant, #c4c6d0);
      border-radius: 4px;
      background: transparent;
      cursor: zoom-in;
      line-height: 0;
    }
    .thumb:focus-visible {
      outline: 2px solid var(--mat-sys-primary, #1f5fbf);
      outline-offset: 2px;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant, #44474e);
      font-size: 0.85em;
      white-space: nowrap;
    }
  `,
})
export class TripImageComponent {
  readonly accountId = input.required<number>();
  readonly trip = input.required<AccountTrip>();

  private readonly api = inject(TripImageApi);
  private readonly dialog = inject(MatDialog);
  private readonly translations = inject(TranslationService);

  protected readonly state = signal<ImageState>({ status: 'loading' });
  protected readonly url = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.url : '';
  });
  protected readonly names = computed(() => {
    const trip = this.trip();
    return {
      plate: formatPlate(trip.plate ?? '', trip.jurisdiction),
      plaza: `${trip.plazaName} (${trip.plazaCode})`,
    };
  });
  protected readonly alt = computed(() =>
    this.translations.translate('agent.tripImage.alt', this.names()),
  );

  constructor() {
    effect((onCleanup) => {
      let url: string | null = null;
      this.state.set({ status: 'loading' });
      const subscription = this.api.image(this.accountId(), Number(this.trip().id), 0).subscribe({
        next: (blob) => {
          url = URL.createObjectURL(blob);
          this.state.set({ status: 'loaded', url });
        },
        error: () => this.state.set({ status: 'missing' }),
      });
      onCleanup(() => {
        subscription.unsubscribe();
        if (url) URL.revokeObjectURL(url);
      });
    });
  }

  protected open(): void {
    const data: TripImageDialogData = { url: this.url(), alt: this.alt() };
    this.dialog.open(TripImageDialogComponent, { data, maxWidth: '95vw' });
  }
}
