import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** One headline figure with its label; the figure is already formatted. */
@Component({
  selector: 'beaus-metric-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="label">{{ label() }}</h2>
    <p class="value">{{ value() }}</p>
    <ng-content />
  `,
  styles: `
    :host {
      display: block;
      padding: 20px;
      border-radius: 16px;
      background: var(--mat-sys-surface-container);
    }
    .label {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .value {
      margin: 0;
      font: var(--mat-sys-display-small);
    }
  `,
})
export class MetricCardComponent {
  /** What the figure is. */
  readonly label = input.required<string>();
  /** The figure, formatted for display. */
  readonly value = input.required<string>();
}
