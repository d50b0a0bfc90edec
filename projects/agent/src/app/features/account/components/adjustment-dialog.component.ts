import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MoneyPipe, TranslatePipe } from '@beaus/shared';
import { reasonCodes } from '../data/account.api';
import type { AdjustmentRequest, ReasonCode } from '../data/account.api';
import { ActionDialogComponent } from './action-dialog.component';
import { parseCents } from './cents-input';

export interface AdjustmentDialogData {
  /** Above this the adjustment waits for a supervisor; the dialog says so before sending. */
  readonly agentLimitCents: number;
}

/**
 * A credit or debit with a reason code and a note. Closes with the request (the page sends it)
 * or with nothing when cancelled. Focus starts on the amount; Enter in any field submits.
 */
@Component({
  selector: 'beaus-adjustment-dialog',
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
      titleKey="agent.adjust.title"
      noteLabelKey="agent.adjust.note"
      [(note)]="note"
      [noticeKey]="overLimit() ? 'agent.adjust.overLimit' : null"
      [problems]="problems()"
      submitKey="agent.adjust.submit"
      (confirmed)="submit()"
    >
      <fieldset class="kinds">
        <legend>{{ 'agent.adjust.kind' | translate }}</legend>
        @for (option of kinds; track option) {
          <label>
            <input
              type="radio"
              name="kind"
              [value]="option"
              [checked]="option === kind()"
              (change)="kind.set(option)"
            />
            {{ 'agent.adjust.kind.' + option | translate }}
          </label>
        }
      </fieldset>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'agent.adjust.amount' | translate }}</mat-label>
        <input
          matInput
          name="amount"
          inputmode="decimal"
          autocomplete="off"
          cdkFocusInitial
          [value]="amountText()"
          (input)="amountText.set($any($event.target).value)"
        />
        <mat-hint>{{ 'agent.adjust.limit' | translate: { limit: (limitCents | money) } }}</mat-hint>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'agent.adjust.reason' | translate }}</mat-label>
        <select
          matNativeControl
          name="reason"
          [value]="reasonCode()"
          (change)="reasonCode.set($any($event.target).value)"
        >
          @for (code of reasons; track code) {
            <option [value]="code">{{ 'agent.reason.' + code | translate }}</option>
          }
        </select>
      </mat-form-field>
    </beaus-action-dialog>
  `,
  styles: `
    .kinds {
      display: flex;
      gap: 16px;
      border: 0;
      padding: 0;
    }
  `,
})
export class AdjustmentDialogComponent {
  private readonly dialogRef =
    inject<MatDialogRef<AdjustmentDialogComponent, AdjustmentRequest>>(MatDialogRef);
  protected readonly limitCents = inject<AdjustmentDialogData>(MAT_DIALOG_DATA).agentLimitCents;

  protected readonly kinds = ['credit', 'debit'] as const;
  protected readonly reasons = reasonCodes;
  protected readonly kind = signal<AdjustmentRequest['kind']>('credit');
  protected readonly amountText = signal('');
  protected readonly reasonCode = signal<ReasonCode>(reasonCodes[0]);
  protected readonly note = signal('');

  protected readonly amountCents = computed(() => parseCents(this.amountText()));
  protected readonly overLimit = computed(() => (this.amountCents() ?? 0) > this.limitCents);
  protected readonly problems = computed(() =>
    this.amountCents() === null ? ['agent.adjust.amountInvalid'] : [],
  );

  // The page sends it (and shows its progress), so confirming closes with the request at once.
  protected submit(): void {
    const amountCents = this.amountCents();
    if (this.problems().length > 0 || amountCents === null) return;
    this.dialogRef.close({
      kind: this.kind(),
      amountCents,
      reasonCode: this.reasonCode(),
      note: this.note().trim(),
    });
  }
}
