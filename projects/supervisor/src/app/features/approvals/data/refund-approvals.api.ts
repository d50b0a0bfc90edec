import { Injectable, inject } from '@angular/core';
import { ApiClient, approveRefund, listPendingRefunds, rejectRefund } from '@beaus/shared';
import type { ResponseOf } from '@beaus/shared';
import type { Observable } from 'rxjs';
import type { DecisionKind } from './approvals.api';

/** A refund above an agent's limit, waiting for a supervisor. */
export type PendingRefund = ResponseOf<typeof listPendingRefunds>[number];
/** The outcome of a decision: paid back to the card, or rejected. */
export type RefundDecision = ResponseOf<typeof approveRefund>;

/** Refund approvals over the generated client (provided by the feature's routes). */
@Injectable()
export class RefundApprovalsApi {
  private readonly api = inject(ApiClient);

  /** Refunds awaiting approval, oldest first. */
  listPending(): Observable<PendingRefund[]> {
    return this.api.call(listPendingRefunds, undefined);
  }

  /** Approves (pays the refund out to the card now) or rejects, with the supervisor's note. */
  decide(id: string, decision: DecisionKind, note: string): Observable<RefundDecision> {
    const params = { id: Number(id), body: { note } };
    return decision === 'approve'
      ? this.api.call(approveRefund, params)
      : this.api.call(rejectRefund, params);
  }
}
