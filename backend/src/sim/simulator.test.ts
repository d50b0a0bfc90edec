import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../adapters/database/database.ts';
import { createPgliteDatabase } from '../adapters/database/pglite-database.ts';
import { createPgEventLog } from '../adapters/event-log/pg-event-log.ts';
import { createFsObjectStore } from '../adapters/object-store/fs-object-store.ts';
import type { ObjectStore } from '../adapters/object-store/object-store.ts';
import { createIngestFixture, type IngestFixture } from '../ingest/ingest-fixture.ts';
import type { RoadCatalog } from './road-catalog.ts';
import { createSimulator } from './simulator.ts';
import { seededRandom, simulatePassage } from './traffic-model.ts';

let database: Database;
let ingest: IngestFixture;
let objectStore: ObjectStore;
let folder: string;

const catalog: RoadCatalog = {
  lanes: [{ deviceName: 'plz-540-e-2', plazaCode: 'PLZ-540-E', laneCode: '2', direction: 'E' }],
  vehicles: [
    { jurisdiction: 'NC', plate: 'ABC1234', vehicleClass: 2, tagNo: 'NCQP.0000000001' },
    { jurisdiction: 'NC', plate: 'XYZ987', vehicleClass: 3, tagNo: null },
  ],
};

beforeAll(async () => {
  database = await createPgliteDatabase();
  ingest = await createIngestFixture(database, await createPgEventLog(database), {
    topic: 'trips.raw.sim-test',
  });
  folder = await mkdtemp(join(tmpdir(), 'beaus-sim-'));
  objectStore = await createFsObjectStore(folder);
}, 60_000);
afterAll(async () => {
  await ingest?.app.close();
  await database?.close();
  await rm(folder, { recursive: true, force: true });
});

/** fetch() onto the gateway's inject(), so the simulator goes through the real HTTP route. */
function gatewayFetch(refuseFirst = 0): typeof fetch {
  let refused = 0;
  return (async (url: string, init: RequestInit) => {
    if (refused < refuseFirst) {
      refused += 1;
      return new Response('{}', { status: 503 });
    }
    const response = await ingest.app.inject({
      method: 'POST',
      url: new URL(url).pathname,
      headers: init.headers as Record<string, string>,
      payload: init.body as string,
    });
    return new Response(response.body, { status: response.statusCode });
  }) as typeof fetch;
}

function simulator(fetchImpl: typeof fetch, seed: number) {
  return createSimulator({
    catalog,
    objectStore,
    ingestUrl: 'http://gateway.test',
    credentialFor: () => ingest.device.secret,
    ratePerSecond: 30,
    random: seededRandom(seed),
    now: () => new Date('2026-11-25T12:00:00Z'),
    fetch: fetchImpl,
  });
}

describe('traffic simulator', () => {
  it('sends valid reads the gateway accepts, with an image stored for each image key', async () => {
    const sim = simulator(gatewayFetch(), 1);
    await sim.tick();
    expect(sim.stats.passages).toBeGreaterThan(0);
    expect(sim.stats.rejected).toBe(0);
    expect(sim.stats.accepted).toBeGreaterThanOrEqual(sim.stats.reads);
    const logged = await ingest.logged();
    expect(logged.length).toBeGreaterThanOrEqual(sim.stats.reads);
    for (const event of logged) {
      const trip = JSON.parse(event.value.toString()) as { imageKeys: string[] };
      for (const key of trip.imageKeys) expect(await objectStore.exists(key)).toBe(true);
    }
    expect(sim.stats.images).toBeGreaterThan(0);
  });

  it('keeps a refused batch and sends it again, with the same event ids', async () => {
    const sent: string[][] = [];
    const inner = gatewayFetch(1);
    const recording = (async (url: string, init: RequestInit) => {
      sent.push((JSON.parse(init.body as string) as { eventId: string }[]).map((t) => t.eventId));
      return inner(url, init);
    }) as typeof fetch;
    const sim = simulator(recording, 2);
    await sim.tick();
    expect(sim.stats.retried).toBe(1);
    await sim.tick();
    expect(sent[1].slice(0, sent[0].length)).toEqual(sent[0]);
  });
});

describe('simulatePassage', () => {
  it('gives unique event ids, and a second antenna read shares the tag and plaza', () => {
    const random = seededRandom(3);
    let sequence = 0;
    const passages = Array.from({ length: 400 }, () =>
      simulatePassage(catalog, random, new Date('2026-11-25T08:00:00Z'), () => ++sequence),
    );
    const reads = passages.flatMap((passage) => passage.reads);
    expect(new Set(reads.map((read) => read.eventId)).size).toBe(reads.length);
    const doubles = passages.filter((passage) => passage.reads.length === 2);
    expect(doubles.length).toBeGreaterThan(0);
    for (const { reads: pair } of doubles) {
      expect(pair[1].tagId).toBe(pair[0].tagId);
      expect(pair[1].plazaId).toBe(pair[0].plazaId);
    }
    const tagShare = reads.filter((read) => read.tagId).length / reads.length;
    expect(tagShare).toBeGreaterThan(0.6);
    expect(tagShare).toBeLessThan(0.85);
  });
});
