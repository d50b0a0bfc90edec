import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '@beaus/shared';
import type { CardFieldsGroup } from './card-fields';

/**
 * The sandbox stand-in for the processor's hosted card fields: number, expiry month and year, CVC.
 * In production these inputs are the processor's iframe and the card goes straight to it; here the
 * page sends `cardEntryOf(group)` to the sandbox tokenizer. The page owns the group (made with
 * `cardFieldsGroup`) inside its own form, so its submit validates and marks these fields too.
 */
@Component({
  selector: 'beaus-card-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatError, MatInput, TranslatePipe],
  template: `
    <div class="fields" [formGroup]="group()">
      <p class="note">{{ 'customer.pay.sandboxNote' | translate }}</p>
      <mat-form-field appearance="outline" class="wide">
        <mat-label>{{ 'customer.pay.cardNumber' | translate }}</mat-label>
        <input
          matInput
          formControlName="number"
          inputmode="numeric"
          autocomplete="cc-number"
          required
        />
        <mat-error>{{ 'customer.pay.invalidCard' | translate }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'customer.pay.expMonth' | translate }}</mat-label>
        <input
          matInput
          formControlName="expMonth"
          inputmode="numeric"
          autocomplete="cc-exp-month"
          required
        />
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'customer.pay.expYear' | translate }}</mat-label>
        <input
          matInput
          formControlName="expYear"
          inputmode="numeric"
          autocomplete="cc-exp-year"
          required
        />
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'customer.pay.cvc' | translate }}</mat-label>
        <input matInput formControlName="cvc" inputmode="numeric" autocomplete="cc-csc" required />
      </mat-form-field>
    </div>
  `,
  styles: `
    /* The fields follow the width the page gives them (a column of a form, a whole card), not the viewport. */
    :host {
      display: block;
      container-type: inline-size;
    }
    .fields {
      display: grid;
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: 4px 12px;
    }
    .note,
    .wide {
      grid-column: 1 / -1;
    }
    .note {
      margin: 0 0 8px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    @container (max-width: 400px) {
      .fields {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
})
export class CardFieldsComponent {
  /** The page's card controls, from `cardFieldsGroup`. */
  readonly group = input.required<CardFieldsGroup>();
}
