import { Injectable, inject } from '@angular/core';
import {
  ApiClient,
  calculateRate,
  draftRateSchedule,
  getRateSchedule,
  listPlazas,
  listRateSchedules,
  publishRateSchedule,
  rateScheduleWhatIf,
  updateRateScheduleEntries,
} from '@beaus/shared';
import type { ParamsOf, ResponseOf } from '@beaus/shared';
import type { Observable } from 'rxjs';
import { map } from 'rxjs';

export type ScheduleSummary = ResponseOf<typeof listRateSchedules>['items'][number];
export type ScheduleDetail = ResponseOf<typeof getRateSchedule>;
export type RateEntry = ScheduleDetail['entries'][number];
export type RateQuote = ResponseOf<typeof calculateRate>;
export type QuoteQuestion = ParamsOf<typeof calculateRate>;
export type WhatIf = ResponseOf<typeof rateScheduleWhatIf>;
export interface PlazaChoice {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly timeZone: string;
}

/** Rate schedule versions over the generated client (provided by the feature's routes). */
@Injectable()
export class RatesApi {
  private readonly api = inject(ApiClient);

  plazas(): Observable<PlazaChoice[]> {
    return this.api
      .call(listPlazas, { page: 1, pageSize: 100, sort: 'code' })
      .pipe(map((page) => page.items));
  }

  versions(plazaId: number): Observable<ScheduleSummary[]> {
    return this.api.call(listRateSchedules, { plazaId }).pipe(map((list) => list.items));
  }

  schedule(scheduleId: number): Observable<ScheduleDetail> {
    return this.api.call(getRateSchedule, { scheduleId });
  }

  /** A new draft copied from the version in force. */
  draft(plazaId: number): Observable<ScheduleDetail> {
    return this.api.call(draftRateSchedule, { plazaId, body: {} });
  }

  saveEntries(scheduleId: number, entries: readonly RateEntry[]): Observable<ScheduleDetail> {
    return this.api.call(updateRateScheduleEntries, { scheduleId, body: { entries: [...entries] } });
  }

  publish(scheduleId: number, effectiveFrom: Date): Observable<ScheduleDetail> {
    return this.api.call(publishRateSchedule, {
      scheduleId,
      body: { effectiveFrom: effectiveFrom.toISOString() },
    });
  }

  quote(question: QuoteQuestion): Observable<RateQuote> {
    return this.api.call(calculateRate, question);
  }

  whatIf(scheduleId: number, days: number): Observable<WhatIf> {
    return this.api.call(rateScheduleWhatIf, { scheduleId, days });
  }
}
