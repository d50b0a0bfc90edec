/**
 * Stream processor benchmark (BRIEF §4: ≥ 20,000 trips/s and ≥ 0.3× a raw COPY of the same
 * rows) on real PostgreSQL: a scratch database with one plaza and ACCOUNTS prepaid accounts
 * (tag + plate each), TRIPS trip events (70% tag, 20% known plate, 8% unknown plate, 2% low
 * confidence) processed in batches of BATCH by CONSUMERS concurrent workers (each its own
 * stream of vehicles, as Kafka partitions are). Then the posted trips and ledger entries are
 * COPYed into empty copies of their tables: the reference. Prints trips/s, p50/p99 batch time
 * and the ratio.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:pipeline -w backend
 *   TRIPS=100000 ACCOUNTS=10000 BATCH=2000 CONSUMERS=2
 */
import pg from 'pg';
import type { LoggedEvent } from '../src/adapters/event-log/event-log.ts';
import { createPostgresDatabase } from '../src/adapters/database/postgres-database.ts';
import { migrateDatabase } from '../src/adapters/database/migrate.ts';
import {
  createScratchPostgres,
  requireDatabaseUrl,
} from '../src/platform/testing/scratch-postgres.ts';
import { createCopySink } from '../src/seed/copy-sink.ts';
import { processTripBatch } from '../src/stream/process-trip-batch.ts';
import { seedStreamFixture, tripDay, tripEvent } from '../src/stream/testing/stream-fixtures.ts';

const settings = {
  trips: Number(process.env['TRIPS'] ?? 100_000),
  accounts: Number(process.env['ACCOUNTS'] ?? 10_000),
  batch: Number(process.env['BATCH'] ?? 2_000),
  consumers: Number(process.env['CONSUMERS'] ?? 2),
};

const spacingMs = Math.max(10, Math.ceil(120_000 / settings.accounts));

function tripEvents(): LoggedEvent[][] {
  const streams: LoggedEvent[][] = Array.from({ length: settings.consumers }, () => []);
  for (let i = 0; i < settings.trips; i += 1) {
    const account = i % settings.accounts;
    // One account's trips are at least two minutes apart: outside the 60 s duplicate window.
    const occurredAt = new Date(tripDay.getTime() + i * spacingMs).toISOString();
    const kind = i % 50;
    const event =
      kind < 35
        ? tripEvent({ eventId: `b-${i}`, tagId: `BT${account}`, occurredAt })
        : kind < 45
          ? tripEvent({ eventId: `b-${i}`, occurredAt, plate: plate(`BV${account}`, 0.97) })
          : kind < 49
            ? tripEvent({ eventId: `b-${i}`, occurredAt, plate: plate(`U${i}`, 0.95) })
            : tripEvent({ eventId: `b-${i}`, occurredAt, plate: plate(`L${i}`, 0.4) });
    const stream = streams[account % settings.consumers] as LoggedEvent[];
    stream.push({
      topic: 'trips.raw',
      partition: account % settings.consumers,
      offset: stream.length,
      key: null,
      value: Buffer.from(JSON.stringify(event)),
      headers: {},
      timestamp: new Date(),
    });
  }
  return streams;
}

function plate(text: string, confidence: number) {
  return { jurisdiction: 'NC', text, confidence };
}

async function seedAccounts(client: pg.ClientBase): Promise<void> {
  await client.query(
    `insert into accounts (account_no, type) select 'B' || g, 'prepaid' from generate_series(0, $1 - 1) g`,
    [settings.accounts],
  );
  await client.query(`insert into tags (tag_no, account_id)
    select 'BT' || substr(account_no, 2), id from accounts where account_no like 'B%'`);
  await client.query(`insert into vehicles (account_id, plate, jurisdiction, start_date)
    select id, 'BV' || substr(account_no, 2), 'NC', '2025-01-01' from accounts where account_no like 'B%'`);
  await client.query(`insert into ledger_entries (account_id, kind, amount_cents, source_ref)
    select id, 'payment', 10000000, 'payment:bench-' || id from accounts where account_no like 'B%'`);
  await client.query('analyze');
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
  const scratch = await createScratchPostgres(requireDatabaseUrl());
  const database = await createPostgresDatabase(scratch.url, {
    maxConnections: settings.consumers + 2,
  });
  const client = new pg.Client({ connectionString: scratch.url });
  try {
    await client.connect();
    await migrateDatabase(database);
    await seedStreamFixture(database);
    await seedAccounts(client);
    const streams = tripEvents();
    process.stdout.write(`pipeline bench: ${JSON.stringify(settings)}\n`);

    const batchMs: number[] = [];
    let posted = 0;
    const started = performance.now();
    await Promise.all(
      streams.map(async (records) => {
        for (let from = 0; from < records.length; from += settings.batch) {
          const t0 = performance.now();
          const outcome = await processTripBatch(
            database,
            records.slice(from, from + settings.batch),
          );
          batchMs.push(performance.now() - t0);
          posted += outcome.counts.posted + outcome.counts.not_posted;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const tripsPerSecond = settings.trips / seconds;

    const copySeconds = await copyReference(client);
    const copyPerSecond = settings.trips / copySeconds;
    const lines = [
      `processor: ${settings.trips} trips (${posted} stored) in ${seconds.toFixed(2)} s = ${Math.round(tripsPerSecond)} trips/s`,
      `  batch of ${settings.batch}: p50 ${percentile(batchMs, 50).toFixed(1)} ms, p99 ${percentile(batchMs, 99).toFixed(1)} ms`,
      `reference: COPY of the same trips and ledger entries in ${copySeconds.toFixed(2)} s = ${Math.round(copyPerSecond)} trips/s`,
      `ratio: ${(tripsPerSecond / copyPerSecond).toFixed(2)}× COPY (target ≥ 0.3×); target ≥ 20,000 trips/s: ${tripsPerSecond >= 20_000 ? 'met' : 'not met'}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await client.end();
    await database.close();
    await scratch.drop();
  }
}

/** COPY the rows the processor wrote into empty tables shaped (and indexed) like the real ones. */
async function copyReference(client: pg.Client): Promise<number> {
  await client.query('create table bench_trips (like trips including all)');
  await client.query('create table bench_ledger_entries (like ledger_entries including all)');
  const trips = (await client.query('select * from trips')).rows as Record<string, unknown>[];
  const entries = (await client.query(`select * from ledger_entries where kind = 'trip'`))
    .rows as Record<string, unknown>[];
  for (const trip of trips) trip['rate_explanation'] = JSON.stringify(trip['rate_explanation']);
  const sink = createCopySink(client);
  const started = performance.now();
  await sink.write('bench_trips', trips);
  await sink.write('bench_ledger_entries', entries);
  return (performance.now() - started) / 1000;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `pipeline bench failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
