import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { TranslatePipe } from '@beaus/shared';
import { CardFieldsComponent } from '../../../shared/card-fields/card-fields.component';
import {
  cardEntryOf,
  cardFieldsGroup,
  type CardEntry,
} from '../../../shared/card-fields/card-fields';
import type { CustomerAccount } from '../data/customer-account.api';

type Card = NonNullable<CustomerAccount['cardOnFile']>;

/**
 * The cards on file: the default one and the backup auto top-up falls back to, with fields (the
 * sandbox stand-in for the processor's hosted fields) to add or replace the backup.
 */
@Component({
  selector: 'beaus-backup-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButton, TranslatePipe, CardFieldsComponent],
  template: `
    <dl class="cards">
      <dt>{{ 'customer.cards.default' | translate }}</dt>
      <dd class="default-card">
        @if (cardOnFile(); as card) {
          {{ describe(card) }}
        } @else {
          {{ 'customer.cards.none' | translate }}
        }
      </dd>
      <dt>{{ 'customer.cards.backup' | translate }}</dt>
      <dd class="backup-card">
        @if (backupCard(); as card) {
          {{ describe(card) }}
        } @else {
          {{ 'customer.cards.noBackup' | translate }}
        }
      </dd>
    </dl>
    @if (editing()) {
      <form class="card-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <beaus-card-fields [group]="form" />
        <div class="actions">
          <button mat-flat-button type="submit" class="save-card" [disabled]="busy()">
            {{ 'customer.cards.save' | translate }}
          </button>
          <button mat-button type="button" (click)="editing.set(false)">
            {{ 'customer.pay.back' | translate }}
          </button>
        </div>
      </form>
    } @else {
      <button mat-stroked-button type="button" class="edit-backup" (click)="editing.set(true)">
        {{
          (backupCard() ? 'customer.cards.replaceBackup' : 'customer.cards.addBackup') | translate
        }}
      </button>
    }
  `,
  styles: `
    .cards {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
      margin: 0 0 12px;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    .card-form {
      max-width: 560px;
    }
    .actions {
      display: flex;
      gap: 12px;
    }
    button {
      min-height: 48px;
    }
  `,
})
export class BackupCardComponent {
  readonly cardOnFile = input<Card | null>(null);
  readonly backupCard = input<Card | null>(null);
  readonly busy = input(false);
  /** The card details for the processor's tokenizer, once the fields look right. */
  readonly save = output<CardEntry>();

  protected readonly editing = signal(false);
  protected readonly form = cardFieldsGroup(inject(NonNullableFormBuilder));

  /** Closes the fields after the page says the card was saved. */
  close(): void {
    this.editing.set(false);
    this.form.reset();
  }

  protected describe(card: Card): string {
    const month = String(card.expMonth).padStart(2, '0');
    return `${card.brand} •••• ${card.last4} · ${month}/${card.expYear}`;
  }

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.save.emit(cardEntryOf(this.form));
  }
}
