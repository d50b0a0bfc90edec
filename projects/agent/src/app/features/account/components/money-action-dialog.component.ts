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
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '@beaus/shared';
import { reasonCodes } from '../data/account.api';
import { messageOf } from '../data/api-error';
import { MoneyApi } from '../data/money.api';
import type { MoneyAction, MoneyActionOutcome, TripReasonCode } from '../data/money.api';

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
  imports: [
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatInput,
    MatButton,
    TranslatePipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ data.titleKey | translate: data.params }}</h2>
    <form (submit)="$event.preventDefault(); submit()">
      <mat-dialog-content class="fields">
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
        <mat-form-field appearance="outline">
          <mat-label>{{ 'agent.money.note' | translate }}</mat-label>
          <textarea
            matInput
            name="note"
            rows="3"
            maxlength="2000"
            cdkFocusInitial
            (input)="note.set($any($event.target).value)"
            (keydown.control.enter)="submit()"
          ></textarea>
        </mat-form-field>
        @if (tried() && note().trim() === '') {
          <p class="error" role="alert">{{ 'agent.note.required' | translate }}</p>
        }
        @if (failure(); as message) {
          <p class="error" role="alert">{{ message | translate }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'dialog.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [attr.aria-disabled]="submitting()">
          {{ (submitting() ? 'agent.money.submitting' : data.submitKey) | translate }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 8px;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 0;
    }
  `,
})
export class MoneyActionDialogComponent {
  private readonly dialogRef =
    inject<MatDialogRef<MoneyActionDialogComponent, MoneyActionOutcome>>(MatDialogRef);
  protected readonly data = inject<MoneyActionDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(MoneyApi);

  protected readonly reasons = reasonCodes;
  protected readonly reasonCode = signal<TripReasonCode>(reasonCodes[0]);
  protected readonly note = signal('');
  protected readonly tried = signal(false);
  protected readonly submitting = signal(false);
  protected readonly failure = signal<string | null>(null);
  private readonly valid = computed(() => this.note().trim() !== '');

  protected submit(): void {
    if (this.submitting()) return;
    this.tried.set(true);
    if (!this.valid()) return;
    this.submitting.set(true);
    this.failure.set(null);
    this.api
      .perform(this.data.action, {
        note: this.note().trim(),
        reasonCode: this.data.askReason ? this.reasonCode() : null,
      })
      .subscribe({
        next: (outcome) => this.dialogRef.close(outcome),
        error: (error: unknown) => {
          this.submitting.set(false);
          this.failure.set(messageOf(error));
        },
      });
  }
}
