import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { HttpErrorResponse } from '@angular/common/http';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  ToastService,
  TranslatePipe,
  TranslationService,
} from '@beaus/shared';
import { ApprovalCardComponent, type DecisionRequest } from '../components/approval-card.component';
import { PendingRefundsComponent } from '../components/pending-refunds.component';
import { ApprovalsApi } from '../data/approvals.api';

/**
 * Adjustments above an agent's limit, oldest first. Approving applies one to the account's
 * ledger; rejecting leaves it; either way the account gets a note the agent will see.
 */
@Component({
  selector: 'beaus-approvals-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ApprovalCardComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    PendingRefundsComponent,
    TranslatePipe,
  ],
  template: `
    <div class="beaus-page">
      <h1 class="beaus-page-title">{{ 'supervisor.approvals.title' | translate }}</h1>
      @if (pending.hasValue()) {
        @for (approval of pending.value(); track approval.id) {
          <beaus-approval-card
            [approval]="approval"
            [busy]="deciding() === approval.id"
            (decide)="decide($event)"
          />
        } @empty {
          <beaus-empty-state messageKey="supervisor.approvals.none" />
        }
      } @else if (pending.error()) {
        <beaus-error-state (retry)="pending.reload()" />
      } @else {
        <beaus-loading-state />
      }
      <beaus-pending-refunds />
    </div>
  `,
  styles: `
    beaus-approval-card {
      margin-bottom: 16px;
    }
  `,
})
export default class ApprovalsPage {
  private readonly api = inject(ApprovalsApi);
  private readonly toast = inject(ToastService);
  private readonly translations = inject(TranslationService);

  protected readonly pending = rxResource({ stream: () => this.api.listPending() });
  protected readonly deciding = signal<string | null>(null);

  protected decide(request: DecisionRequest): void {
    this.deciding.set(request.id);
    this.api.decide(request.id, request.decision, request.note).subscribe({
      next: (outcome) => {
        this.deciding.set(null);
        this.toast.info(
          this.translations.translate(`supervisor.approvals.done.${outcome.status}`, {
            id: outcome.id,
          }),
        );
        // Drop it from the list at once; the reload brings anything another supervisor did.
        this.pending.update((list) => list?.filter((a) => a.id !== request.id));
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
