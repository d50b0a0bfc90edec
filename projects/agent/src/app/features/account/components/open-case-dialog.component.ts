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
import { AccountServiceApi, caseKinds } from '../data/account-service.api';
import type { CaseKind, OpenCaseRequest, ServiceOutcome } from '../data/account-service.api';
import { messageOf } from '../data/api-error';

export interface OpenCaseDialogData {
  readonly accountId: number;
}

/** Trip ids as an agent types them: "12, 15 19"; null when one is not a positive number. */
export function parseIds(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter((part) => part !== '');
  if (parts.some((part) => !/^[1-9]\d{0,15}$/.test(part))) return null;
  return [...new Set(parts.map(Number))];
}

/** Opens a dispute, inquiry or hardship case; the BFF sets its SLA due date by kind. */
@Component({
  selector: 'beaus-open-case-dialog',
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
    <h2 mat-dialog-title>{{ 'agent.case.openTitle' | translate }}</h2>
    <form (submit)="$event.preventDefault(); submit()">
      <mat-dialog-content class="fields">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'agent.case.kind' | translate }}</mat-label>
          <select
            matNativeControl
            name="kind"
            [value]="kind()"
            (change)="kind.set($any($event.target).value)"
          >
            @for (option of kinds; track option) {
              <option [value]="option">{{ 'agent.case.kind.' + option | translate }}</option>
            }
          </select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'agent.case.subject' | translate }}</mat-label>
          <input
            matInput
            name="subject"
            maxlength="200"
            autocomplete="off"
            (input)="subject.set($any($event.target).value)"
          />
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'agent.case.trips' | translate }}</mat-label>
          <input
            matInput
            name="trips"
            autocomplete="off"
            (input)="tripsText.set($any($event.target).value)"
          />
          <mat-hint>{{ 'agent.case.tripsHint' | translate }}</mat-hint>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'agent.case.invoice' | translate }}</mat-label>
          <input
            matInput
            name="invoice"
            inputmode="numeric"
            autocomplete="off"
            (input)="invoiceText.set($any($event.target).value)"
          />
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
          {{ (submitting() ? 'agent.service.saving' : 'agent.case.open') | translate }}
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
export class OpenCaseDialogComponent {
  private readonly dialogRef =
    inject<MatDialogRef<OpenCaseDialogComponent, ServiceOutcome>>(MatDialogRef);
  private readonly data = inject<OpenCaseDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(AccountServiceApi);
  protected readonly kinds = caseKinds;

  protected readonly kind = signal<CaseKind>('dispute');
  protected readonly subject = signal('');
  protected readonly tripsText = signal('');
  protected readonly invoiceText = signal('');
  protected readonly note = signal('');
  protected readonly submitting = signal(false);
  protected readonly failure = signal<string | null>(null);
  private readonly tried = signal(false);

  private readonly tripIds = computed(() => parseIds(this.tripsText()));
  private readonly invoiceId = computed(() => {
    const ids = parseIds(this.invoiceText());
    return ids === null || ids.length > 1 ? undefined : (ids[0] ?? null);
  });
  private readonly problems = computed(() => {
    const problems: string[] = [];
    if (this.subject().trim() === '') problems.push('agent.case.subjectRequired');
    if (this.tripIds() === null) problems.push('agent.case.tripsInvalid');
    if (this.invoiceId() === undefined) problems.push('agent.case.invoiceInvalid');
    if (this.note().trim() === '') problems.push('agent.note.required');
    return problems;
  });
  protected readonly shownProblems = computed(() => (this.tried() ? this.problems() : []));

  protected submit(): void {
    if (this.submitting()) return;
    this.tried.set(true);
    const tripIds = this.tripIds();
    const invoiceId = this.invoiceId();
    if (this.problems().length > 0 || tripIds === null || invoiceId === undefined) return;
    const body: OpenCaseRequest = {
      kind: this.kind(),
      subject: this.subject().trim(),
      note: this.note().trim(),
      ...(tripIds.length > 0 ? { tripIds } : {}),
      ...(invoiceId !== null ? { invoiceId } : {}),
    };
    this.submitting.set(true);
    this.failure.set(null);
    this.api.openCase(this.data.accountId, body).subscribe({
      next: (outcome) => this.dialogRef.close(outcome),
      error: (error: unknown) => {
        this.submitting.set(false);
        this.failure.set(messageOf(error));
      },
    });
  }
}
