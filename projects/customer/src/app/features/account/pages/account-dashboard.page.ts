import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  MoneyPipe,
  PlatePipe,
  StatusChipComponent,
  TranslatePipe,
  ZonedDatePipe,
} from '@beaus/shared';
import { CustomerAccountApi } from '../data/customer-account.api';

/**
 * The customer's first page after sign-in: balance and status, tags, vehicles and the most
 * recent trips, each trip in its plaza's local time.
 */
@Component({
  selector: 'beaus-account-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    LoadingStateComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    StatusChipComponent,
    MoneyPipe,
    PlatePipe,
    TranslatePipe,
    ZonedDatePipe,
  ],
  templateUrl: './account-dashboard.page.html',
  styleUrl: './account-dashboard.page.scss',
})
export default class AccountDashboardPage {
  private readonly api = inject(CustomerAccountApi);

  protected readonly account = rxResource({ stream: () => this.api.load() });
}
