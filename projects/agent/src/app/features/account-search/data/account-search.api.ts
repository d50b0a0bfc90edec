import { Injectable, inject } from '@angular/core';
import { ApiClient, searchAccounts, sortParam } from '@beaus/shared';
import type { ResponseOf, TablePage, TableQuery } from '@beaus/shared';
import type { Observable } from 'rxjs';
import { map } from 'rxjs';

/** One account in the search results, as the BFF sends it (personal data masked). */
export type AccountSummary = ResponseOf<typeof searchAccounts>['items'][number];

/** Agent account search over the generated client (provided by the feature's routes). */
@Injectable()
export class AccountSearchApi {
  private readonly api = inject(ApiClient);

  /** One page of accounts matching the query's filter text. */
  search(query: TableQuery): Observable<TablePage<AccountSummary>> {
    return this.api
      .call(searchAccounts, {
        q: query.filter,
        page: query.pageIndex + 1,
        pageSize: query.pageSize,
        sort: sortParam(query.sort),
      })
      .pipe(map((page) => ({ items: page.items, total: page.total })));
  }
}
