import { Injectable, inject } from '@angular/core';
import { ApiClient, getOverview } from '@beaus/shared';
import type { ResponseOf } from '@beaus/shared';
import type { Observable } from 'rxjs';

/** Today's operations figures as the BFF computes them. */
export type OperationsOverview = ResponseOf<typeof getOverview>;

/** The supervisor overview over the generated client (provided by the feature's routes). */
@Injectable()
export class OverviewApi {
  private readonly api = inject(ApiClient);

  /** Today's trips, revenue, read mix, review backlog and pending approvals. */
  load(): Observable<OperationsOverview> {
    return this.api.call(getOverview, undefined);
  }
}
