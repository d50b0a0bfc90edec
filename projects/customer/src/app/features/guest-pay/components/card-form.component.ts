import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MoneyPipe, TranslatePipe } from '@beaus/shared';
import { CardFieldsComponent } from '../../../shared/card-fields/card-fields.component';
import { cardEntryOf, cardFieldsGroup } from '../../../shared/card-fields/card-fields';
import type { CardEntry } from '../data/guest-pay.api';

export interface CardSubmission {
  card: CardEntry;
  email: string | null;
}

/** Pays an amount by card: the (sandbox) card fields, a receipt address and the pay button. */
@Component({
  selector: 'beaus-card-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    MoneyPipe,
    TranslatePipe,
    CardFieldsComponent,
  ],
  template: `
    <form class="card" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <fieldset class="fields">
        <legend class="legend">{{ 'customer.pay.card' | translate }}</legend>
        <beaus-card-fields [group]="form.controls.card" />
        <mat-form-field appearance="outline">
          <mat-label>{{ 'customer.pay.email' | translate }}</mat-label>
          <input matInput formControlName="email" type="email" autocomplete="email" />
        </mat-form-field>
      </fieldset>
      <button mat-flat-button type="submit" class="pay" [disabled]="busy()">
        @if (busy()) {
          {{ 'customer.pay.paying' | translate }}
        } @else {
          {{ 'customer.pay.payNow' | translate: { amount: (amountCents() | money) } }}
        }
      </button>
    </form>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 4px;
      margin: 0;
      padding: 0;
      border: 0;
    }
    .legend {
      font: var(--mat-sys-title-medium);
      margin-bottom: 4px;
    }
    .pay {
      width: 100%;
      min-height: 48px;
      margin-top: 8px;
    }
  `,
})
export class CardFormComponent {
  /** What the button says will be charged. */
  readonly amountCents = input.required<number>();
  /** True while the payment runs; the button is disabled. */
  readonly busy = input(false);
  /** The card and receipt address, once the fields look right. */
  readonly pay = output<CardSubmission>();

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    card: cardFieldsGroup(this.fb),
    email: ['', [Validators.email]],
  });

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.pay.emit({
      card: cardEntryOf(this.form.controls.card),
      email: this.form.controls.email.value.trim() || null,
    });
  }
}
