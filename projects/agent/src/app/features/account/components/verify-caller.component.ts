import {
  ChangeDetectionStrategy,
  Component,
  afterNextRender,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { ElementRef } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '@beaus/shared';
import type { VerificationMethod, VerificationRequest } from '../data/account.api';
import type { Submission } from '../state/account.feature';

/**
 * Asks for the caller's PIN or security answer before personal data is shown. The answer box
 * has the focus, so an agent types what the caller says and presses Enter.
 */
@Component({
  selector: 'beaus-verify-caller',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatFormField, MatLabel, MatHint, MatInput, MatButton, TranslatePipe],
  template: `
    <form class="verify" (submit)="$event.preventDefault(); submit(answer.value)">
      <h2 class="title">{{ 'agent.verify.title' | translate }}</h2>
      <fieldset class="methods">
        <legend class="beaus-visually-hidden">{{ 'agent.verify.method' | translate }}</legend>
        @for (option of methods(); track option) {
          <label>
            <input
              type="radio"
              name="method"
              [value]="option"
              [checked]="option === method()"
              (change)="method.set(option)"
            />
            {{ 'agent.verify.method.' + option | translate }}
          </label>
        }
      </fieldset>
      @if (method() === 'security_answer' && securityQuestion()) {
        <p class="question">{{ securityQuestion() }}</p>
      }
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'agent.verify.answer.' + method() | translate }}</mat-label>
        <input
          #answer
          matInput
          name="answer"
          autocomplete="off"
          [type]="method() === 'pin' ? 'password' : 'text'"
          [attr.inputmode]="method() === 'pin' ? 'numeric' : null"
          [attr.aria-invalid]="submission().status === 'failed'"
        />
        <mat-hint>{{ 'agent.verify.hint' | translate }}</mat-hint>
      </mat-form-field>
      <button mat-flat-button type="submit" [disabled]="submission().status === 'submitting'">
        {{ 'agent.verify.submit' | translate }}
      </button>
      @if (submission().error; as error) {
        <p class="error" role="alert">{{ error | translate }}</p>
      }
    </form>
  `,
  styles: `
    .verify {
      display: grid;
      gap: 12px;
      max-width: 420px;
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .methods {
      display: flex;
      gap: 16px;
      border: 0;
      margin: 0;
      padding: 0;
    }
    .question {
      margin: 0;
      font-style: italic;
    }
    .error {
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
})
export class VerifyCallerComponent {
  /** What the account has on file to verify with. */
  readonly methods = input.required<readonly VerificationMethod[]>();
  readonly securityQuestion = input<string | null>(null);
  readonly submission = input.required<Submission>();
  /** The caller's answer, to be checked by the BFF. */
  readonly verify = output<VerificationRequest>();

  protected readonly method = signal<VerificationMethod>('pin');
  private readonly answerBox = viewChild.required<ElementRef<HTMLInputElement>>('answer');

  constructor() {
    afterNextRender(() => {
      const first = this.methods()[0];
      if (first) this.method.set(first);
      this.answerBox().nativeElement.focus();
    });
  }

  protected submit(value: string): void {
    if (value.trim() === '') return;
    this.verify.emit({ method: this.method(), value });
  }
}
