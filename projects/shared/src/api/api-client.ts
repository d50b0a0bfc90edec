import { HttpClient } from '@angular/common/http';
import type { HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { map } from 'rxjs';
import { ApiConfiguration } from './generated/api-configuration';
import type { StrictHttpResponse } from './generated/strict-http-response';

/** A generated API function (`fn/<tag>/<operationId>.ts`). */
export type ApiFunction<P, R> = (
  http: HttpClient,
  rootUrl: string,
  params: P,
  context?: HttpContext,
) => Observable<StrictHttpResponse<R>>;

/** The response body type of a generated API function, e.g. `ResponseOf<typeof getMe>`. */
export type ResponseOf<F> = F extends (...args: never[]) => Observable<StrictHttpResponse<infer R>>
  ? R
  : never;

/** The parameters of a generated API function. */
export type ParamsOf<F> = F extends (http: HttpClient, rootUrl: string, params: infer P) => unknown
  ? P
  : never;

/**
 * The one way the apps call the BFF: runs a generated, tree-shakable API function through
 * Angular's HttpClient (so the auth interceptor applies) and emits the response body.
 *
 * ```ts
 * this.api.call(searchAccounts, { q: 'smith', page: 1 }).subscribe(page => …)
 * ```
 *
 * Provided by `provideBeausApp()` in each app's layout route (not at the root).
 */
@Injectable()
export class ApiClient {
  private readonly http = inject(HttpClient);
  private readonly config = inject(ApiConfiguration);

  /** Calls `fn` with `params` and emits its typed response body once. */
  call<P, R>(fn: ApiFunction<P, R>, params: P, context?: HttpContext): Observable<R> {
    return fn(this.http, this.config.rootUrl, params, context).pipe(
      map((response) => response.body),
    );
  }
}
