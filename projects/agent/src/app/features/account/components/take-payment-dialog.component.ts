import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '@beaus/shared';
import { map, of, switchMap } from 'rxjs';
import type { Observable } from 'rxjs';
import { messageOf } from '../data/api-error';
import { CardPaymentApi } from '../data/card-payment.api';
import type { CardPaymentReceipt } from '../data/card-payment.api';
import { cardDetailsOf, newIdempotencyKey } from './card-fields';
import { parseCents } from './cents-input';

export interface TakePaymentDialogData {
  readonly accountId: number;
}

/**
 * Takes a card payment for the account. The card fields go only to the processor's tokenize
 * route; the BFF gets the token. The idempotency key is made once per opening and the token is
 * kept while the card is unchanged, so a double-click or a retry after a lost answer sends the
 * same request and charges once. Closes with the receipt.
 */
@Component({
  selector: 'beaus-take-payment-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    MatButton,
    TranslatePipe,
  ],
  templateUrl: './take-payment-dialog.component.html',
  styles: `
    .fields {
      display: grid;
      gap: 8px;
    }
    .card {
      display: grid;
      grid-template-columns: 2fr 1fr 1fr;
      gap: 8px;
      border: 0;
      padding: 0;
      margin: 0;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 0;
    }
  `,
})
export class TakePaymentDialogComponent {
  private readonly dialogRef =
    inject<MatDialogRef<TakePaymentDialogComponent, CardPaymentReceipt>>(MatDialogRef);
  private readonly accountId = inject<TakePaymentDialogData>(MAT_DIALOG_DATA).accountId;
  private readonly api = inject(CardPaymentApi);

  protected readonly amountText = signal('');
  protected readonly useCardOnFile = signal(false);
  protected readonly cardNumber = signal('');
  protected readonly expiry = signal('');
  protected readonly cvc = signal('');
  protected readonly note = signal('');
  protected readonly submitting = signal(false);
  protected readonly failure = signal<string | null>(null);
  private readonly tried = signal(false);
  private idempotencyKey = newIdempotencyKey();
  /** The token of the card as typed; a changed card is tokenized again. */
  private tokenized: { fingerprint: string; token: string } | null = null;

  private readonly amountCents = computed(() => parseCents(this.amountText()));
  private readonly card = computed(() =>
    cardDetailsOf({ number: this.cardNumber(), expiry: this.expiry(), cvc: this.cvc() }),
  );
  private readonly problems = computed(() => {
    const problems: string[] = [];
    if (this.amountCents() === null) problems.push('agent.payment.amountInvalid');
    if (!this.useCardOnFile() && this.card() === null) problems.push('agent.payment.cardInvalid');
    if (this.note().trim() === '') problems.push('agent.note.required');
    return problems;
  });
  // Problems show once the agent tries to send, not while they are still typing.
  protected readonly shownProblems = computed(() => (this.tried() ? this.problems() : []));

  protected submit(): void {
    // A second click while the first is on its way sends nothing more.
    if (this.submitting()) return;
    this.tried.set(true);
    const amountCents = this.amountCents();
    if (this.problems().length > 0 || amountCents === null) return;
    this.submitting.set(true);
    this.failure.set(null);
    const note = this.note().trim();
    this.cardChoice()
      .pipe(
        switchMap((cardToken) =>
          this.api.take(this.accountId, this.idempotencyKey, {
            amountCents,
            note,
            ...(cardToken ? { cardToken } : { useCardOnFile: true }),
          }),
        ),
      )
      .subscribe({
        next: (receipt) => this.dialogRef.close(receipt),
        error: (error: unknown) => this.showFailure(error),
      });
  }

  /** The token to charge, or null for the card on file. */
  private cardChoice(): Observable<string | null> {
    const card = this.card();
    if (this.useCardOnFile() || !card) return of(null);
    const fingerprint = JSON.stringify(card);
    if (this.tokenized?.fingerprint === fingerprint) return of(this.tokenized.token);
    return this.api.tokenize(card).pipe(
      map(({ token }) => {
        this.tokenized = { fingerprint, token };
        return token;
      }),
    );
  }

  private showFailure(error: unknown): void {
    this.submitting.set(false);
    this.failure.set(messageOf(error));
    // A decline settles this key: the next attempt is a new payment. Any other failure keeps
    // it, so trying again cannot charge twice.
    if (error instanceof HttpErrorResponse && error.status === 402) {
      this.idempotencyKey = newIdempotencyKey();
    }
  }
}
