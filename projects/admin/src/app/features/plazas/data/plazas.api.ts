import { Injectable, inject } from '@angular/core';
import { ApiClient, listPlazas, sortParam } from '@beaus/shared';
import type { ResponseOf, TablePage, TableQuery } from '@beaus/shared';
import type { Observable } from 'rxjs';
import { map } from 'rxjs';

/** A plaza with its lane and device counts, as the BFF lists it. */
export type PlazaSummary = ResponseOf<typeof listPlazas>['items'][number];

/** Plaza administration over the generated client (provided by the feature's routes). */
@Injectable()
export class PlazasApi {
  private readonly api = inject(ApiClient);

  /** One page of plazas, filtered by code or name and sorted by the server. */
  list(query: TableQuery): Observable<TablePage<PlazaSummary>> {
    return this.api
      .call(listPlazas, {
        q: query.filter || undefined,
        page: query.pageIndex + 1,
        pageSize: query.pageSize,
        sort: sortParam(query.sort),
      })
      .pipe(map((page) => ({ items: page.items, total: page.total })));
  }
}
