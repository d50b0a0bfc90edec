import { Injectable, inject } from '@angular/core';
import {
  ApiClient,
  approveAdjustment,
  listPendingApprovals,
  rejectAdjustment,
} from '@beaus/shared';
import type { ResponseOf } from '@beaus/shared';
import type { Observable } from 'rxjs';

/** An adjustment waiting for a supervisor, with the account it would change. */
export type PendingApproval = ResponseOf<typeof listPendingApprovals>[number];
/** The outcome of a decision. */
export type ApprovalDecision = ResponseOf<typeof approveAdjustment>;
export type DecisionKind = 'approve' | 'reject';

/** Approvals over the generated client (provided by the feature's routes). */
@Injectable()
export class ApprovalsApi {
  private readonly api = inject(ApiClient);

  /** Pending adjustments, oldest first. */
  listPending(): Observable<PendingApproval[]> {
    return this.api.call(listPendingApprovals, undefined);
  }

  /** Approves (applies to the ledger) or rejects, with the supervisor's note. */
  decide(id: string, decision: DecisionKind, note: string): Observable<ApprovalDecision> {
    const params = { id: Number(id), body: { note } };
    return decision === 'approve'
      ? this.api.call(approveAdjustment, params)
      : this.api.call(rejectAdjustment, params);
  }
}
