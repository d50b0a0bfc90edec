/**
 * BFF read benchmark (BRIEF §4, issues 4 and 6): starts the BFF in this process against the
 * configured DATABASE_URL / REDIS_URL (PGlite and the memory cache when unset; an empty
 * database gets the small demo data), signs in as the demo agent and supervisor, and drives a
 * fixed-rate open-loop load from a worker thread at each endpoint in turn:
 *
 *   search     agent search, a mix of plate (typed lower case with a dash), name, account no.,
 *              tag and e-mail drawn from the data          target p99 < 50 ms at 200 req/s
 *   account    agent account view: header + first trips page together
 *                                                          target p99 < 100 ms at 200 views/s
 *   dashboard  supervisor dashboard over the latest hour of the rollup (network and plazas)
 *                                                          target p99 < 10 ms at 2,000 req/s
 *   reports    supervisor reports over the whole history (90 days): revenue by plaza and day,
 *              traffic by class and hour (and its CSV), aging   target p99 < 2 s at 2 req/s
 *   floor      the reference beside them: a static route (JWKS) at the dashboard rate, i.e. what
 *              HTTP and the load generator alone cost on this machine
 *
 * Prints per endpoint: target rate, achieved rate, p50/p95/p99/max, errors and PASS/MISS
 * (PASS = p99 within target, ≥ 95% of the rate achieved, no errors).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/beaus_bench REDIS_URL=redis://127.0.0.1:6379/7 \
 *     npm run bench:api
 *
 * Options (environment): BENCH_ENDPOINTS (search,account,dashboard,reports,floor),
 * BENCH_SECONDS (20 per endpoint), BENCH_WARMUP_SECONDS (3, not counted), BENCH_SEARCH_RATE
 * (200), BENCH_ACCOUNT_RATE (200), BENCH_DASHBOARD_RATE (2000), BENCH_REPORTS_RATE (2),
 * BENCH_SAMPLE (2000 accounts), BENCH_LOG_LEVEL (silent; `error` shows why requests failed).
 * Run it on a quiet machine: the BFF, the load generator and the database share the cores.
 */
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import pino from 'pino';
import type { Database } from '../src/adapters/database/database.ts';
import { migrateDatabase } from '../src/adapters/database/migrate.ts';
import { loadConfig } from '../src/config/config.ts';
import { buildApp } from '../src/platform/app.ts';
import { closeAdapters, createAdapters } from '../src/platform/create-adapters.ts';
import { demoPassword, isDatabaseEmpty, seedDemoData } from '../src/seed/index.ts';
import { rebuildProjections } from '../src/stream/projection-cache.ts';
import type { ApiLoadOptions, ApiLoadResult } from './api-load.ts';
import {
  accountViewUnits,
  dashboardUnits,
  latestTrafficHour,
  reportUnits,
  sampleAccounts,
  searchUnits,
} from './api-workload.ts';

type EndpointName = 'search' | 'account' | 'dashboard' | 'reports' | 'floor';

interface Endpoint {
  name: EndpointName;
  label: string;
  rate: number;
  p99TargetMs: number;
  role: 'agent' | 'supervisor';
  units: (database: Database) => Promise<string[][]>;
}

const env = process.env;
const seconds = Number(env['BENCH_SECONDS'] ?? 20);
const warmupSeconds = Number(env['BENCH_WARMUP_SECONDS'] ?? 3);
const sampleSize = Number(env['BENCH_SAMPLE'] ?? 2_000);
const dashboardRate = Number(env['BENCH_DASHBOARD_RATE'] ?? 2_000);
const selected = (env['BENCH_ENDPOINTS'] ?? 'search,account,dashboard,reports,floor').split(',');

let sample: Awaited<ReturnType<typeof sampleAccounts>> | null = null;
const accounts = async (database: Database) =>
  (sample ??= await sampleAccounts(database, sampleSize));

const endpoints: Endpoint[] = [
  {
    name: 'search',
    label: 'agent search',
    rate: Number(env['BENCH_SEARCH_RATE'] ?? 200),
    p99TargetMs: 50,
    role: 'agent',
    units: async (database) => searchUnits(await accounts(database)),
  },
  {
    name: 'account',
    label: 'account view',
    rate: Number(env['BENCH_ACCOUNT_RATE'] ?? 200),
    p99TargetMs: 100,
    role: 'agent',
    units: async (database) => accountViewUnits(await accounts(database)),
  },
  {
    name: 'dashboard',
    label: 'dashboard',
    rate: dashboardRate,
    p99TargetMs: 10,
    role: 'supervisor',
    units: async (database) => dashboardUnits(database, await warmDashboard(database)),
  },
  {
    name: 'reports',
    label: 'reports 90 d',
    rate: Number(env['BENCH_REPORTS_RATE'] ?? 2),
    p99TargetMs: 2_000,
    role: 'supervisor',
    units: reportUnits,
  },
  {
    name: 'floor',
    label: 'floor (JWKS)',
    rate: dashboardRate,
    p99TargetMs: 10,
    role: 'supervisor',
    units: async () => [['/.well-known/jwks.json']],
  },
];

const config = loadConfig({ ...env, LOG_LEVEL: 'silent', PIPELINE: 'off', SIMULATOR_RATE: '0' });
const adapters = await createAdapters(config);

/** The dashboard reads the cache: fill it from the rollup for the hour the bench asks for. */
async function warmDashboard(database: Database) {
  const range = await latestTrafficHour(database);
  await rebuildProjections(database, adapters.cache, range);
  return range;
}

async function signIn(origin: string, username: string): Promise<string> {
  const response = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  if (!response.ok) throw new Error(`sign-in as ${username}: HTTP ${response.status}`);
  const body = (await response.json()) as { accessToken: string };
  return `Bearer ${body.accessToken}`;
}

function runLoad(options: ApiLoadOptions): Promise<ApiLoadResult> {
  const worker = new Worker(resolve(import.meta.dirname, 'api-load.ts'), { workerData: options });
  return new Promise((done, fail) => {
    worker.once('message', (result: ApiLoadResult) => {
      void worker.terminate();
      done(result);
    });
    worker.once('error', fail);
  });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function report(endpoint: Endpoint, result: ApiLoadResult): string {
  const sorted = [...result.latenciesMs].sort((a, b) => a - b);
  const achieved = result.completed / seconds;
  const p99 = percentile(sorted, 99);
  const errors = result.errors + result.dropped;
  const pass = p99 < endpoint.p99TargetMs && achieved >= 0.95 * endpoint.rate && errors === 0;
  const ms = (value: number) => value.toFixed(1).padStart(7);
  const statuses = Object.entries(result.statusCounts)
    .map(([status, count]) => `${status}×${count}`)
    .join(' ');
  return [
    `${endpoint.label.padEnd(14)} target ${String(endpoint.rate).padStart(5)}/s`,
    `achieved ${achieved.toFixed(0).padStart(5)}/s`,
    `p50 ${ms(percentile(sorted, 50))} ms  p95 ${ms(percentile(sorted, 95))} ms`,
    `p99 ${ms(p99)} ms (target < ${endpoint.p99TargetMs})  max ${ms(sorted.at(-1) ?? NaN)} ms`,
    `errors ${errors}${result.dropped ? ` (${result.dropped} not sent: too many open)` : ''}`,
    `${pass ? 'PASS' : 'MISS'}  [${statuses}]`,
  ].join('  ');
}

async function main(): Promise<void> {
  const migration = await migrateDatabase(adapters.database);
  if (!migration.applied) throw new Error(`migrations not applied: ${migration.reason}`);
  if (await isDatabaseEmpty(adapters.database)) {
    process.stdout.write('empty database: seeding the small demo data first\n');
    await seedDemoData(adapters.database, { scale: 'small' });
  }
  const app = await buildApp({
    ...adapters,
    config,
    logger: pino({ level: env['BENCH_LOG_LEVEL'] ?? 'silent' }),
  });
  try {
    const origin = await app.listen({ port: 0, host: '127.0.0.1' });
    const tokens = {
      agent: await signIn(origin, 'agent1'),
      supervisor: await signIn(origin, 'super1'),
    };
    const [counts] = await adapters.database.query<{ accounts: string; trips: string }>(
      `select (select reltuples::bigint from pg_class where relname = 'accounts')::text as accounts,
              (select reltuples::bigint from pg_class where relname = 'trips')::text as trips`,
    );
    process.stdout.write(
      `api bench: ${adapters.database.kind}, cache ${config.redisUrl ? 'redis' : 'memory'}, ` +
        `~${counts?.accounts} accounts, ~${counts?.trips} trips; ${seconds} s per endpoint ` +
        `after ${warmupSeconds} s warm-up\n`,
    );
    for (const endpoint of endpoints.filter((e) => selected.includes(e.name))) {
      const result = await runLoad({
        origin,
        authorization: tokens[endpoint.role],
        units: await endpoint.units(adapters.database),
        rate: endpoint.rate,
        warmupMs: warmupSeconds * 1000,
        durationMs: seconds * 1000,
        maxInFlight: Math.max(64, endpoint.rate),
      });
      process.stdout.write(`${report(endpoint, result)}\n`);
    }
  } finally {
    await app.close();
    await closeAdapters(adapters);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `api bench failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
