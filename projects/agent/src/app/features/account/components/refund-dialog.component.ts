import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MoneyPipe, TranslatePipe } from '@beaus/shared';
import { MoneyApi, refundReasonCodes } from '../data/money.api';
import type { AccountPayment, RefundReasonCode, RefundResult } from '../data/money.api';
import { ActionDialogComponent } from './action-dialog.component';
import { newIdempotencyKey } from './card-fields';
import { parseCents } from './cents-input';
import { DialogSubmission } from './dialog-submission';

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
    ActionDialogComponent,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    MoneyPipe,
    TranslatePipe,
  ],
  template: `
    <beaus-action-dialog
      titleKey="agent.refund.title"
      noteLabelKey="agent.refund.note"
      [(note)]="note"
      [noticeKey]="overLimit() ? 'agent.refund.overLimit' : null"
      [problems]="problems()"
      [problemParams]="{ refundable: (payment.refundableCents | money) }"
      [submitting]="submission.submitting()"
      [failure]="submission.failure()"
      submitKey="agent.refund.submit"
      submittingKey="agent.refund.submitting"
      (confirmed)="submit()"
    >
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
        <mat-hint>{{ 'agent.refund.limit' | translate: { limit: (limitCents | money) } }}</mat-hint>
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
    </beaus-action-dialog>
  `,
})
export class RefundDialogComponent {
  private readonly data = inject<RefundDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(MoneyApi);
  protected readonly submission = new DialogSubmission<RefundResult>();

  protected readonly payment = this.data.payment;
  protected readonly limitCents = this.data.agentLimitCents;
  protected readonly reasons = refundReasonCodes;
  // The whole refundable amount is the usual case; the agent can lower it.
  protected readonly amountText = signal(dollarsOf(this.payment.refundableCents));
  protected readonly reasonCode = signal<RefundReasonCode>(refundReasonCodes[0]);
  protected readonly note = signal('');
  private idempotencyKey = newIdempotencyKey();

  private readonly amountCents = computed(() => parseCents(this.amountText()));
  protected readonly overLimit = computed(() => (this.amountCents() ?? 0) > this.limitCents);
  protected readonly problems = computed(() => {
    const problems: string[] = [];
    const amount = this.amountCents();
    if (amount === null) problems.push('agent.refund.amountInvalid');
    else if (amount > this.payment.refundableCents) problems.push('agent.refund.amountTooHigh');
    return problems;
  });

  protected submit(): void {
    const amountCents = this.amountCents();
    if (this.problems().length > 0 || amountCents === null) return;
    const request = this.api.refund(
      this.data.accountId,
      Number(this.payment.id),
      this.idempotencyKey,
      { amountCents, reasonCode: this.reasonCode(), note: this.note().trim() },
    );
    this.submission.send(request, (error) => this.settleKeyAfter(error));
  }

  // A refusal by the processor or the rules settles this key: the next attempt is a new refund.
  // Any other failure (a lost answer, "still processing") keeps it, so trying again cannot refund
  // twice.
  private settleKeyAfter(error: unknown): void {
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
