import { Injectable, inject } from '@angular/core';
import { ApiClient, exportAuditLog, searchAuditLog } from '@beaus/shared';
import type { ResponseOf, TablePage, TableQuery } from '@beaus/shared';
import type { Observable } from 'rxjs';

export type AuditEntry = ResponseOf<typeof searchAuditLog>['items'][number];

/** The filters of the audit viewer; empty strings mean "any". */
export interface AuditFilter {
  readonly actor: string;
  readonly entityType: string;
  readonly action: string;
  /** `YYYY-MM-DD`, browser time, inclusive. */
  readonly from: string;
  /** `YYYY-MM-DD`, browser time, inclusive. */
  readonly to: string;
}

export const noFilter: AuditFilter = { actor: '', entityType: '', action: '', from: '', to: '' };

/** The filter as query parameters: days become instants, the `to` day counted whole. */
export function filterParams(filter: AuditFilter) {
  const day = (text: string, offsetDays = 0) => {
    if (!text) return undefined;
    const [y, m, d] = text.split('-').map(Number);
    return new Date(y, m - 1, d + offsetDays).toISOString();
  };
  return {
    actor: filter.actor.trim() || undefined,
    entityType: filter.entityType.trim() || undefined,
    action: filter.action.trim() || undefined,
    from: day(filter.from),
    to: day(filter.to, 1),
  };
}

/** The audit log over the generated client. */
@Injectable()
export class AuditApi {
  private readonly api = inject(ApiClient);

  search(filter: AuditFilter, query: TableQuery): Observable<TablePage<AuditEntry>> {
    return this.api.call(searchAuditLog, {
      ...filterParams(filter),
      page: query.pageIndex + 1,
      pageSize: query.pageSize,
    });
  }

  exportCsv(filter: AuditFilter): Observable<string> {
    return this.api.call(exportAuditLog, filterParams(filter));
  }
}
