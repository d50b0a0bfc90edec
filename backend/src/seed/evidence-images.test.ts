import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../adapters/database/database.ts';
import { migrateDatabase } from '../adapters/database/migrate.ts';
import { createPgliteDatabase } from '../adapters/database/pglite-database.ts';
import { createFsObjectStore } from '../adapters/object-store/fs-object-store.ts';
import type { ObjectStore } from '../adapters/object-store/object-store.ts';
import { seedEvidenceImages } from './evidence-images.ts';
import { seedDemoData } from './index.ts';

let database: Database;
let objectStore: ObjectStore;
let folder: string;

beforeAll(async () => {
  database = await createPgliteDatabase();
  await migrateDatabase(database);
  await seedDemoData(database, {
    scale: { accounts: 30, trips: 800 },
    days: 10,
    asOf: new Date('2026-11-25T15:30:00Z'),
  });
  folder = await mkdtemp(join(tmpdir(), 'beaus-seed-images-'));
  objectStore = await createFsObjectStore(folder);
}, 120_000);
afterAll(async () => {
  await database?.close();
  await rm(folder, { recursive: true, force: true });
});

const keyedTrips = () =>
  database.query<{ key: string; status: string; plate: string }>(
    `select image_keys[1] as key, status, plate from trips where cardinality(image_keys) > 0
      order by occurred_at desc, id desc`,
  );

describe('seeded evidence images', () => {
  it('stores the image of every review trip and of the newest others; older trips keep no key', async () => {
    const before = await keyedTrips();
    const inReview = before.filter((trip) => trip.status === 'review').length;
    expect(before.length - inReview).toBeGreaterThan(20);

    const stored = await seedEvidenceImages(database, objectStore, 20);

    const after = await keyedTrips();
    const expected = before.filter((trip, index) => index < 20 || trip.status === 'review');
    expect(stored).toBe(expected.length);
    expect(after).toEqual(expected);
    expect(after.filter((trip) => trip.status === 'review')).toHaveLength(inReview);
    for (const trip of after) {
      const image = await objectStore.get(trip.key);
      expect(image?.contentType).toBe('image/svg+xml');
      expect(image?.body.toString()).toContain(trip.plate);
    }
  });
});
