import {
  INGEST_BENCHMARK,
  MEASURED_RECORD_BYTES,
  PIPELINE_BENCHMARK,
  type BenchmarkRun,
} from './benchmarks.ts';

/**
 * Inputs of the capacity model. Every throughput figure says where it comes from: `measured`
 * figures are derived from the `backend/bench` runs in benchmarks.ts (whole 2-core machine,
 * divided per vCPU, so conservative); `assumption` figures are engineering estimates nobody has
 * measured yet. Change a value here (or a run in benchmarks.ts) and regenerate the docs.
 */
export type FigureSource = 'measured' | 'assumption';

export interface Figure {
  readonly value: number;
  readonly unit: string;
  readonly source: FigureSource;
  readonly basis: string;
}

export interface ThroughputFigures {
  readonly ingestTripsPerCoreSecond: Figure;
  readonly processorTripsPerCoreSecond: Figure;
  readonly databaseTripsPerVcpuSecond: Figure;
  readonly tripRecordBytes: Figure;
  readonly partitionMBPerSecond: Figure;
  readonly embeddedTripsPerSecond: Figure;
}

const count = (value: number): string => Math.round(value).toLocaleString('en-US');

/** Whole-machine rate ÷ machine vCPU: a floor, since the broker or database used some of them. */
function perVcpu(run: BenchmarkRun): number {
  return Math.floor(run.tripsPerSecond / run.machineVcpu);
}

/** Short form for the inputs table; the run's conditions are in the benchmarks table. */
function measuredBasis(run: BenchmarkRun): string {
  return (
    `${run.name}: ${count(run.tripsPerSecond)} trips/s for the whole machine ÷ ` +
    `${run.machineVcpu} vCPU, shared with ${run.sharedWith}`
  );
}

export const THROUGHPUT: ThroughputFigures = {
  ingestTripsPerCoreSecond: {
    value: perVcpu(INGEST_BENCHMARK),
    unit: 'trips/s per vCPU',
    source: 'measured',
    basis: measuredBasis(INGEST_BENCHMARK),
  },
  processorTripsPerCoreSecond: {
    value: perVcpu(PIPELINE_BENCHMARK),
    unit: 'trips/s per vCPU',
    source: 'measured',
    basis: `${measuredBasis(PIPELINE_BENCHMARK)} (the run at the lowest background load; others ${PIPELINE_BENCHMARK.otherRuns})`,
  },
  databaseTripsPerVcpuSecond: {
    value: perVcpu(PIPELINE_BENCHMARK),
    unit: 'trips/s per DB vCPU',
    source: 'measured',
    basis:
      `floor from the same run: Postgres did all the durable work of ` +
      `${count(PIPELINE_BENCHMARK.tripsPerSecond)} trips/s on at most the machine's ` +
      `${PIPELINE_BENCHMARK.machineVcpu} vCPU; RDS network storage and Multi-AZ commit latency ` +
      `were not measured`,
  },
  tripRecordBytes: {
    value: MEASURED_RECORD_BYTES,
    unit: 'bytes per trip on Kafka',
    source: 'measured',
    basis: 'trip.v1 record of the ingest benchmark, the size ProducerPerformance was given',
  },
  partitionMBPerSecond: {
    value: 5,
    unit: 'MB/s per partition',
    source: 'assumption',
    basis:
      'conservative per-partition ingress for acks=all, RF 3; the ingest run pushed ~2.8 MB/s ' +
      'per partition (33.5 MB/s over 12) without reaching a partition limit',
  },
  embeddedTripsPerSecond: {
    value: 2_000,
    unit: 'trips/s',
    source: 'assumption',
    basis:
      'embedded posture (PGlite, Postgres-table log, one process) on one 4-vCPU machine; ' +
      'not benchmarked yet',
  },
};

/** Planning knobs: headroom and pod shapes (engineering choices, not measurements). */
export const PLANNING = {
  targetUtilisation: 0.6,
  podVcpu: 2,
  minPodsPerService: 2,
  bffPodsPer10kTrips: 1,
  minPartitions: 12,
  replicationFactor: 3,
  kafkaRetentionHours: 24,
  databaseHotDays: 7,
  databaseBytesPerTrip: 1_000,
  largestDatabaseVcpu: 64,
  cacheShardPerTripsPerSecond: 100_000,
  /** Share of EKS Auto Mode capacity on Spot; processors and gateways tolerate interruption. */
  spotShare: 0.7,
  hoursPerMonth: 730,
} as const;
