import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '@beaus/shared';
import { AccountServiceApi } from '../data/account-service.api';
import type { AutoTopUpSetting, ServiceOutcome } from '../data/account-service.api';
import { ActionDialogComponent } from './action-dialog.component';
import { parseCents } from './cents-input';
import { DialogSubmission } from './dialog-submission';

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
  imports: [ActionDialogComponent, MatFormField, MatLabel, MatHint, MatInput, TranslatePipe],
  template: `
    <beaus-action-dialog
      titleKey="agent.autoTopUp.title"
      noteLabelKey="agent.adjust.note"
      [(note)]="note"
      [problems]="problems()"
      [submitting]="submission.submitting()"
      [failure]="submission.failure()"
      submitKey="agent.autoTopUp.save"
      submittingKey="agent.service.saving"
      (confirmed)="submit()"
    >
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
    </beaus-action-dialog>
  `,
})
export class AutoTopUpDialogComponent {
  private readonly data = inject<AutoTopUpDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(AccountServiceApi);
  protected readonly submission = new DialogSubmission<ServiceOutcome>();

  protected readonly enabled = signal(this.data.current !== null);
  protected readonly thresholdText = signal(
    this.data.current ? dollars(this.data.current.thresholdCents) : '10.00',
  );
  protected readonly amountText = signal(
    this.data.current ? dollars(this.data.current.amountCents) : '40.00',
  );
  protected readonly note = signal('');

  private readonly setting = computed((): AutoTopUpSetting | undefined => {
    if (!this.enabled()) return null;
    const thresholdCents = parseThreshold(this.thresholdText());
    const amountCents = parseCents(this.amountText());
    if (thresholdCents === null || amountCents === null) return undefined;
    return { thresholdCents, amountCents };
  });
  protected readonly problems = computed(() => {
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
    return problems;
  });

  protected submit(): void {
    const setting = this.setting();
    if (this.problems().length > 0 || setting === undefined) return;
    this.submission.send(this.api.setAutoTopUp(this.data.accountId, setting, this.note().trim()));
  }
}
