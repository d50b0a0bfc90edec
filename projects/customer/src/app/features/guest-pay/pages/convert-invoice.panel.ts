import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
  signal,
  type OnInit,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import {
  ErrorStateComponent,
  LoadingStateComponent,
  MoneyPipe,
  PlatePipe,
  TranslatePipe,
  TranslationService,
} from '@beaus/shared';
import { switchMap } from 'rxjs';
import { CardFieldsComponent } from '../../../shared/card-fields/card-fields.component';
import { cardEntryOf, cardFieldsGroup } from '../../../shared/card-fields/card-fields';
import { GuestPayApi, type ConversionResult } from '../data/guest-pay.api';

/** Whole dollars typed by a person; × 100 of an integer stays an exact integer of cents. */
const centsOf = (dollars: string) => Number(dollars) * 100;

/**
 * "Open a prepaid account with these tolls": shows what the conversion waives and names the rule,
 * then opens the account (contact, sign-in, card, opening balance) with the invoice's plate as its
 * vehicle. The invoice number and plate the guest already gave are the proof.
 */
@Component({
  selector: 'beaus-convert-invoice-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    CardFieldsComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    MoneyPipe,
    PlatePipe,
    TranslatePipe,
  ],
  templateUrl: './convert-invoice.panel.html',
  styles: `
    :host {
      display: block;
    }
    .waived {
      margin: 0 0 16px;
      padding: 0;
      list-style: none;
    }
    .waived li {
      display: flex;
      justify-content: space-between;
      gap: 12px;
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .rule {
      display: block;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .note {
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-secondary-container);
    }
    form {
      display: grid;
      gap: 12px;
      max-width: 520px;
      margin-top: 16px;
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 12px;
    }
    legend {
      font: var(--mat-sys-title-medium);
      margin-bottom: 8px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
    }
    .row mat-form-field {
      flex: 1 1 140px;
    }
    .submit {
      justify-self: start;
      min-height: 48px;
    }
    .problem {
      color: var(--mat-sys-error);
    }
  `,
})
export class ConvertInvoicePanel implements OnInit {
  private readonly api = inject(GuestPayApi);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly translations = inject(TranslationService);

  /** The invoice the guest looked up, with the plate they typed (the proof). */
  readonly invoiceNo = input.required<string>();
  readonly plate = input.required<string>();
  readonly jurisdiction = input.required<string>();
  /** The axles the tolls were rated for, to start the vehicle's class from. */
  readonly vehicleClass = input(2);
  /** The guest wants the invoice again. */
  readonly back = output();

  protected readonly preview = rxResource({
    params: () => ({ invoiceNo: this.invoiceNo(), plate: this.plate() }),
    stream: ({ params }) => this.api.previewConversion(params.invoiceNo, params.plate),
  });
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly opened = signal<ConversionResult | null>(null);

  protected readonly form = this.fb.group({
    firstName: ['', [Validators.required, Validators.maxLength(60)]],
    lastName: ['', [Validators.required, Validators.maxLength(60)]],
    email: ['', [Validators.required, Validators.email]],
    phone: ['', [Validators.required, Validators.pattern(/^\+?[0-9 ().-]{7,20}$/)]],
    password: ['', [Validators.required, Validators.minLength(12)]],
    vehicleClass: ['2', [Validators.required, Validators.pattern(/^[2-9]$/)]],
    card: cardFieldsGroup(this.fb),
    opening: ['40', [Validators.required, Validators.pattern(/^\d{1,3}$/)]],
  });

  ngOnInit(): void {
    this.form.controls.vehicleClass.setValue(String(this.vehicleClass()));
  }

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.busy.set(true);
    this.problem.set(null);
    this.api
      .tokenizeCard(cardEntryOf(this.form.controls.card))
      .pipe(
        switchMap((card) =>
          this.api.convert(
            { invoiceNo: this.invoiceNo(), plate: this.plate() },
            {
              contact: {
                firstName: value.firstName.trim(),
                lastName: value.lastName.trim(),
                email: value.email.trim(),
                phone: value.phone.trim(),
              },
              password: value.password,
              vehicles: [
                {
                  plate: this.plate(),
                  jurisdiction: this.jurisdiction(),
                  vehicleClass: Number(value.vehicleClass),
                },
              ],
              card,
              initialTopUpCents: centsOf(value.opening),
              autoTopUp: { thresholdCents: 1000, amountCents: centsOf(value.opening) },
            },
            this.translations.language(),
          ),
        ),
      )
      .subscribe({
        next: (result) => {
          this.busy.set(false);
          this.opened.set(result);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.problem.set(problemKeyOf(error));
        },
      });
  }
}

function problemKeyOf(error: unknown): string {
  if (!(error instanceof HttpErrorResponse)) return 'customer.pay.failed';
  if (error.status === 400) return 'customer.convert.invalid';
  if (error.status === 409) return 'customer.convert.taken';
  if (error.status === 429) return 'customer.pay.tooMany';
  return 'customer.pay.failed';
}
