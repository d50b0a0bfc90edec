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
import { MoneyPipe, TranslatePipe } from '@beaus/shared';
import { messageOf } from '../data/api-error';
import { MoneyApi, refundReasonCodes } from '../data/money.api';
import type { AccountPayment, RefundReasonCode, RefundResult } from '../data/money.api';
import { newIdempotencyKey } from './card-fields';
import { parseCents } from './cents-input';

export interface RefundDialogData {
  readonly accountId: number;
  readonly payment: AccountPayment;
  /** Above this the refund waits for a supervisor; the dialog says so before sending. */
  readonly agentLimitCents: number;
}

/**
 * Refunds (part of) a card payment with a reason and a note. The idempotency key is made once per
 * opening, so a double-click or a retry after a lost answer refunds once. Closes with the result.
 */
@Component({
  selector: 'beaus-refund-dialog',
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
    MoneyPipe,
    TranslatePipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'agent.refund.title' | translate }}</h2>
    <form (submit)="$event.preventDefault(); submit()">
      <mat-dialog-content class="fields">
        <p>
          {{
            'agent.refund.summary'
              | translate
                : {
                    amount: (payment.amountCents | money),
                    refundable: (payment.refundableCents | money),
                  }
          }}
        </p>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'agent.refund.amount' | translate }}</mat-label>
          <input
            matInput
            name="amount"
            inputmode="decimal"
            autocomplete="off"
            [value]="amountText()"
            (input)="amountText.set($any($event.target).value)"
          />
          <mat-hint>{{
            'agent.refund.limit' | translate: { limit: (limitCents | money) }
          }}</mat-hint>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'agent.refund.reason' | translate }}</mat-label>
          <select
            matNativeControl
            name="reason"
            [value]="reasonCode()"
            (change)="reasonCode.set($any($event.target).value)"
          >
            @for (code of reasons; track code) {
              <option [value]="code">{{ 'agent.refundReason.' + code | translate }}</option>
            }
          </select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'agent.refund.note' | translate }}</mat-label>
          <textarea
            matInput
            name="note"
            rows="3"
            maxlength="2000"
            (input)="note.set($any($event.target).value)"
          ></textarea>
        </mat-form-field>
        @if (overLimit()) {
          <p class="pending" role="status">{{ 'agent.refund.overLimit' | translate }}</p>
        }
        @for (problem of shownProblems(); track problem) {
          <p class="error" role="alert">
            {{ problem | translate: { refundable: (payment.refundableCents | money) } }}
          </p>
        }
        @if (failure(); as message) {
          <p class="error" role="alert">{{ message | translate }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'dialog.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [attr.aria-disabled]="submitting()">
          {{ (submitting() ? 'agent.refund.submitting' : 'agent.refund.submit') | translate }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 8px;
    }
    .pending {
      color: var(--mat-sys-tertiary);
      margin: 0;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 0;
    }
  `,
})
export class RefundDialogComponent {
  private readonly dialogRef =
    inject<MatDialogRef<RefundDialogComponent, RefundResult>>(MatDialogRef);
  private readonly data = inject<RefundDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(MoneyApi);

  protected readonly payment = this.data.payment;
  protected readonly limitCents = this.data.agentLimitCents;
  protected readonly reasons = refundReasonCodes;
  // The whole refundable amount is the usual case; the agent can lower it.
  protected readonly amountText = signal(dollarsOf(this.payment.refundableCents));
  protected readonly reasonCode = signal<RefundReasonCode>(refundReasonCodes[0]);
  protected readonly note = signal('');
  protected readonly submitting = signal(false);
  protected readonly failure = signal<string | null>(null);
  private readonly tried = signal(false);
  private idempotencyKey = newIdempotencyKey();

  private readonly amountCents = computed(() => parseCents(this.amountText()));
  protected readonly overLimit = computed(() => (this.amountCents() ?? 0) > this.limitCents);
  private readonly problems = computed(() => {
    const problems: string[] = [];
    const amount = this.amountCents();
    if (amount === null) problems.push('agent.refund.amountInvalid');
    else if (amount > this.payment.refundableCents) problems.push('agent.refund.amountTooHigh');
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
    this.api
      .refund(this.data.accountId, Number(this.payment.id), this.idempotencyKey, {
        amountCents,
        reasonCode: this.reasonCode(),
        note: this.note().trim(),
      })
      .subscribe({
        next: (result) => this.dialogRef.close(result),
        error: (error: unknown) => this.showFailure(error),
      });
  }

  private showFailure(error: unknown): void {
    this.submitting.set(false);
    this.failure.set(messageOf(error));
    // A refusal by the processor or the rules settles this key: the next attempt is a new
    // refund. Any other failure (a lost answer, "still processing") keeps it, so trying again
    // cannot refund twice.
    if (error instanceof HttpErrorResponse && (error.status === 400 || error.status === 402)) {
      this.idempotencyKey = newIdempotencyKey();
    }
  }
}

/** "25.50" for 2550 cents, without a float; the amount field starts with it. */
function dollarsOf(cents: number): string {
  if (cents <= 0) return '';
  const digits = String(cents).padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
