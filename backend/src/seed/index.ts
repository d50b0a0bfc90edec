import { getTableName, is } from 'drizzle-orm';
import { PgTable, getTableConfig } from 'drizzle-orm/pg-core';
import type { Database } from '../adapters/database/database.ts';
import type { ObjectStore } from '../adapters/object-store/object-store.ts';
import * as schema from '../adapters/database/schema/index.ts';
import { hashPassword } from '../adapters/identity/password.ts';
import { defaultConfiguration } from './configuration-defaults.ts';
import { seedDemoGuestInvoices } from './demo-invoices.ts';
import { seedEvidenceImages } from './evidence-images.ts';
import { InvoiceBook } from './invoice-book.ts';
import { LedgerBook } from './ledger-book.ts';
import { seedRoadNetwork } from './network.ts';
import { demoPassword, seedCasework, seedUsers } from './people.ts';
import { seedPopulation } from './population.ts';
import { SeededRandom } from './random.ts';
import { createJsonInsertSink, type RowSink } from './row-sink.ts';
import { seedTags } from './tags.ts';
import { seedTripHistory } from './trip-history.ts';

export { demoPassword } from './people.ts';
export { configurationKeys, defaultConfiguration } from './configuration-defaults.ts';

/** Demo PIN and security answer of every seeded account, and the demo devices' credential. */
export const demoAccountPin = '1234';
export const demoSecurityAnswer = 'rex';
export const demoDeviceCredential = 'beaus-device-demo';

export const smallScale = { accounts: 500, trips: 20_000 } as const;

export interface SeedOptions {
  scale: 'small' | { accounts: number; trips: number };
  /** Same seed and same `asOf` → the same rows. */
  seed?: number | string;
  /** The "now" the history ends at; default the current minute, so `npm start` looks live. */
  asOf?: Date;
  /** Days of trip history before `asOf`. */
  days?: number;
  /** Empty every table first instead of refusing a database that has data. */
  force?: boolean;
  /** Where rows go; default INSERTs through `database` (PGlite or PostgreSQL). */
  sink?: RowSink;
  onProgress?: (message: string) => void;
  /**
   * Where the plate images of seeded trips go (the demo seed of `npm start`); without it trips
   * keep image keys with no image behind them (benchmark scale, tests).
   */
  objectStore?: ObjectStore;
}

export interface SeedSummary {
  asOf: Date;
  accounts: number;
  vehicles: number;
  tags: number;
  trips: number;
  invoices: number;
  payments: number;
  /** Plate images stored (0 without an object store). */
  images: number;
  durationMs: number;
}

export class SeedRefusedError extends Error {
  constructor() {
    super('The database already has accounts or users; seed refuses to mix data (use force).');
    this.name = 'SeedRefusedError';
  }
}

const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable =>
  is(value, PgTable),
);
const tableNames = tables.map((table) => getTableName(table));
/** Tables whose `id` is an identity the generator filled in itself. */
const identityTables = tables
  .filter((table) => getTableConfig(table).columns.some((column) => column.name === 'id'))
  .map((table) => getTableName(table));

/** True when no account or user exists yet (server.ts seeds only then). */
export async function isDatabaseEmpty(database: Database): Promise<boolean> {
  const [row] = await database.query<{ used: boolean }>(
    'select exists (select 1 from plazas) or exists (select 1 from accounts) or exists (select 1 from users) as used',
  );
  return !row.used;
}

/**
 * Fills an empty, migrated database with deterministic demo data: road network and rates,
 * configuration defaults, accounts with contacts, vehicles, tags and cards, staff and demo
 * customers, trip history with a consistent ledger, toll-by-plate invoices, and casework.
 */
export async function seedDemoData(database: Database, options: SeedOptions): Promise<SeedSummary> {
  const started = performance.now();
  const size = options.scale === 'small' ? smallScale : options.scale;
  const asOf = options.asOf ?? new Date(Math.floor(Date.now() / 60_000) * 60_000);
  const random = new SeededRandom(options.seed ?? 42);
  const onProgress = options.onProgress ?? (() => undefined);
  const sink = options.sink ?? createJsonInsertSink(database);

  if (!(await isDatabaseEmpty(database))) {
    if (!options.force) throw new SeedRefusedError();
    const list = tableNames.map((name) => `"${name}"`).join(', ');
    await sink.execute(`truncate ${list} restart identity cascade`);
  }
  const [pinHash, answerHash, deviceHash] = await Promise.all(
    [demoAccountPin, demoSecurityAnswer, demoDeviceCredential].map((secret) =>
      hashPassword(secret),
    ),
  );

  const plazas = await seedRoadNetwork(sink, asOf, deviceHash);
  await sink.write(
    'configuration',
    Object.entries(defaultConfiguration).map(([key, value], index) => ({
      id: index + 1,
      key,
      value,
      effective_from: new Date(Date.UTC(asOf.getUTCFullYear() - 1, 0, 1)),
      created_by: null,
    })),
  );
  onProgress(`road network: ${plazas.length} plazas, configuration defaults`);
  const population = await seedPopulation(sink, random.fork('population'), {
    accounts: size.accounts,
    asOf,
    pinHash,
    securityAnswerHash: answerHash,
    onProgress,
  });
  await seedUsers(sink, population, () => hashPassword(demoPassword));

  const ledger = new LedgerBook(population, random.fork('ledger'));
  for (let accountId = 1; accountId <= population.accountCount; accountId++) {
    if (population.accountType[accountId] === 1) continue;
    const opening = population.accountType[accountId] === 2 ? 20_000 : 4_000;
    ledger.deposit(accountId, opening, new Date(population.accountCreatedMs[accountId]), 'payment');
  }
  await ledger.flush(sink);
  const invoices = new InvoiceBook();
  const context = { plazas, population, ledger, invoices };
  const history = await seedTripHistory(sink, random.fork('trips'), context, {
    trips: size.trips,
    days: options.days ?? 90,
    asOf,
    onProgress,
  });
  const invoiceCount = await invoices.write(sink, ledger, random.fork('invoices'), asOf);
  onProgress(`invoices ${invoiceCount}`);
  const casework = { population, ledger, lastTripOf: history.lastTripOf, asOf };
  await seedCasework(sink, random.fork('casework'), casework);
  await seedTags(sink, population, ledger.balances);
  await sink.write('audit_log', [seedAuditRow(asOf, options.seed ?? 42, size)]);
  await sink.execute(minuteRollupSql);
  await sink.execute(trafficRollupSql);
  for (const name of identityTables) {
    await sink.execute(
      `select setval(pg_get_serial_sequence('"${name}"', 'id'), ` +
        `coalesce((select max(id) from "${name}"), 0) + 1, false)`,
    );
  }
  await seedDemoGuestInvoices(sink, asOf);
  const images = options.objectStore ? await seedEvidenceImages(database, options.objectStore) : 0;
  if (images > 0) onProgress(`evidence images ${images}`);
  const summary: SeedSummary = {
    asOf,
    accounts: population.accountCount,
    vehicles: population.vehicleCount,
    tags: population.tagCount,
    trips: history.tripCount,
    invoices: invoiceCount,
    payments: ledger.paymentCount,
    images,
    durationMs: Math.round(performance.now() - started),
  };
  onProgress(`done in ${summary.durationMs} ms`);
  return summary;
}

/**
 * The per-plaza, per-minute rollup the stream processor keeps (stream/projections.ts), rebuilt from
 * the seeded trips so dashboards show the history; "processed" is the posting time.
 */
const minuteRollupSql = `
  insert into plaza_minute_stats (plaza_id, minute, trips, revenue_cents, tag_reads, plate_reads,
    review_reads, occurred_lag_ms, received_lag_ms)
  select plaza_id, date_trunc('minute', occurred_at), count(*), coalesce(sum(amount_cents), 0),
    count(*) filter (where read_type = 'tag'), count(*) filter (where read_type = 'plate'),
    count(*) filter (where read_type = 'review'),
    coalesce(sum(extract(epoch from coalesce(posted_at, received_at) - occurred_at) * 1000), 0)::bigint,
    coalesce(sum(extract(epoch from coalesce(posted_at, received_at) - received_at) * 1000), 0)::bigint
  from trips group by 1, 2 order by 2, 1`;

/** The per-plaza, per-hour, per-class rollup (stream/traffic-rollup.ts), rebuilt likewise. */
const trafficRollupSql = `
  insert into plaza_hour_class_stats (plaza_id, hour, vehicle_class, trips, revenue_cents,
    tag_reads, plate_reads, review_reads)
  select plaza_id, date_trunc('hour', occurred_at, 'UTC'), vehicle_class, count(*),
    coalesce(sum(amount_cents), 0), count(*) filter (where read_type = 'tag'),
    count(*) filter (where read_type = 'plate'), count(*) filter (where read_type = 'review')
  from trips group by 1, 2, 3`;

function seedAuditRow(
  asOf: Date,
  seed: number | string,
  size: { accounts: number; trips: number },
) {
  return {
    id: 1,
    actor_id: null,
    actor_username: 'system',
    action: 'seed.demo_data',
    entity_type: 'database',
    entity_id: 'all',
    before: null,
    after: { seed: String(seed), asOf: asOf.toISOString(), ...size },
    at: asOf,
    request_id: null,
  };
}
