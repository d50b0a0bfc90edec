import type { IncomingMessage, ServerResponse, Server } from 'node:http';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Cache } from '../adapters/cache/cache.ts';
import type { Database } from '../adapters/database/database.ts';
import type { EventLog } from '../adapters/event-log/event-log.ts';
import type { LocalIdentityProvider } from '../adapters/identity/local-identity-provider.ts';
import type { Principal, Role } from '../adapters/identity/principal.ts';
import type { TokenVerifier } from '../adapters/identity/token-verifier.ts';
import type { ObjectStore } from '../adapters/object-store/object-store.ts';
import type { Config } from '../config/config.ts';

/** The Fastify instance every route module receives: TypeBox schemas give the handler types. */
export type BeausApp = FastifyInstance<
  Server,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export interface IdentityServices {
  verifier: TokenVerifier;
  /** The built-in provider; null when Cognito signs users in. */
  localProvider: LocalIdentityProvider | null;
}

/** Everything the app needs from outside, built by plain factories in server.ts or a test. */
export interface AppDeps {
  config: Config;
  database: Database;
  cache: Cache;
  objectStore: ObjectStore;
  eventLog: EventLog;
  identity: IdentityServices;
  /** The process logger (already masking personal data); tests may pass a silent one. */
  logger: FastifyBaseLogger;
}

/**
 * Who may call a route: a list of roles, 'public' for everyone including anonymous callers, or
 * 'device' for roadside devices, which the ingest plugin authenticates with their own credential.
 */
export type RouteRoles = readonly Role[] | 'public' | 'device';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    database: Database;
    cache: Cache;
    objectStore: ObjectStore;
    eventLog: EventLog;
    identity: IdentityServices;
  }
  interface FastifyRequest {
    /** The verified caller; null on public routes. Use `principalOf(request)` in handlers. */
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** Required on every route: the onRoute hook refuses to register a route without it. */
    roles?: RouteRoles;
  }
}
