import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '@beaus/shared';
import { AccountServiceApi, caseKinds } from '../data/account-service.api';
import type { CaseKind, OpenCaseRequest, ServiceOutcome } from '../data/account-service.api';
import { ActionDialogComponent } from './action-dialog.component';
import { DialogSubmission } from './dialog-submission';

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
  imports: [ActionDialogComponent, MatFormField, MatLabel, MatHint, MatInput, TranslatePipe],
  template: `
    <beaus-action-dialog
      titleKey="agent.case.openTitle"
      noteLabelKey="agent.adjust.note"
      [(note)]="note"
      [problems]="problems()"
      [submitting]="submission.submitting()"
      [failure]="submission.failure()"
      submitKey="agent.case.open"
      submittingKey="agent.service.saving"
      (confirmed)="submit()"
    >
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
    </beaus-action-dialog>
  `,
})
export class OpenCaseDialogComponent {
  private readonly data = inject<OpenCaseDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(AccountServiceApi);
  protected readonly submission = new DialogSubmission<ServiceOutcome>();
  protected readonly kinds = caseKinds;

  protected readonly kind = signal<CaseKind>('dispute');
  protected readonly subject = signal('');
  protected readonly tripsText = signal('');
  protected readonly invoiceText = signal('');
  protected readonly note = signal('');

  private readonly tripIds = computed(() => parseIds(this.tripsText()));
  private readonly invoiceId = computed(() => {
    const ids = parseIds(this.invoiceText());
    return ids === null || ids.length > 1 ? undefined : (ids[0] ?? null);
  });
  protected readonly problems = computed(() => {
    const problems: string[] = [];
    if (this.subject().trim() === '') problems.push('agent.case.subjectRequired');
    if (this.tripIds() === null) problems.push('agent.case.tripsInvalid');
    if (this.invoiceId() === undefined) problems.push('agent.case.invoiceInvalid');
    return problems;
  });

  protected submit(): void {
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
    this.submission.send(this.api.openCase(this.data.accountId, body));
  }
}
