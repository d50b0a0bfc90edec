import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '@beaus/shared';
import type { AutoTopUpSetting } from '../data/customer-account.api';

const wholeDollars = /^\d{1,4}$/;

/** The whole dollars of an amount (cents dropped), exactly: integer arithmetic only. */
function wholeDollarsOf(cents: number): string {
  return String((cents - (cents % 100)) / 100);
}

/** Auto top-up on or off, with the balance that triggers it and the amount, in whole dollars. */
@Component({
  selector: 'beaus-auto-top-up-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    TranslatePipe,
  ],
  template: `
    <form class="auto" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <label class="enabled"
        ><input type="checkbox" formControlName="enabled" />{{
          'customer.autoTopUp.enabled' | translate
        }}</label
      >
      @if (form.controls.enabled.value) {
        <mat-form-field appearance="outline">
          <mat-label>{{ 'customer.autoTopUp.threshold' | translate }}</mat-label>
          <input matInput formControlName="thresholdDollars" inputmode="numeric" />
          <mat-error>{{ 'customer.autoTopUp.invalid' | translate }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'customer.autoTopUp.amount' | translate }}</mat-label>
          <input matInput formControlName="amountDollars" inputmode="numeric" />
          <mat-error>{{ 'customer.autoTopUp.invalid' | translate }}</mat-error>
        </mat-form-field>
      }
      <button mat-stroked-button type="submit" class="save" [disabled]="busy()">
        {{ 'customer.autoTopUp.save' | translate }}
      </button>
    </form>
  `,
  styles: `
    .auto {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
    }
    .save {
      min-height: 48px;
    }
    .enabled {
      display: flex;
      align-items: center;
      gap: 8px;
      min-height: 48px;
      flex-basis: 100%;
    }
    .enabled input {
      width: 20px;
      height: 20px;
    }
  `,
})
export class AutoTopUpFormComponent {
  readonly setting = input<AutoTopUpSetting>(null);
  readonly busy = input(false);
  /** The new setting: null turns auto top-up off. */
  readonly save = output<AutoTopUpSetting>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    enabled: [false],
    thresholdDollars: ['10', [Validators.required, Validators.pattern(wholeDollars)]],
    amountDollars: [
      '40',
      [Validators.required, Validators.pattern(wholeDollars), Validators.min(5)],
    ],
  });

  constructor() {
    effect(() => {
      const setting = this.setting();
      this.form.reset({
        enabled: setting !== null,
        thresholdDollars: setting ? wholeDollarsOf(setting.thresholdCents) : '10',
        amountDollars: setting ? wholeDollarsOf(setting.amountCents) : '40',
      });
    });
  }

  protected submit(): void {
    const { enabled, thresholdDollars, amountDollars } = this.form.getRawValue();
    if (!enabled) {
      this.save.emit(null);
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    // Whole dollars typed by a person; × 100 of an integer stays an exact integer of cents.
    this.save.emit({
      thresholdCents: Number(thresholdDollars) * 100,
      amountCents: Number(amountDollars) * 100,
    });
  }
}
