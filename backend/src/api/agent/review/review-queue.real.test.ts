/**
 * The review queue's concurrency guarantees on real PostgreSQL, where claims and decisions from
 * several agents truly run at the same time (PGlite serialises everything on one connection).
 */
import type { Database } from '../../../adapters/database/database.ts';
import type { Principal, Role } from '../../../adapters/identity/principal.ts';
import {
  createScratchPostgres,
  requireDatabaseUrl,
  type ScratchPostgres,
} from '../../../platform/testing/scratch-postgres.ts';
import {
  createTestApp,
  testAppTimeoutMs,
  type TestApp,
} from '../../../platform/testing/test-app.ts';
import { seedDemoData } from '../../../seed/index.ts';
import { testAsOf } from '../../../seed/testing.ts';
import { decideReview } from './review-decision.ts';
import { claimNextReview } from './review-queue.ts';

let scratch: ScratchPostgres;
let testApp: TestApp;
let database: Database;
let staff: Principal[];

beforeAll(async () => {
  scratch = await createScratchPostgres(requireDatabaseUrl());
  testApp = await createTestApp({ DATABASE_URL: scratch.url });
  database = testApp.adapters.database;
  await seedDemoData(database, {
    scale: { accounts: 60, trips: 3_000 },
    days: 30,
    seed: 11,
    asOf: testAsOf,
  });
  const rows = await database.query<{ id: string; username: string; roles: Role[] }>(
    `select id::text, username, roles from users
     where roles && array['agent', 'supervisor']::text[] order by id`,
  );
  staff = rows.map((r) => ({
    userId: r.id,
    username: r.username,
    name: r.username,
    roles: r.roles,
  }));
}, testAppTimeoutMs);

afterAll(async () => {
  await testApp?.close();
  await scratch?.drop();
});

it('never gives two agents claiming at the same instant the same trip', async () => {
  expect(staff.length).toBeGreaterThanOrEqual(4);
  const now = new Date();
  const claims = await Promise.all(staff.map((p) => claimNextReview(database, p, now)));
  const trips = claims.map((c) => c.item?.tripId);
  expect(trips.every((id) => id !== undefined)).toBe(true);
  expect(new Set(trips).size).toBe(staff.length);
});

it('posts a trip once when the same decision is sent twice at the same time', async () => {
  const [agent] = staff;
  const { item } = await claimNextReview(database, agent, new Date());
  if (!item) throw new Error('the seeded queue is empty');
  const decide = () =>
    decideReview(
      database,
      { principal: agent, tripId: item.tripId, requestId: 'r', now: new Date() },
      { decision: 'correct', jurisdiction: 'TX', plate: 'RACE123' },
    ).then(
      () => 'ok',
      (error: { statusCode?: number }) => error.statusCode,
    );
  expect((await Promise.all([decide(), decide()])).sort()).toEqual([409, 'ok']);
  const [row] = await database.query<{ n: string }>(
    'select count(*)::text as n from review_decisions where trip_id = $1',
    [item.tripId],
  );
  expect(row.n).toBe('1');
});
