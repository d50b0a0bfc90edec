import {
  createScratchPostgres,
  requireDatabaseUrl,
  type ScratchPostgres,
} from './testing/scratch-postgres.ts';
import { createTestApp, testAppTimeoutMs, type TestApp } from './testing/test-app.ts';

/** The whole BFF in its scaled posture: PostgreSQL and Redis chosen by configuration alone. */
const serverUrl = requireDatabaseUrl();
const redisUrl = process.env['REDIS_URL'];
if (!redisUrl) throw new Error('REDIS_URL is not set: the real Redis tests need a server');

let scratch: ScratchPostgres;
let testApp: TestApp;

beforeAll(async () => {
  scratch = await createScratchPostgres(serverUrl);
  testApp = await createTestApp({ DATABASE_URL: scratch.url, REDIS_URL: redisUrl });
}, testAppTimeoutMs);

afterAll(async () => {
  await testApp?.close();
  await scratch?.drop();
});

it('reports PostgreSQL and Redis as its dependencies', async () => {
  const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
  expect(response.statusCode).toBe(200);
  expect(response.json().dependencies).toMatchObject({
    database: { status: 'up', kind: 'postgres' },
    cache: { status: 'up', kind: 'redis' },
    eventLog: { status: 'up', kind: 'postgres-table' },
  });
});

it('serves authenticated routes on the migrated PostgreSQL schema', async () => {
  const response = await testApp.app.inject({
    method: 'GET',
    url: '/api/auth/me',
    headers: { authorization: `Bearer ${testApp.tokens.supervisor}` },
  });
  expect(response.json()).toMatchObject({ roles: ['supervisor'] });
});
