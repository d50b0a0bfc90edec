import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MoneyPipe, StatusChipComponent, TranslatePipe } from '@beaus/shared';
import type { AccountView } from '../data/account.api';

/** Who the account is and what needs attention: type, status, balance, tags, alerts. */
@Component({
  selector: 'beaus-account-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MoneyPipe, StatusChipComponent, TranslatePipe],
  template: `
    @let view = account();
    <header class="header">
      <h1 class="beaus-page-title">
        {{ 'agent.account.title' | translate: { accountNo: view.accountNo } }}
      </h1>
      <dl class="facts">
        <div>
          <dt>{{ 'agent.column.type' | translate }}</dt>
          <dd>{{ 'agent.type.' + view.type | translate }}</dd>
        </div>
        <div>
          <dt>{{ 'agent.column.status' | translate }}</dt>
          <dd><beaus-status-chip [status]="view.status" /></dd>
        </div>
        <div>
          <dt>{{ 'agent.column.balance' | translate }}</dt>
          <dd class="balance" [class.negative]="view.balanceCents <= 0">
            {{ view.balanceCents | money }}
          </dd>
        </div>
        <div>
          <dt>{{ 'agent.account.tags' | translate }}</dt>
          <dd class="tags">
            @for (tag of view.tagStatuses; track tag.status) {
              <span><beaus-status-chip [status]="tag.status" /> × {{ tag.count }}</span>
            } @empty {
              {{ 'agent.account.noTags' | translate }}
            }
          </dd>
        </div>
      </dl>
      @if (view.alerts.length > 0) {
        <ul class="alerts" [attr.aria-label]="'agent.account.alerts' | translate">
          @for (alert of view.alerts; track alert.code) {
            <li [class]="'alert ' + alert.code">
              {{ 'agent.alert.' + alert.code | translate: { count: alert.count ?? 1 } }}
            </li>
          }
        </ul>
      }
    </header>
  `,
  styles: `
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 32px;
      margin: 0;
    }
    dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
    }
    .balance {
      font: var(--mat-sys-title-large);
    }
    .negative {
      color: var(--mat-sys-error);
    }
    .tags {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
    .alerts {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      padding: 0;
      list-style: none;
    }
    .alert {
      padding: 4px 12px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .alert.pending_adjustments {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
})
export class AccountHeaderComponent {
  readonly account = input.required<AccountView>();
}
