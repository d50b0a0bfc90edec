import {
  ChangeDetectionStrategy,
  Component,
  effect,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { ElementRef } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '@beaus/shared';
import type { Submission } from '../state/account.feature';

/** The note an agent leaves after every call. Ctrl+Enter sends it from the text box. */
@Component({
  selector: 'beaus-add-note-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatFormField, MatLabel, MatInput, MatButton, TranslatePipe],
  template: `
    <form class="note" (submit)="$event.preventDefault(); submit()">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'agent.note.label' | translate }}</mat-label>
        <textarea
          #body
          matInput
          name="body"
          rows="3"
          maxlength="2000"
          (keydown.control.enter)="submit()"
        ></textarea>
      </mat-form-field>
      @if (blank()) {
        <p class="error" role="alert">{{ 'agent.note.required' | translate }}</p>
      } @else if (submission().error; as error) {
        <p class="error" role="alert">{{ error | translate }}</p>
      }
      <button mat-flat-button type="submit" [disabled]="submission().status === 'submitting'">
        {{ 'agent.note.submit' | translate }}
      </button>
    </form>
  `,
  styles: `
    .note {
      display: grid;
      gap: 8px;
      max-width: 640px;
    }
    .error {
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
})
export class AddNoteFormComponent {
  readonly submission = input.required<Submission>();
  /** The note's text, trimmed and not blank. */
  readonly submitted = output<string>();

  private readonly body = viewChild.required<ElementRef<HTMLTextAreaElement>>('body');
  protected readonly blank = signal(false);

  constructor() {
    // Clear the box once the note is saved, ready for the next call.
    effect(() => {
      if (this.submission().status === 'succeeded') this.body().nativeElement.value = '';
    });
  }

  protected submit(): void {
    const text = this.body().nativeElement.value.trim();
    this.blank.set(text === '');
    if (text !== '') this.submitted.emit(text);
  }
}
