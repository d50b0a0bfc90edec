/**
 * Pipeline benchmark results on the 2-core reference machine (backend/bench), as printed on
 * 2026-11-25. These are whole-machine figures: the service under test shared the two cores with
 * its broker or database and with the load generator, so anything divided per vCPU from them is
 * a floor, not an estimate of a dedicated core. figures.ts derives the model inputs from here.
 */
export interface BenchmarkRun {
  readonly name: string;
  readonly command: string;
  readonly conditions: string;
  readonly machineVcpu: number;
  /** What else ran on the same cores during the measurement. */
  readonly sharedWith: string;
  /** Trips per second for the whole machine. */
  readonly tripsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Kafka's own producer perf test or a raw COPY of the same rows, same machine and run. */
  readonly reference: { readonly what: string; readonly perSecond: number };
  /** Other runs of the same benchmark (trips/s), to show the spread under other load. */
  readonly otherRuns?: string;
  /** BRIEF §4 targets, for the comparison in the docs. */
  readonly target: {
    readonly tripsPerSecond: number;
    readonly ratio: number;
    readonly p99Ms?: number;
  };
}

export const MEASURED_ON = '2026-11-25, 2 vCPU reference machine';

export const INGEST_BENCHMARK: BenchmarkRun = {
  name: 'ingest gateway → Kafka',
  command: 'npm run bench:ingest -w backend',
  conditions:
    'real Kafka, acks=all, idempotent producer, batches of 500, 8 connections, 12 partitions; ' +
    'gateway + broker + load generator on the same 2 cores, load average 8–12 from other work',
  machineVcpu: 2,
  sharedWith: 'the Kafka broker and the load generator',
  tripsPerSecond: 102_152,
  p50Ms: 34,
  p99Ms: 114,
  reference: { what: 'Kafka ProducerPerformance, same 328-byte records', perSecond: 188_223 },
  target: { tripsPerSecond: 100_000, ratio: 0.5, p99Ms: 50 },
};

export const PIPELINE_BENCHMARK: BenchmarkRun = {
  name: 'stream processor: rate + post into Postgres',
  command: 'npm run bench:pipeline -w backend',
  conditions:
    'real PostgreSQL, 100k trips, 10k accounts, batches of 2,000, 2 consumers; processors + ' +
    'Postgres on the same 2 cores; run at the lowest background load of the day',
  machineVcpu: 2,
  sharedWith: 'PostgreSQL',
  tripsPerSecond: 14_825,
  p50Ms: 264,
  p99Ms: 422,
  reference: { what: 'raw COPY of the same rows', perSecond: 88_564 },
  otherRuns: '7,000–15,300 trips/s under other background load',
  target: { tripsPerSecond: 20_000, ratio: 0.3 },
};

/** Size of one trip record on Kafka in the ingest benchmark (what ProducerPerformance sent). */
export const MEASURED_RECORD_BYTES = 328;

export function ratioOf(run: BenchmarkRun): number {
  return run.tripsPerSecond / run.reference.perSecond;
}
