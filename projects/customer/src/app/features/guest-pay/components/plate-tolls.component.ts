import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MoneyPipe, PlatePipe, TranslatePipe, ZonedDatePipe } from '@beaus/shared';
import type { PlateTolls } from '../data/guest-pay.api';

/**
 * A plate's tolls in a range: each with its photo, plaza, local time and rate, whether it can be
 * paid now, the administrative fee with the rule that sets it, and the amount due (the sum).
 */
@Component({
  selector: 'beaus-plate-tolls',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MoneyPipe, PlatePipe, TranslatePipe, ZonedDatePipe],
  templateUrl: './plate-tolls.component.html',
  styleUrl: './invoice-details.component.scss',
})
export class PlateTollsComponent {
  readonly tolls = input.required<PlateTolls>();

  protected readonly payable = computed(() =>
    this.tolls().tolls.some((toll) => toll.status === 'unbilled'),
  );
  /** What paying now costs: the unbilled tolls plus one administrative fee. */
  readonly amountDueCents = computed(() =>
    this.payable() ? this.tolls().unbilledCents + this.tolls().adminFee.amountCents : 0,
  );
}
