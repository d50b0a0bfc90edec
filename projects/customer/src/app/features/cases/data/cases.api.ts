import { Injectable, inject } from '@angular/core';
import {
  ApiClient,
  getMyAccount,
  getMyCase,
  listMyCases,
  openMyDispute,
  type ResponseOf,
} from '@beaus/shared';
import type { OpenMyDispute$Params } from '@beaus/shared';
import { map, type Observable } from 'rxjs';

export type MyCase = ResponseOf<typeof openMyDispute>;
export type MyCaseDetail = ResponseOf<typeof getMyCase>;
export type OpenDispute = OpenMyDispute$Params['body'];
export type RecentTrip = ResponseOf<typeof getMyAccount>['recentTrips'][number];

/** The driver's disputes over the generated client (provided by the feature's routes). */
@Injectable()
export class CasesApi {
  private readonly api = inject(ApiClient);

  list(): Observable<MyCase[]> {
    return this.api.call(listMyCases, undefined);
  }

  load(caseId: string): Observable<MyCaseDetail> {
    return this.api.call(getMyCase, { caseId: Number(caseId) });
  }

  open(dispute: OpenDispute): Observable<MyCase> {
    return this.api.call(openMyDispute, { body: dispute });
  }

  /** The trips a driver picks from: the account's most recent. */
  recentTrips(): Observable<RecentTrip[]> {
    return this.api.call(getMyAccount, undefined).pipe(map((account) => account.recentTrips));
  }
}
