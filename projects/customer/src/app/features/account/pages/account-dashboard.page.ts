import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
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
import { AutoTopUpFormComponent } from '../components/auto-top-up-form.component';
import { TopUpPanelComponent } from '../components/top-up-panel.component';
import { CustomerAccountApi, type AutoTopUpSetting } from '../data/customer-account.api';

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
    TopUpPanelComponent,
    AutoTopUpFormComponent,
  ],
  templateUrl: './account-dashboard.page.html',
  styleUrl: './account-dashboard.page.scss',
})
export default class AccountDashboardPage {
  private readonly api = inject(CustomerAccountApi);

  protected readonly account = rxResource({ stream: () => this.api.load() });
  protected readonly busy = signal(false);
  /** The outcome of the last top-up or settings change, announced in the section. */
  protected readonly outcome = signal<{ key: string; failed: boolean } | null>(null);
  /** One key per top-up the person asks for; kept until it is answered, so a retry reuses it. */
  private pendingTopUp: { amountCents: number; key: string } | null = null;

  protected topUp(amountCents: number): void {
    if (this.busy()) return;
    if (this.pendingTopUp?.amountCents !== amountCents) {
      this.pendingTopUp = { amountCents, key: crypto.randomUUID() };
    }
    this.busy.set(true);
    this.outcome.set(null);
    this.api.topUp(amountCents, this.pendingTopUp.key).subscribe({
      next: (receipt) => {
        this.busy.set(false);
        this.pendingTopUp = null;
        if (receipt.status === 'succeeded') {
          this.outcome.set({ key: 'customer.topUp.done', failed: false });
          this.account.reload();
        } else {
          this.outcome.set({ key: 'customer.topUp.declined', failed: true });
        }
      },
      error: () => {
        this.busy.set(false);
        this.outcome.set({ key: 'customer.topUp.failed', failed: true });
      },
    });
  }

  protected saveAutoTopUp(setting: AutoTopUpSetting): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.outcome.set(null);
    this.api.setAutoTopUp(setting).subscribe({
      next: () => {
        this.busy.set(false);
        this.outcome.set({ key: 'customer.autoTopUp.saved', failed: false });
        this.account.reload();
      },
      error: () => {
        this.busy.set(false);
        this.outcome.set({ key: 'customer.topUp.failed', failed: true });
      },
    });
  }
}
