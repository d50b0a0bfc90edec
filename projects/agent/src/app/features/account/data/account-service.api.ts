import { Injectable, inject } from '@angular/core';
import {
  ApiClient,
  addAccountCaseNote,
  assignAccountTag,
  closeAccountCase,
  convertToPrepaid,
  listAccountCases,
  listAgentAccountTagRequests,
  listAgentAccountTags,
  listAgentAccountVehicles,
  openAccountCase,
  replaceAccountTag,
  setAccountAutoTopUp,
  takeAccountCase,
} from '@beaus/shared';
import type { ParamsOf, ResponseOf } from '@beaus/shared';
import type { Observable } from 'rxjs';
import { forkJoin, map } from 'rxjs';

export type AutoTopUpSetting = ParamsOf<typeof setAccountAutoTopUp>['body']['autoTopUp'];
export type ConversionResult = ResponseOf<typeof convertToPrepaid>;
export type CasePage = ResponseOf<typeof listAccountCases>;
export type AccountCase = CasePage['items'][number];
export type OpenCaseRequest = ParamsOf<typeof openAccountCase>['body'];
export type CaseKind = OpenCaseRequest['kind'];
export type CaseOutcome = ParamsOf<typeof closeAccountCase>['body']['outcome'];
export type OpenTagRequest = ResponseOf<typeof listAgentAccountTagRequests>[number];

/**
 * What a finished action reports to the page: a text key with its values, or the BFF's own
 * message (written for people; the translate pipe shows an unknown key as it is).
 */
export interface ServiceOutcome {
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Tag statuses that still ride on their vehicle: such a vehicle gets a replacement, not a second tag. */
const LIVE_TAG_STATUSES: ReadonlySet<string> = new Set(['valid', 'low_balance', 'invalid']);

export const caseKinds: readonly CaseKind[] = ['dispute', 'inquiry', 'hardship'];
export const caseOutcomes: readonly CaseOutcome[] = ['upheld', 'denied', 'withdrawn'];

/**
 * Tags, auto top-up, conversion and cases over the generated client. The dialogs call it
 * themselves (so they show progress and the BFF's message) and close with the outcome.
 */
@Injectable()
export class AccountServiceApi {
  private readonly api = inject(ApiClient);

  /** The account's active vehicles without a live tag, as options for assigning one. */
  vehiclesWithoutTag(accountId: number): Observable<{ id: string; label: string }[]> {
    return forkJoin([
      this.api.call(listAgentAccountVehicles, {
        accountId,
        page: 1,
        pageSize: 100,
        includeEnded: true,
      }),
      this.api.call(listAgentAccountTags, { accountId, page: 1, pageSize: 100 }),
    ]).pipe(
      map(([vehicles, tags]) => {
        const today = new Date().toISOString().slice(0, 10);
        const tagged = new Set(
          tags.items
            .filter((tag) => tag.vehicleId !== null && LIVE_TAG_STATUSES.has(tag.status))
            .map((tag) => tag.vehicleId),
        );
        return vehicles.items
          .filter(
            (vehicle) =>
              (vehicle.endDate === null || vehicle.endDate >= today) && !tagged.has(vehicle.id),
          )
          .map((vehicle) => ({
            id: vehicle.id,
            label: [`${vehicle.jurisdiction} ${vehicle.plate}`, vehicle.make, vehicle.model]
              .filter(Boolean)
              .join(' · '),
          }));
      }),
    );
  }

  /** Tags the driver asked for online that no agent has assigned yet, oldest first. */
  openTagRequests(accountId: number): Observable<OpenTagRequest[]> {
    return this.api.call(listAgentAccountTagRequests, { accountId });
  }

  assignTag(
    accountId: number,
    vehicleId: number,
    tagNo: string,
    note: string,
  ): Observable<ServiceOutcome> {
    return this.api.call(assignAccountTag, { accountId, body: { vehicleId, tagNo, note } }).pipe(
      map((tag) => ({
        message: 'agent.tag.assigned',
        params: { tagNo: tag.tagNo, status: tag.status },
      })),
    );
  }

  replaceTag(
    accountId: number,
    tagId: number,
    tagNo: string,
    note: string,
  ): Observable<ServiceOutcome> {
    return this.api.call(replaceAccountTag, { accountId, tagId, body: { tagNo, note } }).pipe(
      map(({ replaced, tag }) => ({
        message: 'agent.tag.replaced',
        params: { old: replaced.tagNo, tagNo: tag.tagNo, status: tag.status },
      })),
    );
  }

  setAutoTopUp(
    accountId: number,
    autoTopUp: AutoTopUpSetting,
    note: string,
  ): Observable<ServiceOutcome> {
    return this.api.call(setAccountAutoTopUp, { accountId, body: { autoTopUp, note } });
  }

  convert(accountId: number, note: string): Observable<ConversionResult> {
    return this.api.call(convertToPrepaid, { accountId, body: { note } });
  }

  cases(accountId: number, page = 1, pageSize = 25): Observable<CasePage> {
    return this.api.call(listAccountCases, { accountId, page, pageSize });
  }

  openCase(accountId: number, body: OpenCaseRequest): Observable<ServiceOutcome> {
    return this.api.call(openAccountCase, { accountId, body });
  }

  takeCase(accountId: number, caseId: number, note: string): Observable<ServiceOutcome> {
    return this.api.call(takeAccountCase, { accountId, caseId, body: { note } });
  }

  addCaseNote(accountId: number, caseId: number, note: string): Observable<ServiceOutcome> {
    return this.api.call(addAccountCaseNote, { accountId, caseId, body: { note } });
  }

  closeCase(
    accountId: number,
    caseId: number,
    outcome: CaseOutcome,
    note: string,
  ): Observable<ServiceOutcome> {
    return this.api.call(closeAccountCase, { accountId, caseId, body: { outcome, note } });
  }
}
