import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { EmptyStateComponent, PlatePipe, StatusChipComponent, TranslatePipe } from '@beaus/shared';
import type { CustomerAccount } from '../data/customer-account.api';

type Tag = CustomerAccount['tags'][number];

/** The driver's tags with their status; one still in use can be reported lost or stolen. */
@Component({
  selector: 'beaus-my-tags',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, EmptyStateComponent, PlatePipe, StatusChipComponent, TranslatePipe],
  template: `
    @if (tags().length === 0) {
      <beaus-empty-state messageKey="customer.account.noTags" />
    } @else {
      <table class="simple-table">
        <thead>
          <tr>
            <th scope="col">{{ 'customer.column.tag' | translate }}</th>
            <th scope="col">{{ 'customer.column.status' | translate }}</th>
            <th scope="col">{{ 'customer.column.plate' | translate }}</th>
            <th scope="col">
              <span class="beaus-visually-hidden">{{ 'customer.tags.actions' | translate }}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          @for (tag of tags(); track tag.id) {
            <tr>
              <td class="mono">{{ tag.tagNo }}</td>
              <td><beaus-status-chip [status]="tag.status" /></td>
              <td class="mono">{{ tag.plate | plate }}</td>
              <td class="actions">
                @if (tag.status !== 'lost' && tag.status !== 'stolen') {
                  <button
                    mat-button
                    type="button"
                    class="report-lost"
                    [disabled]="busy()"
                    [attr.aria-label]="
                      'customer.tags.reportLostLabel' | translate: { tagNo: tag.tagNo }
                    "
                    (click)="report.emit({ tag, status: 'lost' })"
                  >
                    {{ 'customer.tags.reportLost' | translate }}
                  </button>
                  <button
                    mat-button
                    type="button"
                    class="report-stolen"
                    [disabled]="busy()"
                    [attr.aria-label]="
                      'customer.tags.reportStolenLabel' | translate: { tagNo: tag.tagNo }
                    "
                    (click)="report.emit({ tag, status: 'stolen' })"
                  >
                    {{ 'customer.tags.reportStolen' | translate }}
                  </button>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
  styles: `
    .simple-table {
      width: 100%;
      border-collapse: collapse;
    }
    .simple-table th,
    .simple-table td {
      padding: 10px 12px;
      text-align: left;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .simple-table th {
      font: var(--mat-sys-title-small);
    }
    .mono {
      font-family: ui-monospace, monospace;
    }
    .actions {
      white-space: nowrap;
    }
    .actions button {
      min-height: 48px;
    }
  `,
})
export class MyTagsComponent {
  readonly tags = input.required<CustomerAccount['tags']>();
  readonly busy = input(false);
  readonly report = output<{ tag: Tag; status: 'lost' | 'stolen' }>();
}
