import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  MoneyPipe,
  ToastService,
  TranslatePipe,
  TranslationService,
  ZonedDatePipe,
} from '@beaus/shared';
import type { DecisionKind } from '../data/approvals.api';
import { RefundApprovalsApi } from '../data/refund-approvals.api';

/**
 * Refunds above an agent's limit, oldest first. Approving pays one back to the card and debits
 * the balance; rejecting releases the amount it held. Each decision needs a note.
 */
@Component({
  selector: 'beaus-pending-refunds',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    MoneyPipe,
    TranslatePipe,
    ZonedDatePipe,
  ],
  template: `
    <h2 class="section-title">{{ 'supervisor.refunds.title' | translate }}</h2>
    @if (pending.hasValue()) {
      @for (refund of pending.value(); track refund.id) {
        <article class="card" [attr.aria-labelledby]="'refund-' + refund.id">
          <h3 class="title" [id]="'refund-' + refund.id">
            {{
              'supervisor.refunds.heading'
                | translate
                  : {
                      amount: (refund.amountCents | money),
                      paymentId: refund.paymentId,
                      reason: refund.reasonCode,
                      accountNo: refund.account.accountNo,
                    }
            }}
          </h3>
          <dl class="facts">
            <div>
              <dt>{{ 'supervisor.approvals.balance' | translate }}</dt>
              <dd>{{ refund.account.balanceCents | money }}</dd>
            </div>
            <div>
              <dt>{{ 'supervisor.approvals.requested' | translate }}</dt>
              <dd>{{ refund.requestedBy }}, {{ refund.requestedAt | zonedDate }}</dd>
            </div>
            <div>
              <dt>{{ 'supervisor.approvals.agentNote' | translate }}</dt>
              <dd>{{ refund.note }}</dd>
            </div>
          </dl>
          <label class="note-label" [for]="'refund-note-' + refund.id">
            {{ 'supervisor.approvals.note' | translate }}
          </label>
          <textarea
            class="note"
            rows="2"
            required
            maxlength="2000"
            [id]="'refund-note-' + refund.id"
            [disabled]="deciding() === refund.id"
            (input)="setNote(refund.id, $any($event.target).value)"
          ></textarea>
          <div class="actions">
            <button
              mat-flat-button
              type="button"
              class="approve"
              [disabled]="!canDecide(refund.id)"
              (click)="decide(refund.id, 'approve')"
            >
              {{ 'supervisor.approvals.approve' | translate }}
            </button>
            <button
              mat-stroked-button
              type="button"
              class="reject"
              [disabled]="!canDecide(refund.id)"
              (click)="decide(refund.id, 'reject')"
            >
              {{ 'supervisor.approvals.reject' | translate }}
            </button>
          </div>
        </article>
      } @empty {
        <beaus-empty-state messageKey="supervisor.refunds.none" />
      }
    } @else if (pending.error()) {
      <beaus-error-state (retry)="pending.reload()" />
    } @else {
      <beaus-loading-state />
    }
  `,
  styleUrl: './decision-card.css',
  styles: `
    :host {
      display: block;
      margin-top: 24px;
    }
    .section-title {
      font: var(--mat-sys-title-large);
    }
    .card {
      padding: 20px;
      margin-bottom: 16px;
      border-radius: 16px;
      background: var(--mat-sys-surface-container);
    }
  `,
})
export class PendingRefundsComponent {
  private readonly api = inject(RefundApprovalsApi);
  private readonly toast = inject(ToastService);
  private readonly translations = inject(TranslationService);

  protected readonly pending = rxResource({ stream: () => this.api.listPending() });
  protected readonly deciding = signal<string | null>(null);
  private readonly notes = signal<Readonly<Record<string, string>>>({});

  protected setNote(id: string, note: string): void {
    this.notes.update((notes) => ({ ...notes, [id]: note }));
  }

  protected canDecide(id: string): boolean {
    return this.deciding() === null && (this.notes()[id] ?? '').trim().length > 0;
  }

  protected decide(id: string, decision: DecisionKind): void {
    const note = (this.notes()[id] ?? '').trim();
    this.deciding.set(id);
    this.api.decide(id, decision, note).subscribe({
      next: (outcome) => {
        this.deciding.set(null);
        this.toast.info(
          this.translations.translate(`supervisor.refunds.done.${outcome.status}`, {
            id: outcome.id,
          }),
        );
        this.pending.update((list) => list?.filter((r) => r.id !== id));
        this.pending.reload();
      },
      error: (error: unknown) => {
        this.deciding.set(null);
        const message =
          error instanceof HttpErrorResponse && typeof error.error?.message === 'string'
            ? error.error.message
            : this.translations.translate('state.error');
        this.toast.error(message);
        if (error instanceof HttpErrorResponse && error.status === 409) this.pending.reload();
      },
    });
  }
}
