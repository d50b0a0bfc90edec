import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslatePipe } from '../i18n/translate.pipe';

/** Says that loading failed (announced as an alert) and offers to try again. */
@Component({
  selector: 'beaus-error-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, TranslatePipe],
  template: `
    <p role="alert" class="message">{{ messageKey() | translate }}</p>
    <button mat-stroked-button type="button" class="retry" (click)="retry.emit()">
      {{ 'state.retry' | translate }}
    </button>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 16px;
      padding: 24px;
    }
    .message {
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
})
export class ErrorStateComponent {
  /** Translation key of the text. */
  readonly messageKey = input('state.error');
  /** The person asked to try again. */
  readonly retry = output();
}
