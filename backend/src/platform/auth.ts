import type { FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import {
  InvalidTokenError,
  roles as knownRoles,
  type Principal,
} from '../adapters/identity/principal.ts';
import type { BeausApp, RouteRoles } from './app-types.ts';
import { BeausError } from './errors.ts';

/** Routes every registered route passes through, for the route × role matrix test. */
export type RouteListener = (route: RouteOptions) => void;

/** Refuses at boot any route that does not say who may call it. */
export function assertRouteDeclaresRoles(route: RouteOptions): void {
  const declared = route.config?.roles as unknown;
  const where = `${String(route.method)} ${route.url}`;
  // 'device' routes check the device credential themselves (ingest-plugin.ts).
  if (declared === 'public' || declared === 'device') return;
  if (!Array.isArray(declared) || declared.length === 0) {
    throw new Error(`Route ${where} must declare config.roles (a non-empty role list or 'public')`);
  }
  const unknown = declared.filter((role) => !knownRoles.includes(role));
  if (unknown.length > 0) throw new Error(`Route ${where} declares unknown roles: ${unknown}`);
}

/** The roles a route declared (after registration, so always present). */
export function rolesOf(request: FastifyRequest): RouteRoles {
  return request.routeOptions.config.roles ?? [];
}

/** The verified caller of an authenticated route; a public route has none. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) {
    throw new BeausError(401, 'BEAUS_ERR_UNAUTHENTICATED', 'Sign in to continue.');
  }
  return request.principal;
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match ? match[1] : null;
}

/**
 * Authentication and role checks for every route, driven by `config.roles`: no or bad token →
 * 401, a token without one of the route's roles → 403. Customers' access to their own account
 * is checked by the customer routes themselves (they compare ids with `principal.accountId`).
 */
export const authPlugin = fp(
  async (app: BeausApp) => {
    app.decorateRequest('principal', null);
    app.addHook('onRoute', assertRouteDeclaresRoles);
    app.addHook('onRequest', async (request) => {
      const allowed = rolesOf(request);
      // Unmatched URLs reach the not-found handler, which needs no principal.
      if (allowed === 'public' || allowed === 'device' || request.is404) return;
      const token = bearerToken(request);
      if (!token) throw new BeausError(401, 'BEAUS_ERR_UNAUTHENTICATED', 'Sign in to continue.');
      try {
        request.principal = await app.identity.verifier.verify(token);
      } catch (error) {
        if (!(error instanceof InvalidTokenError)) throw error;
        request.log.info({ reason: error.message }, 'access token rejected');
        throw new BeausError(401, 'BEAUS_ERR_UNAUTHENTICATED', 'Your session is not valid.');
      }
      const granted = request.principal.roles.some((role) => allowed.includes(role));
      if (!granted) {
        throw new BeausError(403, 'BEAUS_ERR_FORBIDDEN', 'Your role may not do this.');
      }
    });
  },
  { name: 'beaus-auth', dependencies: ['beaus-deps'] },
);
