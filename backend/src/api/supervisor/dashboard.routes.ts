import type { ServerResponse } from 'node:http';
import Type from 'typebox';
import type { BeausApp } from '../../platform/app-types.ts';
import { protectedErrorResponses } from '../../platform/errors.ts';
import type { DashboardQuery } from './dashboard.ts';
import {
  DashboardQuery as DashboardQuerySchema,
  DashboardStreamQuery,
  OperationsDashboard,
} from './dashboard.schemas.ts';
import { loadSharedDashboard } from './shared-dashboard.ts';

/** How often a live stream pushes a fresh dashboard: "every few seconds" for a wall screen. */
export const dashboardStreamIntervalMs = 5_000;

const roles = ['supervisor', 'admin'] as const;

/** One server-sent event carrying a dashboard. */
function writeEvent(out: ServerResponse, dashboard: unknown, asOf: string): void {
  out.write(`event: dashboard\nid: ${asOf}\ndata: ${JSON.stringify(dashboard)}\n\n`);
}

export async function dashboardRoutes(app: BeausApp): Promise<void> {
  const deps = { cache: app.cache, database: app.database };
  // Open streams end when the server closes, so a graceful shutdown is not held up by them.
  const open = new Set<ServerResponse>();
  app.addHook('onClose', async () => {
    for (const out of open) out.end();
  });

  app.get(
    '/dashboard',
    {
      config: { roles },
      schema: {
        tags: ['supervisor'],
        operationId: 'getDashboard',
        summary: 'Trips, revenue, read mix, backlog, lag and rejects for a range, from projections',
        querystring: DashboardQuerySchema,
        response: { 200: OperationsDashboard, ...protectedErrorResponses },
      },
    },
    async (request) => loadSharedDashboard(deps, request.query),
  );

  app.get(
    '/dashboard/stream',
    {
      config: { roles },
      schema: {
        tags: ['supervisor'],
        operationId: 'streamDashboard',
        summary: 'Server-sent events: an OperationsDashboard every few seconds (rolling window)',
        description:
          'Send `Accept: text/event-stream` and the bearer token (read with fetch: EventSource ' +
          'cannot send headers). Without that Accept header one event is sent and the response ends.',
        querystring: DashboardStreamQuery,
        produces: ['text/event-stream'],
        response: {
          200: Type.String({ description: 'text/event-stream of `dashboard` events' }),
          ...protectedErrorResponses,
        },
      },
    },
    async (request, reply) => {
      const windowMs = (request.query.minutes ?? 60) * 60_000;
      const query = (now: Date): DashboardQuery => ({
        from: new Date(now.getTime() - windowMs).toISOString(),
        to: now.toISOString(),
        ...(request.query.plaza ? { plaza: request.query.plaza } : {}),
      });
      // Read the first dashboard before taking over the response, so a failure is a normal error.
      const first = await loadSharedDashboard(deps, query(new Date()));
      const live = (request.headers.accept ?? '').includes('text/event-stream');
      reply.hijack();
      const out = reply.raw;
      out.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        'x-accel-buffering': 'no',
      });
      writeEvent(out, first, first.asOf);
      if (!live) {
        out.end();
        return;
      }
      open.add(out);
      let busy = false;
      const timer = setInterval(() => {
        if (busy) return; // a slow read is skipped, never queued behind itself
        busy = true;
        loadSharedDashboard(deps, query(new Date()))
          .then((dashboard) => writeEvent(out, dashboard, dashboard.asOf))
          .catch((error: unknown) =>
            request.log.warn({ err: error }, 'dashboard stream update failed'),
          )
          .finally(() => {
            busy = false;
          });
      }, dashboardStreamIntervalMs);
      out.on('close', () => {
        clearInterval(timer);
        open.delete(out);
      });
    },
  );
}
