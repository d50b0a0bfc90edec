import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { AuthService, TranslatePipe } from '@beaus/shared';
import { switchMap } from 'rxjs';
import { CardFieldsComponent } from '../../../shared/card-fields/card-fields.component';
import { cardEntryOf, cardFieldsGroup } from '../../../shared/card-fields/card-fields';
import { SignUpApi, type SignUpRequest } from '../data/sign-up.api';

const wholeDollars = /^\d{1,4}$/;
/**
 * At most 8 letters or digits, as the BFF's plate rule (backend domain/plate.ts); the spaces,
 * dots and dashes drivers type between them do not count.
 */
const platePattern = /^(?:[A-Za-z0-9][ .-]?){1,8}$/;
/** Whole dollars typed by a person; × 100 of an integer stays an exact integer of cents. */
const centsOf = (dollars: string) => Number(dollars) * 100;

/**
 * Opens a prepaid account in one form, phone first: who you are, your sign-in, your vehicles,
 * your card (the sandbox stand-in for the processor's hosted fields) and your balance. On
 * success the driver is signed in and lands on the account.
 */
@Component({
  selector: 'beaus-sign-up-page',
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
    TranslatePipe,
    CardFieldsComponent,
  ],
  templateUrl: './sign-up.page.html',
  styleUrl: './sign-up.page.scss',
})
export default class SignUpPage {
  private readonly api = inject(SignUpApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly axleCounts = [2, 3, 4, 5, 6, 7, 8, 9] as const;
  protected readonly busy = signal(false);
  /** Why the last attempt failed, as a text key (or the BFF's own message for a 400). */
  protected readonly problem = signal<{ key: string; detail?: string } | null>(null);
  /** Set when the account opened but the opening top-up was declined. */
  protected readonly openedWithoutTopUp = signal<string | null>(null);

  protected readonly form = this.fb.group({
    firstName: ['', [Validators.required, Validators.maxLength(60)]],
    lastName: ['', [Validators.required, Validators.maxLength(60)]],
    email: ['', [Validators.required, Validators.email]],
    phone: ['', [Validators.required, Validators.pattern(/^\+?[0-9 ().-]{7,20}$/)]],
    password: ['', [Validators.required, Validators.minLength(12)]],
    vehicles: this.fb.array([this.vehicleGroup()]),
    card: cardFieldsGroup(this.fb),
    openingDollars: [
      '40',
      [Validators.required, Validators.pattern(wholeDollars), Validators.min(5)],
    ],
    thresholdDollars: ['10', [Validators.required, Validators.pattern(wholeDollars)]],
    topUpDollars: [
      '40',
      [Validators.required, Validators.pattern(wholeDollars), Validators.min(5)],
    ],
  });

  protected get vehicles() {
    return this.form.controls.vehicles;
  }

  protected addVehicle(): void {
    if (this.vehicles.length < 5) this.vehicles.push(this.vehicleGroup());
  }

  protected removeVehicle(index: number): void {
    if (this.vehicles.length > 1) this.vehicles.removeAt(index);
  }

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.problem.set({ key: 'customer.signUp.checkFields' });
      return;
    }
    const value = this.form.getRawValue();
    this.busy.set(true);
    this.problem.set(null);
    this.api
      .tokenizeCard(cardEntryOf(this.form.controls.card))
      .pipe(switchMap((card) => this.api.signUp(this.requestOf(card))))
      .subscribe({
        next: (result) => void this.signIn(result.username, value.password, result),
        error: (error: unknown) => {
          this.busy.set(false);
          this.problem.set(problemOf(error));
        },
      });
  }

  private async signIn(
    username: string,
    password: string,
    result: { accountNo: string; initialTopUp: { status: string } },
  ): Promise<void> {
    try {
      await this.auth.signIn(username, password);
    } catch {
      // The account exists; the sign-in page is the way in.
      await this.router.navigate(['/login'], { queryParams: { returnUrl: '/account' } });
      return;
    }
    this.busy.set(false);
    if (result.initialTopUp.status === 'succeeded') {
      await this.router.navigate(['/account']);
    } else {
      this.openedWithoutTopUp.set(result.accountNo);
    }
  }

  private requestOf(card: SignUpRequest['card']): SignUpRequest {
    const value = this.form.getRawValue();
    return {
      contact: {
        firstName: value.firstName.trim(),
        lastName: value.lastName.trim(),
        email: value.email.trim(),
        phone: value.phone.trim(),
      },
      password: value.password,
      vehicles: value.vehicles.map((vehicle) => ({
        plate: vehicle.plate.trim(),
        jurisdiction: vehicle.jurisdiction.trim().toUpperCase(),
        vehicleClass: Number(vehicle.vehicleClass),
        ...(vehicle.make.trim() ? { make: vehicle.make.trim() } : {}),
        ...(vehicle.model.trim() ? { model: vehicle.model.trim() } : {}),
      })),
      card,
      initialTopUpCents: centsOf(value.openingDollars),
      autoTopUp: {
        thresholdCents: centsOf(value.thresholdDollars),
        amountCents: centsOf(value.topUpDollars),
      },
    };
  }

  private vehicleGroup() {
    return this.fb.group({
      plate: ['', [Validators.required, Validators.pattern(platePattern)]],
      jurisdiction: ['NC', [Validators.required, Validators.pattern(/^[A-Za-z]{2}$/)]],
      vehicleClass: ['2', [Validators.required]],
      make: [''],
      model: [''],
    });
  }
}

function problemOf(error: unknown): { key: string; detail?: string } {
  if (!(error instanceof HttpErrorResponse)) return { key: 'customer.signUp.failed' };
  const message = (error.error as { message?: unknown } | null)?.message;
  switch (error.status) {
    case 409:
      return {
        key:
          typeof message === 'string' && message.includes('e-mail')
            ? 'customer.signUp.emailTaken'
            : 'customer.signUp.plateTaken',
      };
    case 422:
      return { key: 'customer.pay.invalidCard' };
    case 429:
      return { key: 'customer.pay.tooMany' };
    case 400:
      return typeof message === 'string'
        ? { key: 'customer.signUp.invalid', detail: message }
        : { key: 'customer.signUp.checkFields' };
    default:
      return { key: 'customer.signUp.failed' };
  }
}
