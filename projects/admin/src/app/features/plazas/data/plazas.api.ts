import { Injectable, inject } from '@angular/core';
import {
  ApiClient,
  addPlazaLane,
  createPlaza,
  listPlazaLanes,
  listPlazas,
  sortParam,
  updatePlaza,
} from '@beaus/shared';
import type { ResponseOf, TablePage, TableQuery } from '@beaus/shared';
import type { Observable } from 'rxjs';
import { map } from 'rxjs';
import type { PlazaChange, PlazaDraft } from './plaza-form';
import type { LaneDraft } from './lane-form';

/** A plaza with its lane and device counts, as the BFF lists it. */
export type PlazaSummary = ResponseOf<typeof listPlazas>['items'][number];
/** A plaza as the BFF answers a correction (no counts). */
export type PlazaRecord = ResponseOf<typeof updatePlaza>;
/** A lane or gantry of a plaza. */
export type PlazaLane = ResponseOf<typeof listPlazaLanes>[number];

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

  /**
   * The plaza with this code, or null when there is none. The BFF has no read-one route, so
   * this filters the list (codes are unique and never change, so an exact match is the plaza).
   */
  byCode(code: string): Observable<PlazaSummary | null> {
    return this.api
      .call(listPlazas, { q: code, page: 1, pageSize: 100, sort: 'code' })
      .pipe(map((page) => page.items.find((plaza) => plaza.code === code) ?? null));
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

  /** Corrects the changed fields of a plaza (audited by the BFF). */
  update(plazaId: string, change: PlazaChange): Observable<PlazaRecord> {
    return this.api.call(updatePlaza, { plazaId: Number(plazaId), body: change });
  }

  /** Every lane of a plaza, by code. */
  lanes(plazaId: string): Observable<PlazaLane[]> {
    return this.api.call(listPlazaLanes, { plazaId: Number(plazaId) });
  }

  /** Adds a lane or gantry to a plaza. */
  addLane(plazaId: string, lane: LaneDraft): Observable<PlazaLane> {
    return this.api.call(addPlazaLane, {
      plazaId: Number(plazaId),
      body: { code: lane.code.trim(), type: lane.type },
    });
  }
}
