import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '@beaus/shared';
import { reasonCodes } from '../data/account.api';
import { MoneyApi } from '../data/money.api';
import type { MoneyAction, MoneyActionOutcome, TripReasonCode } from '../data/money.api';
import { ActionDialogComponent } from './action-dialog.component';
import { DialogSubmission } from './dialog-submission';

export interface MoneyActionDialogData {
  readonly action: MoneyAction;
  /** Translation keys and their parameters (already formatted) for the title and summary. */
  readonly titleKey: string;
  readonly summaryKey: string;
  readonly submitKey: string;
  readonly params: Readonly<Record<string, string | number>>;
  /** A reversal asks for a reason code too; a waiver only for the note. */
  readonly askReason: boolean;
}

/**
 * Confirms a trip reversal or a fee waiver with the agent's note, sends it, shows progress and
 * the BFF's refusal (e.g. "already reversed") in place, and closes with the outcome.
 */
@Component({
  selector: 'beaus-money-action-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ActionDialogComponent, MatFormField, MatLabel, MatInput, TranslatePipe],
  template: `
    <beaus-action-dialog
      [titleKey]="data.titleKey"
      [titleParams]="data.params"
      noteLabelKey="agent.money.note"
      [focusNote]="true"
      [submitOnCtrlEnter]="true"
      [(note)]="note"
      [submitting]="submission.submitting()"
      [failure]="submission.failure()"
      [submitKey]="data.submitKey"
      submittingKey="agent.money.submitting"
      (confirmed)="submit()"
    >
      <p>{{ data.summaryKey | translate: data.params }}</p>
      @if (data.askReason) {
        <mat-form-field appearance="outline">
          <mat-label>{{ 'agent.money.reason' | translate }}</mat-label>
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
      }
    </beaus-action-dialog>
  `,
})
export class MoneyActionDialogComponent {
  protected readonly data = inject<MoneyActionDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(MoneyApi);
  protected readonly submission = new DialogSubmission<MoneyActionOutcome>();

  protected readonly reasons = reasonCodes;
  protected readonly reasonCode = signal<TripReasonCode>(reasonCodes[0]);
  protected readonly note = signal('');

  protected submit(): void {
    this.submission.send(
      this.api.perform(this.data.action, {
        note: this.note().trim(),
        reasonCode: this.data.askReason ? this.reasonCode() : null,
      }),
    );
  }
}
