import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MoneyPipe, TranslatePipe, ZonedDatePipe } from '@beaus/shared';
import type { PaymentReceipt } from '../data/guest-pay.api';

/** What was paid, when, with which card, and the reference to quote. */
@Component({
  selector: 'beaus-payment-receipt',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MoneyPipe, TranslatePipe, ZonedDatePipe],
  template: `
    <p class="lead">
      {{ 'customer.pay.receiptLead' | translate: { invoiceNo: receipt().invoiceNo } }}
    </p>
    <dl class="facts">
      <dt>{{ 'customer.pay.amountPaid' | translate }}</dt>
      <dd class="paid-amount">{{ receipt().amountCents | money }}</dd>
      <dt>{{ 'customer.pay.paidAt' | translate }}</dt>
      <dd>{{ receipt().paidAt | zonedDate }}</dd>
      <dt>{{ 'customer.pay.cardUsed' | translate }}</dt>
      <dd>{{ cardLabel() }}</dd>
      <dt>{{ 'customer.pay.reference' | translate }}</dt>
      <dd class="mono">{{ receipt().reference }}</dd>
    </dl>
    @if (email(); as address) {
      <p>{{ 'customer.pay.emailed' | translate: { email: address } }}</p>
    }
  `,
  styles: `
    .lead {
      font: var(--mat-sys-title-medium);
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 8px 16px;
      margin: 16px 0;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .mono {
      font-family: ui-monospace, monospace;
    }
  `,
})
export class PaymentReceiptComponent {
  readonly receipt = input.required<PaymentReceipt>();
  /** e.g. "visa •••• 4242"; only the brand and last four are ever known here. */
  readonly cardLabel = input('');
  readonly email = input<string | null>(null);
}
