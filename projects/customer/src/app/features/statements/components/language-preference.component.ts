import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { TranslatePipe, type Language } from '@beaus/shared';

/** The language the account's statements and e-mails are written in: English or Spanish. */
@Component({
  selector: 'beaus-language-preference',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonToggleGroup, MatButtonToggle, TranslatePipe],
  template: `
    <span id="language-label" class="label">{{ 'customer.statements.language' | translate }}</span>
    <mat-button-toggle-group
      aria-labelledby="language-label"
      [value]="language()"
      [disabled]="busy()"
      (change)="changed.emit($event.value)"
    >
      <mat-button-toggle value="en" lang="en">English</mat-button-toggle>
      <mat-button-toggle value="es" lang="es">Español</mat-button-toggle>
    </mat-button-toggle-group>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
    }
    .label {
      font: var(--mat-sys-title-small);
    }
  `,
})
export class LanguagePreferenceComponent {
  readonly language = input.required<Language>();
  /** True while a change is being saved. */
  readonly busy = input(false);
  /** The person picked a language. */
  readonly changed = output<Language>();
}
