import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import Type from 'typebox';
import type { Database } from '../adapters/database/database.ts';
import type { EventLog } from '../adapters/event-log/event-log.ts';
import { registerErrorHandler } from '../platform/error-handler.ts';
import { validatorCompiler } from '../platform/validation.ts';
import { ingestPlugin, type IngestOptions } from './ingest-plugin.ts';

export interface IngestAppDeps extends IngestOptions {
  database: Database;
  eventLog: EventLog;
  logger: FastifyBaseLogger;
}

const Dependency = Type.Object({
  status: Type.String(),
  kind: Type.String(),
  latencyMs: Type.Number(),
  detail: Type.Optional(Type.String()),
});

/**
 * The gateway as its own process (scaled posture): only the ingest route and a health probe,
 * no user sign-in, no static apps. Built without listening, so tests use `inject()`.
 */
export async function buildIngestApp(deps: IngestAppDeps) {
  const app = Fastify({
    loggerInstance: deps.logger,
    trustProxy: true,
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  registerErrorHandler(app);

  app.get(
    '/ingest/health',
    {
      config: { roles: 'public' },
      schema: {
        response: {
          200: Type.Object({ status: Type.String(), eventLog: Dependency, database: Dependency }),
          503: Type.Object({ status: Type.String(), eventLog: Dependency, database: Dependency }),
        },
      },
    },
    async (_request, reply) => {
      const [eventLog, database] = await Promise.all([
        deps.eventLog.health(),
        deps.database.health(),
      ]);
      const up = eventLog.status === 'up' && database.status === 'up';
      return reply.code(up ? 200 : 503).send({ status: up ? 'up' : 'down', eventLog, database });
    },
  );
  await app.register(ingestPlugin, deps);
  return app;
}
