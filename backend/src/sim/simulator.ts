import type { ObjectStore } from '../adapters/object-store/object-store.ts';
import type { TripEventV1 } from '../ingest/trip-event-schema.ts';
import { plateImage } from './plate-image.ts';
import type { KnownVehicle, NewVehicles, RoadCatalog, SimLane } from './road-catalog.ts';
import {
  simulatePassage,
  trafficFactor,
  trafficMix,
  type Passage,
  type Random,
} from './traffic-model.ts';

export interface SimulatorOptions {
  catalog: RoadCatalog;
  objectStore: ObjectStore;
  /** Base URL of the gateway (or of the BFF in embedded mode), e.g. http://127.0.0.1:8090. */
  ingestUrl: string;
  /** The device's secret (seeded devices share the demo credential). */
  credentialFor: (deviceName: string) => string;
  /** Daily-average passages per second; the hour of day scales it. */
  ratePerSecond: number;
  random: Random;
  /**
   * Vehicles registered after an id (e.g. `loadVehiclesRegisteredAfter`), so a driver who signs
   * up while the simulator runs drives too. Without it the pool stays as the catalog loaded it.
   */
  lookForNewVehicles?: (afterVehicleId: number) => Promise<NewVehicles>;
  /** How often to look for new vehicles; default 30 s. */
  newVehicleLookMs?: number;
  now?: () => Date;
  tickMs?: number;
  fetch?: typeof fetch;
}

export interface SimulatorStats {
  passages: number;
  /** Vehicles registered after the start, found by a look and given a first passage. */
  newVehicles: number;
  reads: number;
  images: number;
  batches: number;
  /** Batches sent again although acknowledged (the device lost the answer). */
  resent: number;
  /** Batches the gateway refused for now (503, network); kept and retried. */
  retried: number;
  accepted: number;
  rejected: number;
}

export interface Simulator {
  stats: SimulatorStats;
  /** One tick: the passages of `tickMs`, their images, then one batch per device. */
  tick(): Promise<void>;
}

export interface RunningSimulator {
  stats: SimulatorStats;
  /** Stops ticking and waits for batches in flight. */
  stop(): Promise<void>;
}

/** Ticks every `tickMs` until stopped. */
export function startSimulator(options: SimulatorOptions): RunningSimulator {
  const simulator = createSimulator(options);
  let stopped = false;
  let inFlight: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      inFlight = simulator.tick().finally(schedule);
    }, options.tickMs ?? 1000);
  };
  schedule();
  return {
    stats: simulator.stats,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}

/**
 * Roadside traffic through the real ingest API: each tick, every lane controller sends the reads
 * of its passages as one batch, after storing the evidence images. Like a real controller it
 * keeps a batch until the gateway acknowledges it, and now and then sends an acknowledged batch
 * again (the answer was lost on the way back).
 */
export function createSimulator(options: SimulatorOptions): Simulator {
  const now = options.now ?? (() => new Date());
  const post = options.fetch ?? fetch;
  const tickMs = options.tickMs ?? 1000;
  const stats: SimulatorStats = {
    passages: 0,
    newVehicles: 0,
    reads: 0,
    images: 0,
    batches: 0,
    resent: 0,
    retried: 0,
    accepted: 0,
    rejected: 0,
  };
  const sequences = new Map<string, number>();
  const unacknowledged = new Map<string, TripEventV1[]>();
  const nextSequence = (lane: SimLane) => {
    const next = (sequences.get(lane.deviceName) ?? Date.now()) + 1;
    sequences.set(lane.deviceName, next);
    return next;
  };
  let owed = 0;
  const catalog: RoadCatalog = { ...options.catalog, vehicles: [...options.catalog.vehicles] };
  const lookEveryMs = options.newVehicleLookMs ?? 30_000;
  let nextLookAt = 0;
  /** New vehicles owed their first passage (driven on the next tick). */
  let firstPassages: KnownVehicle[] = [];

  /**
   * Adds vehicles registered since the last look to the pool and owes each one passage soon.
   * Vehicles already in the pool are never updated: a tag assigned later to a known vehicle is
   * never driven, which an e2e journey (admin-future-rate) relies on to own its trips.
   */
  async function lookForNewVehicles(at: Date): Promise<void> {
    if (!options.lookForNewVehicles || at.getTime() < nextLookAt) return;
    nextLookAt = at.getTime() + lookEveryMs;
    try {
      const found = await options.lookForNewVehicles(catalog.lastVehicleId);
      catalog.lastVehicleId = found.lastVehicleId;
      catalog.vehicles.push(...found.vehicles);
      firstPassages.push(...found.vehicles);
      stats.newVehicles += found.vehicles.length;
    } catch {
      // The database is away for now: traffic goes on with the pool it has; the next look retries.
    }
  }

  async function send(device: string, reads: TripEventV1[]): Promise<boolean> {
    const secret = options.credentialFor(device);
    try {
      const response = await post(`${options.ingestUrl}/ingest/v1/trips`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${device}:${secret}`).toString('base64')}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(reads),
      });
      if (response.status !== 200) return false;
      const body = (await response.json()) as { counts: Record<string, number> };
      stats.accepted += body.counts['accepted'] ?? 0;
      stats.rejected += (body.counts['format_error'] ?? 0) + (body.counts['invalid'] ?? 0);
      return true;
    } catch {
      return false;
    }
  }

  async function tick(): Promise<void> {
    const at = now();
    await lookForNewVehicles(at);
    owed += (options.ratePerSecond * trafficFactor(at) * tickMs) / 1000;
    const count = Math.floor(owed);
    owed -= count;
    const byDevice = new Map<string, TripEventV1[]>(unacknowledged);
    unacknowledged.clear();
    const images: Promise<void>[] = [];
    const drive = (passage: Passage) => {
      stats.passages += 1;
      for (const read of passage.reads) {
        stats.reads += 1;
        byDevice.set(read.deviceId, [...(byDevice.get(read.deviceId) ?? []), read]);
        for (const key of read.imageKeys) {
          const svg = plateImage(
            read.plate?.jurisdiction ?? '',
            read.plate?.text ?? '',
            read.occurredAt,
          );
          images.push(options.objectStore.put(key, svg, { contentType: 'image/svg+xml' }));
          stats.images += 1;
        }
      }
    };
    for (const vehicle of firstPassages) {
      drive(simulatePassage(catalog, options.random, at, nextSequence, vehicle));
    }
    firstPassages = [];
    for (let i = 0; i < count; i += 1) {
      drive(simulatePassage(catalog, options.random, at, nextSequence));
    }
    // Evidence first: a trip must never reach review before its image does.
    await Promise.all(images);
    await Promise.all(
      [...byDevice].map(async ([device, reads]) => {
        stats.batches += 1;
        if (!(await send(device, reads))) {
          stats.retried += 1;
          unacknowledged.set(device, reads);
        } else if (options.random() < trafficMix.lostAck) {
          stats.resent += 1;
          await send(device, reads);
        }
      }),
    );
  }

  return { stats, tick };
}
