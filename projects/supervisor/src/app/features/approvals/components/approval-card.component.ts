import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MoneyPipe, TranslatePipe, ZonedDatePipe } from '@beaus/shared';
import type { DecisionKind, PendingApproval } from '../data/approvals.api';

/** What a supervisor decided on one adjustment, with the note saying why. */
export interface DecisionRequest {
  readonly id: string;
  readonly decision: DecisionKind;
  readonly note: string;
}

/**
 * One pending adjustment with its account context, a required note and approve / reject.
 * The buttons stay disabled until the note says something.
 */
@Component({
  selector: 'beaus-approval-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MoneyPipe, TranslatePipe, ZonedDatePipe],
  template: `
    @let a = approval();
    <article [attr.aria-labelledby]="'approval-' + a.id">
      <h2 class="title" [id]="'approval-' + a.id">
        <span class="amount" [class.debit]="a.amountCents < 0">{{ a.amountCents | money }}</span>
        · {{ a.reasonCode }} · {{ a.account.accountNo }}
      </h2>
      <dl class="facts">
        <div>
          <dt>{{ 'supervisor.approvals.holder' | translate }}</dt>
          <dd>{{ a.account.holderName ?? '—' }} ({{ a.account.type }}, {{ a.account.status }})</dd>
        </div>
        <div>
          <dt>{{ 'supervisor.approvals.balance' | translate }}</dt>
          <dd>{{ a.account.balanceCents | money }}</dd>
        </div>
        <div>
          <dt>{{ 'supervisor.approvals.requested' | translate }}</dt>
          <dd>{{ a.requestedBy }}, {{ a.requestedAt | zonedDate }}</dd>
        </div>
        <div>
          <dt>{{ 'supervisor.approvals.agentNote' | translate }}</dt>
          <dd>{{ a.note }}</dd>
        </div>
      </dl>
      <label class="note-label" [for]="'note-' + a.id">
        {{ 'supervisor.approvals.note' | translate }}
      </label>
      <textarea
        class="note"
        rows="2"
        required
        maxlength="2000"
        [id]="'note-' + a.id"
        [value]="note()"
        [disabled]="busy()"
        (input)="note.set($any($event.target).value)"
      ></textarea>
      <div class="actions">
        <button
          mat-flat-button
          type="button"
          class="approve"
          [disabled]="!canDecide()"
          (click)="emit('approve')"
        >
          {{ 'supervisor.approvals.approve' | translate }}
        </button>
        <button
          mat-stroked-button
          type="button"
          class="reject"
          [disabled]="!canDecide()"
          (click)="emit('reject')"
        >
          {{ 'supervisor.approvals.reject' | translate }}
        </button>
      </div>
    </article>
  `,
  styleUrl: './decision-card.css',
  styles: `
    :host {
      display: block;
      padding: 20px;
      border-radius: 16px;
      background: var(--mat-sys-surface-container);
    }
    .debit {
      color: var(--mat-sys-error);
    }
  `,
})
export class ApprovalCardComponent {
  /** The adjustment to decide. */
  readonly approval = input.required<PendingApproval>();
  /** True while a decision is on its way: the card takes no second one. */
  readonly busy = input(false);
  /** The supervisor's decision and note. */
  readonly decide = output<DecisionRequest>();

  protected readonly note = signal('');
  protected readonly canDecide = computed(() => !this.busy() && this.note().trim().length > 0);

  protected emit(decision: DecisionKind): void {
    this.decide.emit({ id: this.approval().id, decision, note: this.note().trim() });
  }
}
