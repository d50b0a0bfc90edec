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
import type { Observable } from 'rxjs';
import type { CaseOutcome, ServiceOutcome } from '../data/account-service.api';
import { messageOf } from '../data/api-error';

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
    <h2 mat-dialog-title>{{ data.titleKey | translate: data.titleParams }}</h2>
    <form (submit)="$event.preventDefault(); submit()">
      <mat-dialog-content class="fields">
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
        <mat-form-field appearance="outline">
          <mat-label>{{ 'agent.adjust.note' | translate }}</mat-label>
          <textarea
            matInput
            name="note"
            rows="3"
            maxlength="2000"
            (input)="note.set($any($event.target).value)"
            (keydown.control.enter)="submit()"
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
          {{ (submitting() ? 'agent.service.saving' : data.submitKey) | translate }}
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
export class ServiceActionDialogComponent {
  private readonly dialogRef =
    inject<MatDialogRef<ServiceActionDialogComponent, ServiceOutcome>>(MatDialogRef);
  protected readonly data = inject<ServiceActionDialogData>(MAT_DIALOG_DATA);
  protected readonly note = signal('');
  protected readonly tagNo = signal('');
  protected readonly vehicleId = signal('');
  protected readonly outcome = signal('');
  protected readonly submitting = signal(false);
  protected readonly failure = signal<string | null>(null);
  private readonly tried = signal(false);

  private readonly problems = computed(() => {
    const problems: string[] = [];
    if (this.data.vehicles && this.vehicleId() === '')
      problems.push('agent.service.vehicleRequired');
    if (this.data.askTagNo && !TAG_NO.test(this.tagNo().trim())) {
      problems.push('agent.service.tagNoInvalid');
    }
    if (this.data.outcomes && this.outcome() === '') problems.push('agent.case.outcomeRequired');
    if (this.note().trim() === '') problems.push('agent.note.required');
    return problems;
  });
  protected readonly shownProblems = computed(() => (this.tried() ? this.problems() : []));

  protected submit(): void {
    if (this.submitting()) return;
    this.tried.set(true);
    if (this.problems().length > 0) return;
    this.submitting.set(true);
    this.failure.set(null);
    this.data
      .run({
        note: this.note().trim(),
        tagNo: this.tagNo().trim(),
        vehicleId: this.vehicleId() === '' ? null : Number(this.vehicleId()),
        outcome: this.outcome() === '' ? null : (this.outcome() as CaseOutcome),
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
