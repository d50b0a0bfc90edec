import Fastify from 'fastify';
import { SignJWT, generateKeyPair } from 'jose';
import { localAudience, localIssuer } from '../adapters/identity/local-identity-provider.ts';
import { assertRouteDeclaresRoles } from './auth.ts';
import { createTestApp, testAppTimeoutMs, type TestApp } from './testing/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
}, testAppTimeoutMs);
afterAll(() => testApp.close());

const me = (authorization?: string) =>
  testApp.app.inject({
    method: 'GET',
    url: '/api/auth/me',
    headers: authorization ? { authorization } : {},
  });

describe('route registration', () => {
  it('refuses at boot a route that does not declare its roles', () => {
    const app = Fastify();
    app.addHook('onRoute', assertRouteDeclaresRoles);
    expect(() => app.get('/api/forgotten', async () => 'reachable by anyone')).toThrow(
      /GET \/api\/forgotten must declare config.roles/,
    );
  });

  it('refuses a role that does not exist', () => {
    const app = Fastify();
    app.addHook('onRoute', assertRouteDeclaresRoles);
    const typo = { config: { roles: ['agnet' as 'agent'] } };
    expect(() => app.get('/api/typo', typo, async () => 'x')).toThrow(/unknown roles: agnet/);
  });
});

describe('access tokens', () => {
  it('accepts a token from the local identity provider', async () => {
    const response = await me(`Bearer ${testApp.tokens.agent}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      username: 'test-agent',
      roles: ['agent'],
      accountId: null,
    });
  });

  it('carries the customer account into the principal', async () => {
    const response = await me(`Bearer ${testApp.tokens.customer}`);
    expect(response.json()).toMatchObject({ roles: ['customer'], accountId: 1 });
  });

  it.each([
    ['garbage', 'Bearer not-a-jwt'],
    ['a non-bearer scheme', `Basic ${Buffer.from('agent1:beaus-demo').toString('base64')}`],
  ])('answers 401 to %s', async (_label, header) => {
    const response = await me(header);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({
      code: 'BEAUS_ERR_UNAUTHENTICATED',
      message: expect.any(String),
    });
  });

  it('answers 401 to a well-formed token signed by another key', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ token_use: 'access', 'cognito:groups': ['admin'] })
      .setProtectedHeader({
        alg: 'ES256',
        kid: testApp.adapters.identity.localProvider?.jwks().keys[0].kid,
      })
      .setSubject('1')
      .setIssuer(localIssuer)
      .setAudience(localAudience)
      .setExpirationTime('1h')
      .sign(privateKey);
    expect((await me(`Bearer ${forged}`)).statusCode).toBe(401);
  });

  it('answers 401 to an expired token', async () => {
    const provider = testApp.adapters.identity.localProvider!;
    const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000);
    const subject = {
      id: 1,
      username: 'a',
      displayName: 'A',
      roles: ['admin' as const],
      accountId: null,
    };
    const { accessToken } = await provider.issue(subject, yesterday);
    expect((await me(`Bearer ${accessToken}`)).statusCode).toBe(401);
  });

  it.each(['/api/auth/jwks.json', '/.well-known/jwks.json'])(
    'serves the public keys at %s',
    async (url) => {
      const response = await testApp.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      const [key] = response.json<{ keys: Record<string, string>[] }>().keys;
      expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' });
      expect(key).not.toHaveProperty('d');
    },
  );
});
