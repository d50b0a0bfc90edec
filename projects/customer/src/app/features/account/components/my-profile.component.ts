import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ErrorStateComponent, LoadingStateComponent, TranslatePipe } from '@beaus/shared';
import { ProfileApi, type MyProfile } from '../data/profile.api';

// The same shape the BFF accepts; it stores the number as E.164.
const phonePattern = /^\+?[0-9 ().-]{7,20}$/;

/** Phone, how statements reach the driver, and which e-mails they get. */
@Component({
  selector: 'beaus-my-profile',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    TranslatePipe,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  template: `
    @if (profile.hasValue()) {
      <form class="profile" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'customer.profile.phone' | translate }}</mat-label>
          <input matInput formControlName="phone" type="tel" autocomplete="tel" />
          <mat-error>{{ 'customer.profile.phoneInvalid' | translate }}</mat-error>
        </mat-form-field>
        <fieldset>
          <legend>{{ 'customer.profile.mailing' | translate }}</legend>
          @for (choice of mailingChoices; track choice) {
            <label class="choice"
              ><input type="radio" formControlName="mailingPreference" [value]="choice" />{{
                'customer.profile.mailing.' + choice | translate
              }}</label
            >
          }
        </fieldset>
        <fieldset>
          <legend>{{ 'customer.profile.notifications' | translate }}</legend>
          <label class="choice"
            ><input type="checkbox" formControlName="receiptEmails" />{{
              'customer.profile.receiptEmails' | translate
            }}</label
          >
          <label class="choice"
            ><input type="checkbox" formControlName="lowBalanceEmails" />{{
              'customer.profile.lowBalanceEmails' | translate
            }}</label
          >
        </fieldset>
        <button mat-stroked-button type="submit" class="save" [disabled]="busy()">
          {{ 'customer.profile.save' | translate }}
        </button>
      </form>
      <p class="outcome" role="status" [class.failed]="outcome()?.failed">
        @if (outcome(); as result) {
          {{ result.key | translate }}
        }
      </p>
    } @else if (profile.error()) {
      <beaus-error-state (retry)="profile.reload()" />
    } @else {
      <beaus-loading-state />
    }
  `,
  styles: `
    .profile {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px 24px;
    }
    fieldset {
      margin: 0;
      padding: 0 0 8px;
      border: 0;
    }
    legend {
      font: var(--mat-sys-title-small);
      margin-bottom: 4px;
    }
    .choice {
      display: flex;
      align-items: center;
      gap: 8px;
      min-height: 40px;
    }
    .choice input {
      width: 20px;
      height: 20px;
    }
    .save {
      min-height: 48px;
      align-self: center;
    }
    .outcome.failed {
      color: var(--mat-sys-error);
    }
  `,
})
export class MyProfileComponent {
  private readonly api = inject(ProfileApi);

  protected readonly mailingChoices = ['email', 'paper'] as const;
  protected readonly profile = rxResource({ stream: () => this.api.load() });
  protected readonly busy = signal(false);
  protected readonly outcome = signal<{ key: string; failed: boolean } | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    phone: ['', [Validators.pattern(phonePattern)]],
    mailingPreference: ['email' as MyProfile['mailingPreference']],
    receiptEmails: [true],
    lowBalanceEmails: [true],
  });

  constructor() {
    effect(() => {
      if (!this.profile.hasValue()) return;
      const profile = this.profile.value();
      this.form.reset({
        phone: profile.phone ?? '',
        mailingPreference: profile.mailingPreference,
        receiptEmails: profile.notifications.receiptEmails,
        lowBalanceEmails: profile.notifications.lowBalanceEmails,
      });
    });
  }

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.busy.set(true);
    this.outcome.set(null);
    this.api
      .save({
        phone: value.phone.trim() === '' ? null : value.phone.trim(),
        mailingPreference: value.mailingPreference,
        notifications: {
          receiptEmails: value.receiptEmails,
          lowBalanceEmails: value.lowBalanceEmails,
        },
      })
      .subscribe({
        next: (saved) => {
          this.busy.set(false);
          this.outcome.set({ key: 'customer.profile.saved', failed: false });
          this.profile.set(saved);
        },
        error: () => {
          this.busy.set(false);
          this.outcome.set({ key: 'customer.profile.failed', failed: true });
        },
      });
  }
}
