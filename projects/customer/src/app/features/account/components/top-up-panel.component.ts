import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MoneyPipe, TranslatePipe } from '@beaus/shared';

/** Top-up amounts offered, in cents: the demo's auto top-up ($40) among them. */
export const topUpChoices = [1000, 2500, 4000, 10000] as const;

/** Pick an amount and top up with the card on file. */
@Component({
  selector: 'beaus-top-up-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MoneyPipe, TranslatePipe],
  template: `
    <div class="choices" role="group" [attr.aria-label]="'customer.topUp.amount' | translate">
      @for (choice of choices; track choice) {
        <button
          mat-stroked-button
          type="button"
          class="choice"
          [class.chosen]="amount() === choice"
          [attr.aria-pressed]="amount() === choice"
          (click)="amount.set(choice)"
        >
          {{ choice | money }}
        </button>
      }
    </div>
    @if (cardLabel()) {
      <p class="card">{{ 'customer.topUp.cardOnFile' | translate: { card: cardLabel() } }}</p>
      <button
        mat-flat-button
        type="button"
        class="top-up-button"
        [disabled]="busy()"
        (click)="submit()"
      >
        {{ 'customer.topUp.submit' | translate: { amount: (amount() | money) } }}
      </button>
    } @else {
      <p class="card">{{ 'customer.topUp.noCard' | translate }}</p>
    }
  `,
  styles: `
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .choice {
      min-height: 48px;
    }
    .choice.chosen {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .card {
      margin: 8px 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .top-up-button {
      min-height: 48px;
    }
  `,
})
export class TopUpPanelComponent {
  /** e.g. "visa •••• 4242"; empty when there is no card on file. */
  readonly cardLabel = input('');
  readonly busy = input(false);
  /** The person asked to top up by this many cents. */
  readonly topUp = output<number>();

  protected readonly choices = topUpChoices;
  protected readonly amount = signal<number>(2500);

  protected submit(): void {
    if (!this.busy()) this.topUp.emit(this.amount());
  }
}
