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
import { reasonCodes } from '../data/account.api';
import type { AdjustmentRequest, ReasonCode } from '../data/account.api';
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
    <h2 mat-dialog-title>{{ 'agent.adjust.title' | translate }}</h2>
    <form id="adjustment-form" (submit)="$event.preventDefault(); submit()">
      <mat-dialog-content class="fields">
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
          <mat-hint>{{
            'agent.adjust.limit' | translate: { limit: (limitCents | money) }
          }}</mat-hint>
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
        <mat-form-field appearance="outline">
          <mat-label>{{ 'agent.adjust.note' | translate }}</mat-label>
          <textarea
            matInput
            name="note"
            rows="3"
            maxlength="2000"
            (input)="note.set($any($event.target).value)"
          ></textarea>
        </mat-form-field>
        @if (overLimit()) {
          <p class="pending" role="status">{{ 'agent.adjust.overLimit' | translate }}</p>
        }
        @for (problem of shownProblems(); track problem) {
          <p class="error" role="alert">{{ problem | translate }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>
          {{ 'dialog.cancel' | translate }}
        </button>
        <button mat-flat-button type="submit">{{ 'agent.adjust.submit' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 8px;
    }
    .kinds {
      display: flex;
      gap: 16px;
      border: 0;
      padding: 0;
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
  private readonly tried = signal(false);

  protected readonly amountCents = computed(() => parseCents(this.amountText()));
  protected readonly overLimit = computed(() => (this.amountCents() ?? 0) > this.limitCents);
  private readonly problems = computed(() => {
    const problems: string[] = [];
    if (this.amountCents() === null) problems.push('agent.adjust.amountInvalid');
    if (this.note().trim() === '') problems.push('agent.note.required');
    return problems;
  });
  // Problems show once the agent tries to send, not while they are still typing.
  protected readonly shownProblems = computed(() => (this.tried() ? this.problems() : []));

  protected submit(): void {
    this.tried.set(true);
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
