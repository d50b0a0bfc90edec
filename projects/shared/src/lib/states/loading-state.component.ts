import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { TranslatePipe } from '../i18n/translate.pipe';

/** A spinner with a text that screen readers announce politely. */
@Component({
  selector: 'beaus-loading-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatProgressSpinner, TranslatePipe],
  template: `
    <mat-spinner diameter="32" aria-hidden="true" />
    <p role="status">{{ messageKey() | translate }}</p>
  `,
  styles: `
    :host {
      display: flex;
      align-items: center;
      gap: 16px;
      padding: 24px;
    }
    p {
      margin: 0;
    }
  `,
})
export class LoadingStateComponent {
  /** Translation key of the text; "Loading…" by default. */
  readonly messageKey = input('state.loading');
}
