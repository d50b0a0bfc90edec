import { Injectable, inject } from '@angular/core';
import { ApiClient, listBusinessRules, scheduleBusinessRule } from '@beaus/shared';
import type { ResponseOf } from '@beaus/shared';
import type { Observable } from 'rxjs';

export type BusinessRule = ResponseOf<typeof listBusinessRules>[number];

/** Effective-dated business rules over the generated client. */
@Injectable()
export class RulesApi {
  private readonly api = inject(ApiClient);

  list(): Observable<BusinessRule[]> {
    return this.api.call(listBusinessRules, undefined);
  }

  schedule(key: string, value: unknown, effectiveFrom: Date): Observable<BusinessRule> {
    return this.api.call(scheduleBusinessRule, {
      key,
      body: { value, effectiveFrom: effectiveFrom.toISOString() },
    });
  }
}
