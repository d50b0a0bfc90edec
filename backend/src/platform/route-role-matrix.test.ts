import type { RouteOptions } from 'fastify';
import { roles, type Role } from '../adapters/identity/principal.ts';
import type { RouteRoles } from './app-types.ts';
import { bffExtraRoutes } from './bff-extra-routes.ts';
import { createTestApp, testAppTimeoutMs, type TestApp } from './testing/test-app.ts';

/**
 * Walks every registered route with no token and with each role, and checks the answer
 * against the roles the route declares: 401 without a token unless public, 403 for a role the
 * route does not list, and neither 401 nor 403 for a role it does.
 */
interface DeclaredRoute {
  method: string;
  url: string;
  roles: RouteRoles | undefined;
}

const routes: DeclaredRoute[] = [];
let testApp: TestApp;

beforeAll(async () => {
  testApp = await createTestApp(
    {},
    {
      extraRoutes: bffExtraRoutes('in-process'),
      onRoute: (route: RouteOptions) => {
        const methods = Array.isArray(route.method) ? route.method : [route.method];
        for (const method of methods) {
          routes.push({ method, url: route.url, roles: route.config?.roles });
        }
      },
    },
  );
}, testAppTimeoutMs);

afterAll(() => testApp.close());

/** A concrete URL for a route pattern: every parameter becomes 1, a wildcard a plain name. */
function concreteUrl(pattern: string): string {
  return pattern.replace(/:[A-Za-z0-9_]+/g, '1').replace(/\*$/, 'index.html');
}

async function call(route: DeclaredRoute, token?: string) {
  const hasBody = !['GET', 'HEAD', 'DELETE', 'OPTIONS'].includes(route.method);
  return testApp.app.inject({
    method: route.method as 'GET',
    url: concreteUrl(route.url),
    headers: token ? { authorization: `Bearer ${token}` } : {},
    ...(hasBody ? { payload: {} } : {}),
  });
}

it('registers the platform routes and every route declares its roles', () => {
  expect(routes.map((route) => `${route.method} ${route.url}`)).toEqual(
    expect.arrayContaining([
      'GET /api/health',
      'POST /api/auth/login',
      'GET /api/auth/me',
      'POST /ingest/v1/trips',
    ]),
  );
  const undeclared = routes.filter((route) => route.roles === undefined);
  expect(undeclared).toEqual([]);
});

it('refuses a request without a token on every non-public route', async () => {
  const failures: string[] = [];
  for (const route of routes.filter((candidate) => candidate.roles !== 'public')) {
    const response = await call(route);
    if (response.statusCode !== 401) {
      failures.push(`${route.method} ${route.url} → ${response.statusCode}`);
    } else if (route.method !== 'HEAD') {
      expect(response.json()).toMatchObject({ code: 'BEAUS_ERR_UNAUTHENTICATED' });
    }
  }
  expect(failures).toEqual([]);
});

/** What a caller holding `role` should get: device routes take device credentials, not tokens. */
function expectedFor(route: DeclaredRoute, role: Role): 'allowed' | 401 | 403 {
  if (route.roles === 'public') return 'allowed';
  if (route.roles === 'device') return 401;
  return (route.roles ?? []).includes(role) ? 'allowed' : 403;
}

it.each(roles)('gives %s exactly the routes that list its role', async (role: Role) => {
  const failures: string[] = [];
  for (const route of routes) {
    const expected = expectedFor(route, role);
    const status = (await call(route, testApp.tokens[role])).statusCode;
    // Allowed calls may still fail on the made-up ids and empty bodies, but never with a 5xx.
    const ok =
      expected === 'allowed'
        ? status !== 401 && status !== 403 && status < 500
        : status === expected;
    if (!ok) {
      failures.push(`${route.method} ${route.url} as ${role}: expected ${expected}, got ${status}`);
    }
  }
  expect(failures).toEqual([]);
});
