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

export interface NotePromptData {
  /** Translation key of the title, e.g. "Mark tag 1000039595 stolen". */
  readonly titleKey: string;
  readonly titleParams?: Readonly<Record<string, string | number>>;
  /** When set, the dialog also asks for a date (e.g. when a vehicle leaves the account). */
  readonly dateLabelKey?: string;
  readonly initialDate?: string;
}

export interface NotePromptResult {
  readonly note: string;
  readonly date: string | null;
}

/** Asks for the note (and, for some changes, a date) an account change needs. */
@Component({
  selector: 'beaus-note-prompt-dialog',
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
    <h2 mat-dialog-title>{{ data.titleKey | translate: data.titleParams }}</h2>
    <form (submit)="$event.preventDefault(); submit()">
      <mat-dialog-content class="fields">
        @if (data.dateLabelKey; as dateLabel) {
          <mat-form-field appearance="outline">
            <mat-label>{{ dateLabel | translate }}</mat-label>
            <input
              matInput
              type="date"
              name="date"
              [value]="date()"
              (input)="date.set($any($event.target).value)"
            />
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
        @if (tried() && problem(); as key) {
          <p class="error" role="alert">{{ key | translate }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'dialog.cancel' | translate }}</button>
        <button mat-flat-button type="submit">{{ 'dialog.confirm' | translate }}</button>
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
export class NotePromptDialogComponent {
  private readonly dialogRef =
    inject<MatDialogRef<NotePromptDialogComponent, NotePromptResult>>(MatDialogRef);
  protected readonly data = inject<NotePromptData>(MAT_DIALOG_DATA);
  protected readonly note = signal('');
  protected readonly date = signal(this.data.initialDate ?? '');
  protected readonly tried = signal(false);
  protected readonly problem = computed(() => {
    if (this.data.dateLabelKey && this.date() === '') return 'agent.change.dateRequired';
    return this.note().trim() === '' ? 'agent.note.required' : null;
  });

  protected submit(): void {
    this.tried.set(true);
    if (this.problem()) return;
    this.dialogRef.close({
      note: this.note().trim(),
      date: this.data.dateLabelKey ? this.date() : null,
    });
  }
}
