import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '@beaus/shared';
import type { CustomerAccount } from '../data/customer-account.api';

type Card = NonNullable<CustomerAccount['cardOnFile']>;

/** What the card fields collect; it goes to the processor's tokenizer, never to our API. */
export interface CardEntry {
  number: string;
  expMonth: number;
  expYear: number;
  cvc: string;
}

/**
 * The cards on file: the default one and the backup auto top-up falls back to, with fields (the
 * sandbox stand-in for the processor's hosted fields) to add or replace the backup.
 */
@Component({
  selector: 'beaus-backup-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    TranslatePipe,
  ],
  template: `
    <dl class="cards">
      <dt>{{ 'customer.cards.default' | translate }}</dt>
      <dd class="default-card">
        @if (cardOnFile(); as card) {
          {{ describe(card) }}
        } @else {
          {{ 'customer.cards.none' | translate }}
        }
      </dd>
      <dt>{{ 'customer.cards.backup' | translate }}</dt>
      <dd class="backup-card">
        @if (backupCard(); as card) {
          {{ describe(card) }}
        } @else {
          {{ 'customer.cards.noBackup' | translate }}
        }
      </dd>
    </dl>
    @if (editing()) {
      <form class="card-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
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
        <div class="actions">
          <button mat-flat-button type="submit" class="save-card" [disabled]="busy()">
            {{ 'customer.cards.save' | translate }}
          </button>
          <button mat-button type="button" (click)="editing.set(false)">
            {{ 'customer.pay.back' | translate }}
          </button>
        </div>
      </form>
    } @else {
      <button mat-stroked-button type="button" class="edit-backup" (click)="editing.set(true)">
        {{
          (backupCard() ? 'customer.cards.replaceBackup' : 'customer.cards.addBackup') | translate
        }}
      </button>
    }
  `,
  styles: `
    .cards {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
      margin: 0 0 12px;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    .card-form {
      display: grid;
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: 4px 12px;
      max-width: 560px;
    }
    .note,
    .wide,
    .actions {
      grid-column: 1 / -1;
    }
    .note {
      margin: 0 0 8px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .actions {
      display: flex;
      gap: 12px;
    }
    button {
      min-height: 48px;
    }
    @media (max-width: 420px) {
      .card-form {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
})
export class BackupCardComponent {
  readonly cardOnFile = input<Card | null>(null);
  readonly backupCard = input<Card | null>(null);
  readonly busy = input(false);
  /** The card details for the processor's tokenizer, once the fields look right. */
  readonly save = output<CardEntry>();

  protected readonly editing = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    number: ['', [Validators.required, Validators.pattern(/^[0-9 -]{12,23}$/)]],
    expMonth: ['', [Validators.required, Validators.pattern(/^(0?[1-9]|1[0-2])$/)]],
    expYear: ['', [Validators.required, Validators.pattern(/^20\d\d$/)]],
    cvc: ['', [Validators.required, Validators.pattern(/^\d{3,4}$/)]],
  });

  /** Closes the fields after the page says the card was saved. */
  close(): void {
    this.editing.set(false);
    this.form.reset();
  }

  protected describe(card: Card): string {
    const month = String(card.expMonth).padStart(2, '0');
    return `${card.brand} •••• ${card.last4} · ${month}/${card.expYear}`;
  }

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.save.emit({
      number: value.number.replace(/[\s-]/g, ''),
      expMonth: Number(value.expMonth),
      expYear: Number(value.expYear),
      cvc: value.cvc,
    });
  }
}
