import { users } from '../../adapters/database/schema/users.ts';
import { hashPassword } from '../../adapters/identity/password.ts';
import { createTestApp, testAppTimeoutMs, type TestApp } from '../../platform/testing/test-app.ts';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await createTestApp();
  const passwordHash = await hashPassword('beaus-demo');
  await testApp.adapters.database.db.insert(users).values([
    { username: 'agent1', displayName: 'Alex Agent', passwordHash, roles: ['agent'] },
    { username: 'gone1', displayName: 'Gone', passwordHash, roles: ['agent'], disabled: true },
  ]);
}, testAppTimeoutMs);
afterAll(() => testApp.close());

const login = (payload: unknown, ip = '10.0.0.1') =>
  testApp.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: payload as object,
    remoteAddress: ip,
  });

describe('POST /api/auth/login', () => {
  it('signs a seeded user in and the token opens /api/auth/me', async () => {
    const response = await login({ username: 'agent1', password: 'beaus-demo' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 8 * 60 * 60,
      user: { username: 'agent1', displayName: 'Alex Agent', roles: ['agent'], accountId: null },
    });
    const me = await testApp.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${body.accessToken}` },
    });
    expect(me.json()).toMatchObject({ username: 'agent1', roles: ['agent'] });
  });

  it('ignores the case of the username', async () => {
    expect((await login({ username: 'Agent1', password: 'beaus-demo' })).statusCode).toBe(200);
  });

  it.each([
    ['a wrong password', { username: 'agent1', password: 'beaus-demo2' }],
    ['an unknown user', { username: 'nobody', password: 'beaus-demo' }],
    ['a disabled user', { username: 'gone1', password: 'beaus-demo' }],
  ])('answers 401 with one message for %s', async (_label, credentials) => {
    const response = await login(credentials);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({
      code: 'BEAUS_ERR_UNAUTHENTICATED',
      message: 'Wrong username or password.',
    });
  });

  it('answers 400 naming the missing field', async () => {
    const response = await login({ username: 'agent1' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'BEAUS_ERR_VALIDATION',
      message: expect.stringContaining('body/password'),
      details: [{ path: 'body/password', message: expect.any(String) }],
    });
  });

  it('answers 400 naming a field of the wrong type', async () => {
    const response = await login({ username: 'agent1', password: 42 });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([{ path: 'body/password', message: 'must be string' }]);
  });

  it('slows password guessing: the eleventh attempt in a minute gets 429', async () => {
    const attempt = () => login({ username: 'agent1', password: 'guess' }, '10.9.9.9');
    for (let i = 0; i < 10; i++) expect((await attempt()).statusCode).toBe(401);
    const limited = await attempt();
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'BEAUS_ERR_RATE_LIMITED' });
    // Another address is not blocked by it.
    expect(
      (await login({ username: 'agent1', password: 'beaus-demo' }, '10.8.8.8')).statusCode,
    ).toBe(200);
  });
});

describe('GET /api/auth/config', () => {
  it('tells the apps to use the local provider when no Cognito pool is configured', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/auth/config' });
    expect(response.json()).toEqual({
      identityProvider: 'local',
      cognito: null,
      environmentName: 'local',
    });
  });
});

describe('login under fuzzed input', () => {
  it('answers every malformed body with a 4xx, never a 5xx', async () => {
    const { default: fc } = await import('fast-check');
    const body = fc.oneof(
      fc.json(),
      fc.string(),
      fc.record({ username: fc.anything(), password: fc.anything() }).map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(body, fc.ipV4(), async (payload, ip) => {
        const response = await testApp.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { 'content-type': 'application/json' },
          payload,
          remoteAddress: ip,
        });
        expect(response.statusCode).toBeGreaterThanOrEqual(400);
        expect(response.statusCode).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  });
});
