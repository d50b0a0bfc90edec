import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '@beaus/shared';
import type { Observable } from 'rxjs';
import type { CaseOutcome, ServiceOutcome } from '../data/account-service.api';
import { ActionDialogComponent } from './action-dialog.component';
import { DialogSubmission } from './dialog-submission';

export interface ServiceActionInput {
  readonly note: string;
  readonly tagNo: string;
  readonly vehicleId: number | null;
  readonly outcome: CaseOutcome | null;
}

export interface ServiceActionDialogData {
  readonly titleKey: string;
  readonly titleParams?: Readonly<Record<string, string | number>>;
  /** What will happen, said before the agent confirms (e.g. what a conversion moves). */
  readonly introKey?: string;
  readonly submitKey: string;
  /** Asks which vehicle (assigning a tag); each option's label is already readable. */
  readonly vehicles?: readonly { readonly id: string; readonly label: string }[];
  /** Asks for a tag number (assigning or replacing a tag). */
  readonly askTagNo?: boolean;
  /** Asks for an outcome (closing a case). */
  readonly outcomes?: readonly CaseOutcome[];
  /** The call to make; the dialog shows its progress and its error, and closes with its outcome. */
  readonly run: (input: ServiceActionInput) => Observable<ServiceOutcome>;
}

/** Same rule as the BFF: the number printed on the transponder. */
const TAG_NO = /^[A-Za-z0-9-]{4,24}$/;

/**
 * One audited account action that needs a note (and, for some, a tag number, a vehicle or an
 * outcome). The dialog sends it itself so it can show "Saving…" and the BFF's readable refusal
 * in place; it closes with the outcome once saved.
 */
@Component({
  selector: 'beaus-service-action-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ActionDialogComponent, MatFormField, MatLabel, MatHint, MatInput, TranslatePipe],
  template: `
    <beaus-action-dialog
      [titleKey]="data.titleKey"
      [titleParams]="data.titleParams"
      noteLabelKey="agent.adjust.note"
      [submitOnCtrlEnter]="true"
      [(note)]="note"
      [problems]="problems()"
      [submitting]="submission.submitting()"
      [failure]="submission.failure()"
      [submitKey]="data.submitKey"
      submittingKey="agent.service.saving"
      (confirmed)="submit()"
    >
      @if (data.introKey; as intro) {
        <p>{{ intro | translate: data.titleParams }}</p>
      }
      @if (data.vehicles; as vehicles) {
        <mat-form-field appearance="outline">
          <mat-label>{{ 'agent.service.vehicle' | translate }}</mat-label>
          <select
            matNativeControl
            name="vehicle"
            [value]="vehicleId()"
            (change)="vehicleId.set($any($event.target).value)"
          >
            <option value="">{{ 'agent.service.choose' | translate }}</option>
            @for (vehicle of vehicles; track vehicle.id) {
              <option [value]="vehicle.id">{{ vehicle.label }}</option>
            }
          </select>
        </mat-form-field>
      }
      @if (data.askTagNo) {
        <mat-form-field appearance="outline">
          <mat-label>{{ 'agent.service.tagNo' | translate }}</mat-label>
          <input
            matInput
            name="tagNo"
            autocomplete="off"
            maxlength="24"
            (input)="tagNo.set($any($event.target).value)"
          />
          <mat-hint>{{ 'agent.service.tagNoHint' | translate }}</mat-hint>
        </mat-form-field>
      }
      @if (data.outcomes; as outcomes) {
        <mat-form-field appearance="outline">
          <mat-label>{{ 'agent.case.outcome' | translate }}</mat-label>
          <select
            matNativeControl
            name="outcome"
            [value]="outcome()"
            (change)="outcome.set($any($event.target).value)"
          >
            <option value="">{{ 'agent.service.choose' | translate }}</option>
            @for (option of outcomes; track option) {
              <option [value]="option">{{ 'agent.case.outcome.' + option | translate }}</option>
            }
          </select>
        </mat-form-field>
      }
    </beaus-action-dialog>
  `,
})
export class ServiceActionDialogComponent {
  protected readonly data = inject<ServiceActionDialogData>(MAT_DIALOG_DATA);
  protected readonly submission = new DialogSubmission<ServiceOutcome>();
  protected readonly note = signal('');
  protected readonly tagNo = signal('');
  protected readonly vehicleId = signal('');
  protected readonly outcome = signal('');

  protected readonly problems = computed(() => {
    const problems: string[] = [];
    if (this.data.vehicles && this.vehicleId() === '')
      problems.push('agent.service.vehicleRequired');
    if (this.data.askTagNo && !TAG_NO.test(this.tagNo().trim())) {
      problems.push('agent.service.tagNoInvalid');
    }
    if (this.data.outcomes && this.outcome() === '') problems.push('agent.case.outcomeRequired');
    return problems;
  });

  protected submit(): void {
    if (this.problems().length > 0) return;
    this.submission.send(
      this.data.run({
        note: this.note().trim(),
        tagNo: this.tagNo().trim(),
        vehicleId: this.vehicleId() === '' ? null : Number(this.vehicleId()),
        outcome: this.outcome() === '' ? null : (this.outcome() as CaseOutcome),
      }),
    );
  }
}
