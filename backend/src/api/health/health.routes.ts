import Type from 'typebox';
import type { HealthStatus } from '../../adapters/health-status.ts';
import type { BeausApp } from '../../platform/app-types.ts';
import { publicErrorResponses } from '../../platform/errors.ts';

const Dependency = Type.Object({
  status: Type.Union([Type.Literal('up'), Type.Literal('down')]),
  kind: Type.String({ description: 'Which implementation is configured, e.g. pglite or postgres' }),
  latencyMs: Type.Number(),
});

const HealthReport = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  environmentName: Type.String(),
  dependencies: Type.Object({
    database: Dependency,
    cache: Dependency,
    objectStore: Dependency,
    eventLog: Dependency,
    identity: Dependency,
  }),
});

/** Health of the BFF and each dependency; load balancers and operators read the status code. */
export async function healthRoutes(app: BeausApp): Promise<void> {
  app.get(
    '/health',
    {
      config: { roles: 'public' },
      schema: {
        tags: ['health'],
        operationId: 'getHealth',
        summary: 'Health of the BFF and each dependency',
        response: { 200: HealthReport, 503: HealthReport, ...publicErrorResponses },
      },
    },
    async (request, reply) => {
      const [database, cache, objectStore, eventLog] = await Promise.all([
        app.database.health(),
        app.cache.health(),
        app.objectStore.health(),
        app.eventLog.health(),
      ]);
      const identity: HealthStatus = {
        status: 'up',
        kind: app.identity.verifier.kind,
        latencyMs: 0,
      };
      const dependencies = { database, cache, objectStore, eventLog, identity };
      const down = Object.entries(dependencies).filter(([, health]) => health.status === 'down');
      for (const [name, health] of down) {
        request.log.warn({ dependency: name, detail: health.detail }, 'dependency down');
      }
      const report = {
        status: down.length === 0 ? ('ok' as const) : ('degraded' as const),
        environmentName: app.config.environmentName,
        dependencies,
      };
      return reply.code(down.length === 0 ? 200 : 503).send(report);
    },
  );
}
