import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';

/** The colour family of a status; the text always says the status too (WCAG 1.4.1). */
export type StatusTone = 'success' | 'warning' | 'danger' | 'neutral' | 'info';

/** Tag, account, invoice and trip statuses and their tones; unknown statuses are neutral. */
const TONES: Readonly<Record<string, StatusTone>> = {
  valid: 'success',
  active: 'success',
  paid: 'success',
  posted: 'success',
  low_balance: 'warning',
  pending: 'warning',
  review: 'warning',
  unbilled: 'info',
  invoiced: 'info',
  invoice: 'info',
  open: 'info',
  second_notice: 'warning',
  unpaid: 'warning',
  invalid: 'danger',
  lost: 'danger',
  stolen: 'danger',
  suspended: 'danger',
  overdue: 'danger',
  violation: 'danger',
  collections: 'danger',
  inactive: 'neutral',
  closed: 'neutral',
  reversed: 'neutral',
};

/** The tone of a status value. */
export function statusTone(status: string): StatusTone {
  return TONES[status] ?? 'neutral';
}

/**
 * A status as a small labelled chip: `<beaus-status-chip status="low_balance" />` shows
 * "Low balance" on an amber background. The label comes from `status.<value>` translations.
 */
@Component({
  selector: 'beaus-status-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  host: { '[class]': '"tone-" + tone()' },
  template: `<span class="dot" aria-hidden="true"></span>{{ 'status.' + status() | translate }}`,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      padding: 2px 10px;
      border-radius: 12px;
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }
    .dot {
      width: 8px;
      height: 8px;
      border-radius: 50%;
      background: currentColor;
    }
    :host(.tone-success) {
      background: var(--beaus-tone-success-bg);
      color: var(--beaus-tone-success-fg);
    }
    :host(.tone-warning) {
      background: var(--beaus-tone-warning-bg);
      color: var(--beaus-tone-warning-fg);
    }
    :host(.tone-danger) {
      background: var(--beaus-tone-danger-bg);
      color: var(--beaus-tone-danger-fg);
    }
    :host(.tone-neutral) {
      background: var(--beaus-tone-neutral-bg);
      color: var(--beaus-tone-neutral-fg);
    }
    :host(.tone-info) {
      background: var(--beaus-tone-info-bg);
      color: var(--beaus-tone-info-fg);
    }
  `,
})
export class StatusChipComponent {
  /** The status value as the API sends it, e.g. `low_balance`. */
  readonly status = input.required<string>();
  protected readonly tone = computed(() => statusTone(this.status()));
}
