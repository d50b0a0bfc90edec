import { Injectable, inject } from '@angular/core';
import { ApiClient, createPlaza, listPlazas, sortParam } from '@beaus/shared';
import type { ResponseOf, TablePage, TableQuery } from '@beaus/shared';
import type { Observable } from 'rxjs';
import { map } from 'rxjs';
import type { PlazaDraft } from './plaza-form';

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

  /** Adds a plaza; coordinates arrive as the form's text and leave as numbers. */
  create(plaza: PlazaDraft): Observable<unknown> {
    return this.api.call(createPlaza, {
      body: {
        ...plaza,
        code: plaza.code.trim(),
        name: plaza.name.trim(),
        roadway: plaza.roadway.trim(),
        latitude: Number(plaza.latitude),
        longitude: Number(plaza.longitude),
      },
    });
  }
}
