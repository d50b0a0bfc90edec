import { createTestApp, testAppTimeoutMs, type TestApp } from '../../platform/testing/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
}, testAppTimeoutMs);
afterAll(() => testApp.close());

describe('GET /api/health', () => {
  it('reports every dependency with its kind', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ok',
      dependencies: {
        database: { status: 'up', kind: 'pglite', latencyMs: expect.any(Number) },
        cache: { status: 'up', kind: 'memory' },
        objectStore: { status: 'up', kind: 'fs' },
        eventLog: { status: 'up', kind: 'postgres-table' },
        identity: { status: 'up', kind: 'local' },
      },
    });
  });

  it('answers 503 and names the dependency that is down', async () => {
    const cache = testApp.adapters.cache;
    const original = cache.health;
    cache.health = async () => ({ status: 'down', kind: 'memory', latencyMs: 1, detail: 'boom' });
    try {
      const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({
        status: 'degraded',
        dependencies: { cache: { status: 'down' } },
      });
      expect(response.body).not.toContain('boom');
    } finally {
      cache.health = original;
    }
  });
});
