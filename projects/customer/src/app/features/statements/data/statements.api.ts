import { Injectable, inject } from '@angular/core';
import {
  ApiClient,
  downloadMyStatementCsv,
  downloadMyStatementPdf,
  getMyPreferences,
  listMyStatements,
  setMyPreferences,
  type Language,
} from '@beaus/shared';
import type { Observable } from 'rxjs';
import { map } from 'rxjs';

export type StatementFormat = 'pdf' | 'csv';

/** The signed-in customer's monthly statements (the BFF picks the account from the token). */
@Injectable()
export class StatementsApi {
  private readonly api = inject(ApiClient);

  /** Months with activity, `YYYY-MM`, newest first. */
  months(): Observable<readonly string[]> {
    return this.api.call(listMyStatements, undefined).pipe(map((answer) => answer.months));
  }

  /** The language the account's statements and e-mails are written in. */
  language(): Observable<Language> {
    return this.api.call(getMyPreferences, undefined).pipe(map((answer) => answer.language));
  }

  setLanguage(language: Language): Observable<Language> {
    return this.api
      .call(setMyPreferences, { body: { language } })
      .pipe(map((answer) => answer.language));
  }

  /** One month's statement as a file; through the client so the bearer token goes with it. */
  download(month: string, format: StatementFormat): Observable<Blob> {
    return format === 'pdf'
      ? this.api.call(downloadMyStatementPdf, { month })
      : this.api.call(downloadMyStatementCsv, { month });
  }
}
