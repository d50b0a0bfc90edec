import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '@beaus/shared';
import type { TollLookup } from '../data/guest-pay.api';

const dayMs = 86_400_000;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** From and to are real days, in order, at most 90 days apart (the BFF checks it too). */
function rangeOk(group: AbstractControl): ValidationErrors | null {
  const { from, to } = group.value as { from: string; to: string };
  if (!isoDay.test(from) || !isoDay.test(to)) return null;
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs + 1;
  return days >= 1 && days <= 90 ? null : { range: true };
}

function day(offsetDays: number, now = new Date()): string {
  return new Date(now.getTime() + offsetDays * dayMs).toISOString().slice(0, 10);
}

/** Plate, state and a date range (the last 30 days to start with). */
@Component({
  selector: 'beaus-toll-lookup-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    TranslatePipe,
  ],
  template: `
    <form class="lookup" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <div class="row">
        <mat-form-field appearance="outline" class="plate">
          <mat-label>{{ 'customer.tolls.plate' | translate }}</mat-label>
          <input
            matInput
            formControlName="plate"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            required
          />
          <mat-hint>{{ 'customer.pay.plateHint' | translate }}</mat-hint>
          <mat-error>{{ 'customer.pay.required' | translate }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" class="state">
          <mat-label>{{ 'customer.tolls.jurisdiction' | translate }}</mat-label>
          <input
            matInput
            formControlName="jurisdiction"
            autocomplete="off"
            autocapitalize="characters"
            maxlength="2"
            required
          />
          <mat-hint>{{ 'customer.tolls.jurisdictionHint' | translate }}</mat-hint>
          <mat-error>{{ 'customer.tolls.jurisdictionHint' | translate }}</mat-error>
        </mat-form-field>
      </div>
      <div class="row">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'customer.tolls.from' | translate }}</mat-label>
          <input matInput formControlName="from" type="date" required />
          <mat-hint>{{ 'customer.tolls.rangeHint' | translate }}</mat-hint>
          <mat-error>{{ 'customer.pay.required' | translate }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'customer.tolls.to' | translate }}</mat-label>
          <input matInput formControlName="to" type="date" required />
          <mat-error>{{ 'customer.pay.required' | translate }}</mat-error>
        </mat-form-field>
      </div>
      @if (form.hasError('range') && form.touched) {
        <p class="range-error" role="alert">{{ 'customer.tolls.badRange' | translate }}</p>
      }
      <button mat-flat-button type="submit" class="find" [disabled]="busy()">
        {{ 'customer.tolls.find' | translate }}
      </button>
    </form>
  `,
  styles: `
    .lookup {
      display: grid;
      gap: 16px;
      max-width: 520px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
    }
    .row mat-form-field {
      flex: 1 1 180px;
    }
    .row .state {
      flex: 0 1 120px;
    }
    .range-error {
      margin: 0;
      color: var(--mat-sys-error);
    }
    .find {
      justify-self: start;
      min-height: 48px;
    }
  `,
})
export class TollLookupFormComponent {
  /** True while a look-up is running. */
  readonly busy = input(false);
  /** The person asked for the tolls of a plate in a range. */
  readonly lookup = output<TollLookup>();

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      plate: ['', [Validators.required, Validators.maxLength(12)]],
      jurisdiction: ['', [Validators.required, Validators.pattern(/^[A-Za-z]{2}$/)]],
      from: [day(-30), [Validators.required, Validators.pattern(isoDay)]],
      to: [day(0), [Validators.required, Validators.pattern(isoDay)]],
    },
    { validators: rangeOk },
  );

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { plate, jurisdiction, from, to } = this.form.getRawValue();
    this.lookup.emit({
      plate: plate.trim(),
      jurisdiction: jurisdiction.trim().toUpperCase(),
      from,
      to,
    });
  }
}
