import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  model,
  output,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '@beaus/shared';

type TextParams = Readonly<Record<string, string | number>>;

/**
 * The frame every audited account action dialog shares: title, the action's own fields (projected),
 * the required note, a notice, the problems once the agent tries to send, the BFF's refusal, and
 * Cancel / submit with progress. It emits `confirmed` once a note is written and nothing is already
 * on its way; the dialog then checks its own fields (its `problems`, read fresh: an input bound
 * here may lag a keystroke behind) and sends its request.
 */
@Component({
  selector: 'beaus-action-dialog',
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
    <h2 mat-dialog-title>{{ titleKey() | translate: titleParams() }}</h2>
    <form (submit)="$event.preventDefault(); confirm()">
      <mat-dialog-content class="fields">
        <ng-content />
        <mat-form-field appearance="outline">
          <mat-label>{{ noteLabelKey() | translate }}</mat-label>
          <textarea
            matInput
            name="note"
            rows="3"
            maxlength="2000"
            [attr.cdkFocusInitial]="focusNote() ? '' : null"
            (input)="note.set($any($event.target).value)"
            (keydown.control.enter)="submitOnCtrlEnter() && confirm()"
          ></textarea>
        </mat-form-field>
        @if (noticeKey(); as notice) {
          <p class="notice" role="status">{{ notice | translate }}</p>
        }
        @for (problem of shownProblems(); track problem) {
          <p class="error" role="alert">{{ problem | translate: problemParams() }}</p>
        }
        @if (failure(); as message) {
          <p class="error" role="alert">{{ message | translate }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'dialog.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [attr.aria-disabled]="submitting()">
          {{ submitLabelKey() | translate }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    /* Title, content and actions stay the dialog surface's own rows, as without this frame. */
    :host {
      display: contents;
    }
    .fields {
      display: grid;
      gap: 8px;
    }
    .notice {
      color: var(--mat-sys-tertiary);
      margin: 0;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 0;
    }
  `,
})
export class ActionDialogComponent {
  /** Translation key (and parameters) of the dialog's title. */
  readonly titleKey = input.required<string>();
  readonly titleParams = input<TextParams>();
  /** Translation key of the note field's label. */
  readonly noteLabelKey = input.required<string>();
  /** The agent's note; empty (or blank) stops the dialog from confirming. */
  readonly note = model('');
  /** Focus starts on the note when the action has no field of its own to start on. */
  readonly focusNote = input(false);
  /** Ctrl+Enter in the note sends, for dialogs where the note is the main thing typed. */
  readonly submitOnCtrlEnter = input(false);
  /** Translation key of something to know before sending (e.g. "a supervisor approves this"). */
  readonly noticeKey = input<string | null>(null);
  /** What is wrong with the action's own fields (translation keys), shown once the agent tried. */
  readonly problems = input<readonly string[]>([]);
  readonly problemParams = input<TextParams>();
  /** The request is on its way: the submit button says so and a second send is ignored. */
  readonly submitting = input(false);
  /** Translation key (or the BFF's readable message) of the last refusal. */
  readonly failure = input<string | null>(null);
  readonly submitKey = input.required<string>();
  /** Submit label while sending; dialogs that send nothing themselves leave it out. */
  readonly submittingKey = input<string>();

  /** The agent sent the form with a note; the dialog checks its own fields and sends. */
  readonly confirmed = output();

  private readonly tried = signal(false);
  private readonly noteMissing = computed(() => this.note().trim() === '');
  // Problems show once the agent tries to send, not while they are still typing.
  protected readonly shownProblems = computed(() => {
    if (!this.tried()) return [];
    return this.noteMissing() ? [...this.problems(), 'agent.note.required'] : this.problems();
  });
  protected readonly submitLabelKey = computed(() =>
    this.submitting() ? (this.submittingKey() ?? this.submitKey()) : this.submitKey(),
  );

  protected confirm(): void {
    // A second click while the first is on its way sends nothing more.
    if (this.submitting()) return;
    this.tried.set(true);
    if (this.noteMissing()) return;
    this.confirmed.emit();
  }
}
