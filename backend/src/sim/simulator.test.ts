import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../adapters/database/database.ts';
import { createPgliteDatabase } from '../adapters/database/pglite-database.ts';
import { createPgEventLog } from '../adapters/event-log/pg-event-log.ts';
import { createFsObjectStore } from '../adapters/object-store/fs-object-store.ts';
import type { ObjectStore } from '../adapters/object-store/object-store.ts';
import { createIngestFixture, type IngestFixture } from '../ingest/ingest-fixture.ts';
import type { TripEventV1 } from '../ingest/trip-event-schema.ts';
import type { KnownVehicle, NewVehicles, RoadCatalog } from './road-catalog.ts';
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
  lastVehicleId: 2,
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

describe('vehicles registered while the simulator runs', () => {
  const platePlease: KnownVehicle = {
    jurisdiction: 'NC',
    plate: 'NEW1234',
    vehicleClass: 2,
    tagNo: null,
  };
  const tagged: KnownVehicle = {
    jurisdiction: 'VA',
    plate: 'TAG5678',
    vehicleClass: 3,
    tagNo: 'NCQP.0000000099',
  };

  /** fetch() that acknowledges every batch and keeps each read once (resends share event ids). */
  function recordingFetch(sent: Map<string, TripEventV1>): typeof fetch {
    return (async (_url: string, init: RequestInit) => {
      const reads = JSON.parse(init.body as string) as TripEventV1[];
      for (const read of reads) sent.set(read.eventId, read);
      const counts = { accepted: reads.length };
      return new Response(JSON.stringify({ counts }), { status: 200 });
    }) as typeof fetch;
  }

  function simulatorWithLooks(
    look: (afterId: number) => Promise<NewVehicles>,
    sent: Map<string, TripEventV1>,
    clock: { at: number },
    ratePerSecond: number,
  ) {
    return createSimulator({
      catalog,
      objectStore,
      ingestUrl: 'http://gateway.test',
      credentialFor: () => 'secret',
      ratePerSecond,
      random: seededRandom(5),
      lookForNewVehicles: look,
      now: () => new Date(clock.at),
      fetch: recordingFetch(sent),
    });
  }

  it('looks every 30 s for vehicles after its last look and drives each new one once, soon', async () => {
    const looks: number[] = [];
    const look = async (afterId: number) => {
      looks.push(afterId);
      return afterId === 2
        ? { vehicles: [platePlease, tagged], lastVehicleId: 4 }
        : { vehicles: [], lastVehicleId: afterId };
    };
    const sent = new Map<string, TripEventV1>();
    const clock = { at: Date.parse('2026-11-25T12:00:00Z') };
    const sim = simulatorWithLooks(look, sent, clock, 0);

    await sim.tick();
    expect(looks).toEqual([2]);
    const reads = [...sent.values()];
    const plateRead = reads.find((read) => read.plate?.text === 'NEW1234');
    expect(plateRead).toEqual(expect.objectContaining({ vehicleClass: 2 }));
    expect(plateRead?.tagId).toBeUndefined();
    // Clear enough to post at once: a new driver's first trip never waits in image review.
    expect(plateRead?.plate?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(reads.find((read) => read.plate?.text === 'TAG5678')?.tagId).toBe('NCQP.0000000099');
    expect(sim.stats.newVehicles).toBe(2);

    clock.at += 10_000;
    await sim.tick();
    expect(looks).toEqual([2]);
    expect(sent.size).toBe(reads.length);

    clock.at += 20_000;
    await sim.tick();
    expect(looks).toEqual([2, 4]);
    expect(sent.size).toBe(reads.length);
  });

  it('keeps new vehicles in its pool for the traffic that follows', async () => {
    let looked = false;
    const look = async (afterId: number) => {
      const first = !looked;
      looked = true;
      return first
        ? { vehicles: [platePlease], lastVehicleId: 3 }
        : { vehicles: [], lastVehicleId: afterId };
    };
    const sent = new Map<string, TripEventV1>();
    const clock = { at: Date.parse('2026-11-25T12:00:00Z') };
    const sim = simulatorWithLooks(look, sent, clock, 30);
    for (let i = 0; i < 10; i += 1) {
      await sim.tick();
      clock.at += 1000;
    }
    const passes = [...sent.values()].filter((read) => read.plate?.text === 'NEW1234');
    expect(passes.length).toBeGreaterThan(1);
    expect(catalog.vehicles).toHaveLength(2);
  });

  it('goes on with the pool it has when a look fails', async () => {
    const sent = new Map<string, TripEventV1>();
    const clock = { at: Date.parse('2026-11-25T12:00:00Z') };
    let looks = 0;
    const look = async (): Promise<NewVehicles> => {
      looks += 1;
      throw new Error('database away');
    };
    const sim = simulatorWithLooks(look, sent, clock, 30);
    await sim.tick();
    expect(sim.stats.passages).toBeGreaterThan(0);
    expect(sent.size).toBeGreaterThan(0);
    clock.at += 30_000;
    await sim.tick();
    expect(looks).toBe(2);
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
