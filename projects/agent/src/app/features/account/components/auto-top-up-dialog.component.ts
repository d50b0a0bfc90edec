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
import { AccountServiceApi } from '../data/account-service.api';
import type { AutoTopUpSetting, ServiceOutcome } from '../data/account-service.api';
import { messageOf } from '../data/api-error';
import { parseCents } from './cents-input';

export interface AutoTopUpDialogData {
  readonly accountId: number;
  readonly current: AutoTopUpSetting;
}

/** The same bounds the BFF holds for customers and agents alike. */
export const autoTopUpLimits = {
  maxThresholdCents: 100_000,
  minAmountCents: 500,
  maxAmountCents: 50_000,
} as const;

const dollars = (cents: number) => (cents / 100).toFixed(2);

/** "0" is a threshold (top up once the balance is below zero); parseCents refuses it as an amount. */
function parseThreshold(text: string): number | null {
  return /^0+(\.0{1,2})?$/.test(text.trim()) ? 0 : parseCents(text);
}

/** Turns the caller's auto top-up on, changes it, or turns it off; with a note. */
@Component({
  selector: 'beaus-auto-top-up-dialog',
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
  template: `
    <h2 mat-dialog-title>{{ 'agent.autoTopUp.title' | translate }}</h2>
    <form (submit)="$event.preventDefault(); submit()">
      <mat-dialog-content class="fields">
        <label>
          <input
            type="checkbox"
            name="enabled"
            [checked]="enabled()"
            (change)="enabled.set($any($event.target).checked)"
          />
          {{ 'agent.autoTopUp.enabled' | translate }}
        </label>
        @if (enabled()) {
          <mat-form-field appearance="outline">
            <mat-label>{{ 'agent.autoTopUp.threshold' | translate }}</mat-label>
            <input
              matInput
              name="threshold"
              inputmode="decimal"
              autocomplete="off"
              [value]="thresholdText()"
              (input)="thresholdText.set($any($event.target).value)"
            />
            <mat-hint>{{ 'agent.autoTopUp.thresholdHint' | translate }}</mat-hint>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'agent.autoTopUp.amount' | translate }}</mat-label>
            <input
              matInput
              name="amount"
              inputmode="decimal"
              autocomplete="off"
              [value]="amountText()"
              (input)="amountText.set($any($event.target).value)"
            />
            <mat-hint>{{ 'agent.autoTopUp.amountHint' | translate }}</mat-hint>
          </mat-form-field>
        }
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
        @for (problem of shownProblems(); track problem) {
          <p class="error" role="alert">{{ problem | translate }}</p>
        }
        @if (failure(); as message) {
          <p class="error" role="alert">{{ message | translate }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'dialog.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [attr.aria-disabled]="submitting()">
          {{ (submitting() ? 'agent.service.saving' : 'agent.autoTopUp.save') | translate }}
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
export class AutoTopUpDialogComponent {
  private readonly dialogRef =
    inject<MatDialogRef<AutoTopUpDialogComponent, ServiceOutcome>>(MatDialogRef);
  private readonly data = inject<AutoTopUpDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(AccountServiceApi);

  protected readonly enabled = signal(this.data.current !== null);
  protected readonly thresholdText = signal(
    this.data.current ? dollars(this.data.current.thresholdCents) : '10.00',
  );
  protected readonly amountText = signal(
    this.data.current ? dollars(this.data.current.amountCents) : '40.00',
  );
  protected readonly note = signal('');
  protected readonly submitting = signal(false);
  protected readonly failure = signal<string | null>(null);
  private readonly tried = signal(false);

  private readonly setting = computed((): AutoTopUpSetting | undefined => {
    if (!this.enabled()) return null;
    const thresholdCents = parseThreshold(this.thresholdText());
    const amountCents = parseCents(this.amountText());
    if (thresholdCents === null || amountCents === null) return undefined;
    return { thresholdCents, amountCents };
  });
  private readonly problems = computed(() => {
    const problems: string[] = [];
    if (this.enabled()) {
      const threshold = parseThreshold(this.thresholdText());
      const amount = parseCents(this.amountText());
      if (threshold === null || threshold > autoTopUpLimits.maxThresholdCents) {
        problems.push('agent.autoTopUp.thresholdInvalid');
      }
      if (
        amount === null ||
        amount < autoTopUpLimits.minAmountCents ||
        amount > autoTopUpLimits.maxAmountCents
      ) {
        problems.push('agent.autoTopUp.amountInvalid');
      }
    }
    if (this.note().trim() === '') problems.push('agent.note.required');
    return problems;
  });
  protected readonly shownProblems = computed(() => (this.tried() ? this.problems() : []));

  protected submit(): void {
    if (this.submitting()) return;
    this.tried.set(true);
    const setting = this.setting();
    if (this.problems().length > 0 || setting === undefined) return;
    this.submitting.set(true);
    this.failure.set(null);
    this.api.setAutoTopUp(this.data.accountId, setting, this.note().trim()).subscribe({
      next: (outcome) => this.dialogRef.close(outcome),
      error: (error: unknown) => {
        this.submitting.set(false);
        this.failure.set(messageOf(error));
      },
    });
  }
}
