import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MoneyPipe, PlatePipe, TranslatePipe, ZonedDatePipe } from '@beaus/shared';
import type { GuestInvoice } from '../data/guest-pay.api';

/**
 * Every line of an invoice: each toll with its photo, plaza, local time and rate, each fee with
 * the rule that added it, the amount due (the sum of the lines) and the next fee ahead.
 */
@Component({
  selector: 'beaus-invoice-details',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MoneyPipe, PlatePipe, TranslatePipe, ZonedDatePipe],
  templateUrl: './invoice-details.component.html',
  styleUrl: './invoice-details.component.scss',
})
export class InvoiceDetailsComponent {
  readonly invoice = input.required<GuestInvoice>();

  protected readonly tolls = computed(() => this.invoice().lines.filter((line) => line.trip));
  protected readonly fees = computed(() => this.invoice().lines.filter((line) => !line.trip));
}
