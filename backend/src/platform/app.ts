import { randomUUID } from 'node:crypto';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import fp from 'fastify-plugin';
import { wellKnownRoutes } from '../api/auth/auth.routes.ts';
import { apiRoutes } from '../api/routes.ts';
import type { AppDeps, BeausApp } from './app-types.ts';
import { authPlugin, type RouteListener } from './auth.ts';
import { registerErrorHandler } from './error-handler.ts';
import { openApiPlugin } from './openapi.ts';
import { validatorCompiler } from './validation.ts';

export interface BuildOptions {
  /** Called for every route as it registers (after the roles check): the matrix test uses it. */
  onRoute?: RouteListener;
  /** Registers extra routes (e.g. the static apps) after the API. */
  extraRoutes?: (app: BeausApp) => Promise<void>;
}

/** Typed decorations: the adapters, visible to every later plugin and route as `app.<name>`. */
const depsPlugin = fp(
  async (app: BeausApp, deps: AppDeps) => {
    app.decorate('config', deps.config);
    app.decorate('database', deps.database);
    app.decorate('cache', deps.cache);
    app.decorate('objectStore', deps.objectStore);
    app.decorate('eventLog', deps.eventLog);
    app.decorate('identity', deps.identity);
  },
  { name: 'beaus-deps' },
);

/**
 * Builds the BFF without listening, so tests drive it with `inject()`. Plugins load in a fixed
 * order: external (helmet, cors, rate-limit, OpenAPI) → decorations → auth → routes.
 */
export async function buildApp(deps: AppDeps, options: BuildOptions = {}): Promise<BeausApp> {
  const app = Fastify({
    loggerInstance: deps.logger,
    // Behind CloudFront/ALB the client address is in X-Forwarded-For; rate limits key on it.
    trustProxy: true,
    // Keep the caller's request id (CloudFront/ALB/apps send one) so logs join up across hops.
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);

  await app.register(helmet, {
    // The API returns JSON only; the apps' own policy is set where they are served.
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    },
  });
  // Apps are served from the same origin; cross-origin callers are not expected.
  await app.register(cors, { origin: false });
  await app.register(rateLimit, { global: false });
  await app.register(openApiPlugin);

  await app.register(depsPlugin, deps);
  await app.register(authPlugin);
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  registerErrorHandler(app);

  await app.register(apiRoutes, { prefix: '/api' });
  await app.register(wellKnownRoutes);
  if (options.extraRoutes) await app.register(options.extraRoutes);
  return app;
}
