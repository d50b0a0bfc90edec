import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';

/** Says that there is nothing to show, and optionally what to do about it (projected content). */
@Component({
  selector: 'beaus-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <p class="message">{{ messageKey() | translate }}</p>
    <ng-content />
  `,
  styles: `
    :host {
      display: block;
      padding: 24px;
      color: var(--mat-sys-on-surface-variant);
    }
    .message {
      margin: 0 0 8px;
      font: var(--mat-sys-body-large);
    }
  `,
})
export class EmptyStateComponent {
  /** Translation key of the text. */
  readonly messageKey = input('state.empty');
}
