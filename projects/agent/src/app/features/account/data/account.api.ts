import { Injectable, inject } from '@angular/core';
import {
  ApiClient,
  addAccountNote,
  addAccountVehicle,
  endAccountVehicle,
  markTagLostOrStolen,
  getAgentAccount,
  listAgentAccountHistory,
  listAgentAccountLedger,
  listAgentAccountNotes,
  listAgentAccountTags,
  listAgentAccountTrips,
  listAgentAccountVehicles,
  requestAdjustment,
  verifyCaller,
} from '@beaus/shared';
import type { ParamsOf, ResponseOf, TableLoader, TablePage, TableQuery } from '@beaus/shared';
import type { Observable } from 'rxjs';
import { map } from 'rxjs';

/** The account header as the BFF sends it; contacts masked until the caller is verified. */
export type AccountView = ResponseOf<typeof getAgentAccount>;
export type AccountAlert = AccountView['alerts'][number];
export type VerificationRequest = ParamsOf<typeof verifyCaller>['body'];
export type VerificationMethod = VerificationRequest['method'];
export type AdjustmentRequest = ParamsOf<typeof requestAdjustment>['body'];
export type AdjustmentResult = ResponseOf<typeof requestAdjustment>;
export type ReasonCode = AdjustmentRequest['reasonCode'];
export type AccountVehicle = ResponseOf<typeof listAgentAccountVehicles>['items'][number];
export type AccountTag = ResponseOf<typeof listAgentAccountTags>['items'][number];
export type AccountTrip = ResponseOf<typeof listAgentAccountTrips>['items'][number];
export type LedgerLine = ResponseOf<typeof listAgentAccountLedger>['items'][number];
export type AccountNote = ResponseOf<typeof listAgentAccountNotes>['items'][number];
export type AuditEntry = ResponseOf<typeof listAgentAccountHistory>['items'][number];
export type AddVehicleRequest = ParamsOf<typeof addAccountVehicle>['body'];

/** A change to the account's vehicles or tags; each carries the agent's note. */
export type AccountChange =
  | { readonly kind: 'addVehicle'; readonly body: AddVehicleRequest }
  | {
      readonly kind: 'endVehicle';
      readonly vehicleId: number;
      readonly body: ParamsOf<typeof endAccountVehicle>['body'];
    }
  | {
      readonly kind: 'markTag';
      readonly tagId: number;
      readonly body: ParamsOf<typeof markTagLostOrStolen>['body'];
    };

/** The reason codes the BFF accepts, in the order agents see them. */
export const reasonCodes: readonly ReasonCode[] = [
  'GOODWILL',
  'DUPLICATE_CHARGE',
  'WRONG_CLASS',
  'SYSTEM_ERROR',
];

const pageOf = <T>(page: { items: T[]; total: number }): TablePage<T> => ({
  items: page.items,
  total: page.total,
});

/** The agent's account view over the generated client (provided by the feature's routes). */
@Injectable()
export class AccountApi {
  private readonly api = inject(ApiClient);

  load(accountId: number): Observable<AccountView> {
    return this.api.call(getAgentAccount, { accountId });
  }

  verify(accountId: number, body: VerificationRequest) {
    return this.api.call(verifyCaller, { accountId, body });
  }

  adjust(accountId: number, body: AdjustmentRequest): Observable<AdjustmentResult> {
    return this.api.call(requestAdjustment, { accountId, body });
  }

  addNote(accountId: number, body: string): Observable<AccountNote> {
    return this.api.call(addAccountNote, { accountId, body: { body } });
  }

  /** Applies a vehicle or tag change; emits once it is saved (the reply itself is not needed). */
  change(accountId: number, change: AccountChange): Observable<unknown> {
    switch (change.kind) {
      case 'addVehicle':
        return this.api.call(addAccountVehicle, { accountId, body: change.body });
      case 'endVehicle':
        return this.api.call(endAccountVehicle, {
          accountId,
          vehicleId: change.vehicleId,
          body: change.body,
        });
      case 'markTag':
        return this.api.call(markTagLostOrStolen, {
          accountId,
          tagId: change.tagId,
          body: change.body,
        });
    }
  }

  vehicles(accountId: number): TableLoader<AccountVehicle> {
    return (query) =>
      this.api
        .call(listAgentAccountVehicles, { accountId, ...paging(query), includeEnded: true })
        .pipe(map(pageOf));
  }

  tags(accountId: number): TableLoader<AccountTag> {
    return (query) =>
      this.api.call(listAgentAccountTags, { accountId, ...paging(query) }).pipe(map(pageOf));
  }

  trips(accountId: number): TableLoader<AccountTrip> {
    return (query) =>
      this.api.call(listAgentAccountTrips, { accountId, ...paging(query) }).pipe(map(pageOf));
  }

  ledger(accountId: number): TableLoader<LedgerLine> {
    return (query) =>
      this.api.call(listAgentAccountLedger, { accountId, ...paging(query) }).pipe(map(pageOf));
  }

  notes(accountId: number): TableLoader<AccountNote> {
    return (query) =>
      this.api.call(listAgentAccountNotes, { accountId, ...paging(query) }).pipe(map(pageOf));
  }

  history(accountId: number): TableLoader<AuditEntry> {
    return (query) =>
      this.api.call(listAgentAccountHistory, { accountId, ...paging(query) }).pipe(map(pageOf));
  }
}

function paging(query: TableQuery): { page: number; pageSize: number } {
  return { page: query.pageIndex + 1, pageSize: query.pageSize };
}
