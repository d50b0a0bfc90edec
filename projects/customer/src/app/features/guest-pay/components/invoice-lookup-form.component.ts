import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '@beaus/shared';

export interface InvoiceLookup {
  invoiceNo: string;
  plate: string;
}

/** Invoice number and plate, as printed on the bill. */
@Component({
  selector: 'beaus-invoice-lookup-form',
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
      <mat-form-field appearance="outline">
        <mat-label>{{ 'customer.pay.invoiceNo' | translate }}</mat-label>
        <input
          matInput
          formControlName="invoiceNo"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          required
        />
        <mat-hint>{{ 'customer.pay.invoiceNoHint' | translate }}</mat-hint>
        <mat-error>{{ 'customer.pay.required' | translate }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'customer.pay.plate' | translate }}</mat-label>
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
      <button mat-flat-button type="submit" class="find" [disabled]="busy()">
        {{ 'customer.pay.find' | translate }}
      </button>
    </form>
  `,
  styles: `
    .lookup {
      display: grid;
      gap: 16px;
      max-width: 420px;
    }
    .find {
      justify-self: start;
      min-height: 48px;
    }
  `,
})
export class InvoiceLookupFormComponent {
  /** True while a look-up is running. */
  readonly busy = input(false);
  /** The person asked to find the invoice. */
  readonly lookup = output<InvoiceLookup>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    invoiceNo: ['', [Validators.required, Validators.maxLength(20)]],
    plate: ['', [Validators.required, Validators.maxLength(12)]],
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { invoiceNo, plate } = this.form.getRawValue();
    this.lookup.emit({ invoiceNo: invoiceNo.trim(), plate: plate.trim() });
  }
}
