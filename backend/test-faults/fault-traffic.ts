/**
 * The known traffic of the fault suite: a small road network in a scratch database, and trips
 * whose posted price is known in advance (flat rates all day, a prepaid account that never runs
 * low, unknown plates billed by plate), sent through the gateway the way a device does: a batch
 * is retried until the gateway acknowledges it.
 */
import type { Database } from '../src/adapters/database/database.ts';
import { migrateDatabase } from '../src/adapters/database/migrate.ts';
import { rotateDeviceCredential } from '../src/ingest/device-credentials.ts';
import { configurationKeys } from '../src/seed/configuration-defaults.ts';

export const faultRates = { tag: 250, plate: 375 } as const;
const TAGS = 100;
export const PLAZA_CODE = 'PLZ-F';

export interface FaultDevice {
  name: string;
  authorization: string;
}

export async function seedFaultNetwork(database: Database): Promise<FaultDevice> {
  await migrateDatabase(database);
  const q = <T>(sql: string, params: unknown[] = []) => database.query<T>(sql, params);
  const [plaza] = await q<{ id: number }>(
    `insert into plazas (code, name, roadway, latitude, longitude, time_zone, direction)
     values ($1, 'Fault plaza', 'I-540', 35.9, -78.8, 'America/New_York', 'EB') returning id`,
    [PLAZA_CODE],
  );
  const [lane] = await q<{ id: number }>(
    `insert into lanes (plaza_id, code, type) values ($1, 'L1', 'open_road') returning id`,
    [plaza?.id],
  );
  const [device] = await q<{ id: number; name: string }>(
    `insert into roadside_devices (lane_id, name, credential_hash)
     values ($1, 'plz-f-l1', 'unset') returning id, name`,
    [lane?.id],
  );
  const [schedule] = await q<{ id: number }>(
    `insert into rate_schedules (plaza_id, version, effective_from, status, published_at)
     values ($1, 1, '2020-01-01T05:00:00Z', 'published', '2020-01-01T05:00:00Z') returning id`,
    [plaza?.id],
  );
  for (const dayType of ['weekday', 'weekend']) {
    await q(
      `insert into rate_schedule_entries (schedule_id, vehicle_class, day_type, start_minute,
         end_minute, tag_rate_cents, plate_rate_cents) values ($1, 2, $2, 0, 1440, $3, $4)`,
      [schedule?.id, dayType, faultRates.tag, faultRates.plate],
    );
  }
  const rules = {
    [configurationKeys.duplicateWindowSeconds]: 60,
    [configurationKeys.ocrConfidenceThreshold]: 0.85,
    [configurationKeys.tripMaxAgeDays]: 180,
    [configurationKeys.lowBalanceCents]: 1000,
  };
  for (const [key, value] of Object.entries(rules)) {
    await q(`insert into configuration (key, value, effective_from) values ($1, $2::jsonb, $3)`, [
      key,
      JSON.stringify(value),
      '2020-01-01T00:00:00Z',
    ]);
  }
  // Enough balance that no tag ever turns low or invalid: every tag trip pays the tag rate.
  const [account] = await q<{ id: number }>(
    `insert into accounts (account_no, type) values ('990001', 'prepaid') returning id`,
  );
  await q(
    `insert into ledger_entries (account_id, kind, amount_cents, source_ref, description)
     values ($1, 'payment', 1000000000, 'payment:opening-990001', 'opening deposit')`,
    [account?.id],
  );
  await q(
    `insert into tags (tag_no, account_id, status)
     select 'FT-' || n, $1, 'valid' from generate_series(0, ${TAGS - 1}) as n`,
    [account?.id],
  );
  const secret = await rotateDeviceCredential(database, Number(device?.id));
  const name = String(device?.name);
  return {
    name,
    authorization: `Basic ${Buffer.from(`${name}:${secret}`).toString('base64')}`,
  };
}

export interface KnownTrips {
  events: Record<string, unknown>[];
  tagTrips: number;
  plateTrips: number;
}

/**
 * `count` distinct passages starting at `from`, one second apart: even ones by tag (each tag
 * comes back after 200 s, beyond the 60 s multi-antenna window), odd ones by an unknown plate
 * of `plateSeries` (plates hold 16 characters, so the series is a short number).
 */
export function knownTrips(
  run: string,
  plateSeries: number,
  from: Date,
  count: number,
  device: string,
): KnownTrips {
  const events = Array.from({ length: count }, (_, i) => {
    const base = {
      schema: 'trip.v1',
      eventId: `${run}-${i}`,
      deviceId: device,
      plazaId: PLAZA_CODE,
      laneId: 'L1',
      direction: 'E',
      occurredAt: new Date(from.getTime() + i * 1000).toISOString(),
      vehicleClass: 2,
      imageKeys: [],
    };
    return i % 2 === 0
      ? { ...base, tagId: `FT-${(i / 2) % TAGS}` }
      : { ...base, plate: { jurisdiction: 'NC', text: `P${plateSeries}N${i}`, confidence: 0.99 } };
  });
  const tagTrips = Math.ceil(count / 2);
  return { events, tagTrips, plateTrips: count - tagTrips };
}

/** Splits into batches of `size`. */
export function batchesOf<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

export interface SendStats {
  acknowledged: number;
  retries: number;
}

/**
 * Sends one batch until the gateway answers 200, as a lane controller does: a 503, a refused
 * connection or a timeout means "not recorded", so the same batch goes again.
 */
export async function sendUntilAcknowledged(
  url: string,
  device: FaultDevice,
  batch: readonly object[],
  stats: SendStats,
  deadline: number,
): Promise<void> {
  for (;;) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { authorization: device.authorization, 'content-type': 'application/json' },
        body: JSON.stringify(batch),
        signal: AbortSignal.timeout(10_000),
      });
      if (response.status === 200) {
        const body = (await response.json()) as { counts: { accepted: number; duplicate: number } };
        if (body.counts.accepted + body.counts.duplicate !== batch.length) {
          throw new Error(`gateway refused events: ${JSON.stringify(body.counts)}`);
        }
        stats.acknowledged += 1;
        return;
      }
      if (response.status !== 503) {
        throw new Error(`gateway answered ${response.status}: ${await response.text()}`);
      }
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('gateway ')) throw error;
    }
    if (Date.now() > deadline) throw new Error('gateway never acknowledged a batch in time');
    stats.retries += 1;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Sends batches with `concurrency` in flight, each retried until acknowledged. */
export async function sendAll(
  url: string,
  device: FaultDevice,
  batches: readonly (readonly object[])[],
  options: { concurrency: number; deadline: number; pauseMs?: number },
): Promise<SendStats> {
  const stats: SendStats = { acknowledged: 0, retries: 0 };
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next] as readonly object[];
      next += 1;
      await sendUntilAcknowledged(url, device, batch, stats, options.deadline);
      // Paced sending keeps traffic flowing while a fault is inflicted.
      if (options.pauseMs) await new Promise((resolve) => setTimeout(resolve, options.pauseMs));
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return stats;
}
