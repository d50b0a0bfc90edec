import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MoneyPipe, TranslatePipe } from '@beaus/shared';
import type { CardEntry } from '../data/guest-pay.api';

export interface CardSubmission {
  card: CardEntry;
  email: string | null;
}

/**
 * The sandbox stand-in for the processor's hosted card fields. In production these inputs are
 * the processor's iframe and the card goes straight to it; here it goes to the sandbox tokenizer.
 */
@Component({
  selector: 'beaus-card-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MoneyPipe,
    TranslatePipe,
  ],
  template: `
    <form class="card" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <fieldset class="fields">
        <legend class="legend">{{ 'customer.pay.card' | translate }}</legend>
        <p class="note">{{ 'customer.pay.sandboxNote' | translate }}</p>
        <mat-form-field appearance="outline" class="wide">
          <mat-label>{{ 'customer.pay.cardNumber' | translate }}</mat-label>
          <input
            matInput
            formControlName="number"
            inputmode="numeric"
            autocomplete="cc-number"
            required
          />
          <mat-error>{{ 'customer.pay.invalidCard' | translate }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'customer.pay.expMonth' | translate }}</mat-label>
          <input
            matInput
            formControlName="expMonth"
            inputmode="numeric"
            autocomplete="cc-exp-month"
            required
          />
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'customer.pay.expYear' | translate }}</mat-label>
          <input
            matInput
            formControlName="expYear"
            inputmode="numeric"
            autocomplete="cc-exp-year"
            required
          />
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'customer.pay.cvc' | translate }}</mat-label>
          <input
            matInput
            formControlName="cvc"
            inputmode="numeric"
            autocomplete="cc-csc"
            required
          />
        </mat-form-field>
        <mat-form-field appearance="outline" class="wide">
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
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: 8px 12px;
      margin: 0;
      padding: 0;
      border: 0;
    }
    .legend {
      font: var(--mat-sys-title-medium);
      margin-bottom: 4px;
    }
    .note {
      grid-column: 1 / -1;
      margin: 0 0 8px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .wide {
      grid-column: 1 / -1;
    }
    .pay {
      width: 100%;
      min-height: 48px;
      margin-top: 8px;
    }
    @media (max-width: 360px) {
      .fields {
        grid-template-columns: minmax(0, 1fr);
      }
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

  protected readonly form = inject(NonNullableFormBuilder).group({
    number: ['', [Validators.required, Validators.pattern(/^[0-9 -]{12,23}$/)]],
    expMonth: ['', [Validators.required, Validators.pattern(/^(0?[1-9]|1[0-2])$/)]],
    expYear: ['', [Validators.required, Validators.pattern(/^20\d\d$/)]],
    cvc: ['', [Validators.required, Validators.pattern(/^\d{3,4}$/)]],
    email: ['', [Validators.email]],
  });

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.pay.emit({
      card: {
        number: value.number.replace(/[\s-]/g, ''),
        expMonth: Number(value.expMonth),
        expYear: Number(value.expYear),
        cvc: value.cvc,
      },
      email: value.email.trim() || null,
    });
  }
}
