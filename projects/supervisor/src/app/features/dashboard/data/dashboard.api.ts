import { Injectable, inject } from '@angular/core';
import { Router } from '@angular/router';
import { AuthService } from '@beaus/shared';
import type { ResponseOf, getDashboard } from '@beaus/shared';
import { Observable } from 'rxjs';
import { ServerSentEventParser } from './server-sent-events';

/** The dashboard as the BFF computes it from the projections. */
export type OperationsDashboard = ResponseOf<typeof getDashboard>;

/** What the live dashboard follows: a rolling window ending now, the network or one plaza. */
export interface DashboardView {
  readonly minutes: number;
  readonly plaza: string | null;
}

/** The state of the live connection, for the page to show. */
export type StreamStatus = 'connecting' | 'live' | 'reconnecting';

/** After a dropped stream, wait this long before asking again (the BFF may be restarting). */
const reconnectDelayMs = 3_000;

/**
 * The live dashboard over server-sent events. Read with `fetch` because EventSource cannot send
 * the bearer token, and a token in the URL would end up in access logs. Reconnects by itself
 * after a dropped connection; a 401 ends the session as the HTTP interceptor does.
 */
@Injectable()
export class DashboardStream {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  /** Dashboards as the BFF pushes them (every few seconds) until unsubscribed. */
  watch(view: DashboardView, status: (s: StreamStatus) => void): Observable<OperationsDashboard> {
    return new Observable<OperationsDashboard>((subscriber) => {
      const abort = new AbortController();
      const params = new URLSearchParams({ minutes: String(view.minutes) });
      if (view.plaza) params.set('plaza', view.plaza);
      const url = `/api/supervisor/dashboard/stream?${params}`;
      const follow = async (): Promise<void> => {
        while (!abort.signal.aborted) {
          try {
            const response = await fetch(url, {
              headers: {
                accept: 'text/event-stream',
                authorization: `Bearer ${this.auth.accessToken() ?? ''}`,
              },
              signal: abort.signal,
            });
            if (response.status === 401) {
              this.auth.expireSession();
              void this.router.navigate(['/login'], {
                queryParams: { returnUrl: this.router.url, expired: 1 },
              });
              return;
            }
            if (!response.ok || !response.body) throw new Error(`stream ${response.status}`);
            status('live');
            const parser = new ServerSentEventParser();
            const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
            for (;;) {
              const { value, done } = await reader.read();
              if (done) break;
              for (const event of parser.push(value)) {
                if (event.event === 'dashboard') subscriber.next(JSON.parse(event.data));
              }
            }
          } catch {
            // A dropped or refused connection: shown as "reconnecting", then tried again.
            if (abort.signal.aborted) return;
          }
          if (abort.signal.aborted) return;
          status('reconnecting');
          await new Promise((resolve) => setTimeout(resolve, reconnectDelayMs));
        }
      };
      status('connecting');
      void follow();
      return () => abort.abort();
    });
  }
}
