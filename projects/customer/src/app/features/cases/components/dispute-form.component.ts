import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MoneyPipe, TranslatePipe, ZonedDatePipe } from '@beaus/shared';
import type { OpenDispute, RecentTrip } from '../data/cases.api';

/** What is disputed and why: one of the recent trips, or an invoice by its number. */
@Component({
  selector: 'beaus-dispute-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MoneyPipe,
    TranslatePipe,
    ZonedDatePipe,
  ],
  template: `
    <form class="dispute" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <fieldset class="about">
        <legend>{{ 'customer.cases.what' | translate }}</legend>
        <label class="choice">
          <input type="radio" formControlName="about" value="trip" />
          {{ 'customer.cases.aTrip' | translate }}
        </label>
        <label class="choice">
          <input type="radio" formControlName="about" value="invoice" />
          {{ 'customer.cases.anInvoice' | translate }}
        </label>
      </fieldset>
      @if (form.controls.about.value === 'trip') {
        <mat-form-field appearance="outline">
          <mat-label>{{ 'customer.cases.trip' | translate }}</mat-label>
          <select matNativeControl formControlName="tripId" required>
            <option value="">{{ 'customer.cases.pickTrip' | translate }}</option>
            @for (trip of trips(); track trip.id) {
              <option [value]="trip.id">
                {{ trip.occurredAt | zonedDate: trip.timeZone }} · {{ trip.plazaName }} ·
                {{ trip.amountCents === null ? '' : (trip.amountCents | money) }}
              </option>
            }
          </select>
          <mat-error>{{ 'customer.pay.required' | translate }}</mat-error>
        </mat-form-field>
      } @else {
        <mat-form-field appearance="outline">
          <mat-label>{{ 'customer.pay.invoiceNo' | translate }}</mat-label>
          <input matInput formControlName="invoiceNo" autocomplete="off" required />
          <mat-error>{{ 'customer.pay.required' | translate }}</mat-error>
        </mat-form-field>
      }
      <mat-form-field appearance="outline">
        <mat-label>{{ 'customer.cases.reason' | translate }}</mat-label>
        <textarea matInput formControlName="reason" rows="4" required></textarea>
        <mat-hint>{{ 'customer.cases.reasonHint' | translate }}</mat-hint>
        <mat-error>{{ 'customer.cases.reasonHint' | translate }}</mat-error>
      </mat-form-field>
      <button mat-flat-button type="submit" class="submit" [disabled]="busy()">
        {{ 'customer.cases.submit' | translate }}
      </button>
    </form>
  `,
  styles: `
    .dispute {
      display: grid;
      gap: 8px;
      max-width: 640px;
    }
    .about {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 24px;
      margin: 0 0 8px;
      padding: 0;
      border: 0;
    }
    .about legend {
      font: var(--mat-sys-title-small);
      margin-bottom: 4px;
    }
    .choice {
      display: flex;
      align-items: center;
      gap: 8px;
      min-height: 48px;
    }
    .choice input {
      width: 20px;
      height: 20px;
    }
    .submit {
      min-height: 48px;
      justify-self: start;
    }
  `,
})
export class DisputeFormComponent {
  readonly trips = input<readonly RecentTrip[]>([]);
  /** A trip chosen before the form opened (from the dashboard's Dispute link). */
  readonly tripId = input<string | null>(null);
  readonly busy = input(false);
  readonly dispute = output<OpenDispute>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    about: ['trip' as 'trip' | 'invoice'],
    tripId: [''],
    invoiceNo: [''],
    reason: ['', [Validators.required, Validators.minLength(10), Validators.maxLength(2000)]],
  });

  constructor() {
    effect(() => {
      const tripId = this.tripId();
      if (tripId) this.form.patchValue({ about: 'trip', tripId });
    });
  }

  protected submit(): void {
    const value = this.form.getRawValue();
    const target = value.about === 'trip' ? value.tripId : value.invoiceNo.trim();
    // Only the chosen target counts: the other field may keep a stale error from its input.
    const targetControl = this.form.controls[value.about === 'trip' ? 'tripId' : 'invoiceNo'];
    if (!target) targetControl.setErrors({ required: true });
    if (!target || this.form.controls.reason.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.dispute.emit(
      value.about === 'trip'
        ? { tripId: Number(target), reason: value.reason.trim() }
        : { invoiceNo: target.toUpperCase(), reason: value.reason.trim() },
    );
  }
}
