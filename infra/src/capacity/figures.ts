/**
 * Inputs of the capacity model. Every throughput figure says where it comes from: `measured`
 * figures come from `backend/bench` on the 2-core reference machine; `placeholder` figures are
 * the BRIEF §4 targets (or a stated engineering assumption) until the benchmarks print theirs.
 * Replace a placeholder by editing its value and source; the docs table regenerates from here.
 */
export type FigureSource = 'measured' | 'placeholder';

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

export const THROUGHPUT: ThroughputFigures = {
  ingestTripsPerCoreSecond: {
    value: 50_000,
    unit: 'trips/s per vCPU',
    source: 'placeholder',
    basis: 'BRIEF §4 target: 100,000 trips/s on 2 cores into Kafka (acks=all)',
  },
  processorTripsPerCoreSecond: {
    value: 10_000,
    unit: 'trips/s per vCPU',
    source: 'placeholder',
    basis: 'BRIEF §4 target: 20,000 trips/s on 2 cores, rate + post into Postgres',
  },
  databaseTripsPerVcpuSecond: {
    value: 5_000,
    unit: 'trips/s per DB vCPU',
    source: 'placeholder',
    basis: 'assumption: half the processor rate, as Postgres does the durable work',
  },
  tripRecordBytes: {
    value: 500,
    unit: 'bytes per trip on Kafka',
    source: 'placeholder',
    basis: 'assumption: JSON trip with plate read and two image keys',
  },
  partitionMBPerSecond: {
    value: 5,
    unit: 'MB/s per partition',
    source: 'placeholder',
    basis: 'assumption: conservative per-partition ingress for acks=all, RF 3',
  },
  embeddedTripsPerSecond: {
    value: 2_000,
    unit: 'trips/s',
    source: 'placeholder',
    basis: 'assumption: embedded posture (PGlite, Postgres-table log) on one 4-vCPU box',
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
