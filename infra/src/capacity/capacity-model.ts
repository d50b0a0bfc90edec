import type { StageProps } from '../config/stage-props.ts';
import { PLANNING, THROUGHPUT, type ThroughputFigures } from './figures.ts';
import {
  CACHE_NODE_HOURLY,
  HOURLY,
  MONTHLY_PER_GB,
  MSK_BROKER_HOURLY,
  MSK_BROKER_INGRESS_MBPS,
  RDS_CLASSES,
} from './prices.ts';

export interface CapacityPoint {
  readonly tripsPerSecond: number;
  readonly ingestPods: number;
  readonly processorPods: number;
  readonly bffPods: number;
  readonly nodeVcpu: number;
  readonly brokerType: string;
  readonly brokers: number;
  readonly partitions: number;
  readonly kafkaStorageGiBPerBroker: number;
  readonly databaseClass: string;
  readonly databaseShards: number;
  readonly databaseStorageGiB: number;
  readonly cacheShards: number;
  readonly monthly: Readonly<Record<'compute' | 'kafka' | 'database' | 'cache' | 'fixed', number>>;
  readonly monthlyTotal: number;
  readonly costPerMillionTrips: number;
}

const SECONDS_PER_MONTH = PLANNING.hoursPerMonth * 3600;
const RDS_MAX_STORAGE_GIB = 64 * 1024;

function roundUpTo(value: number, multiple: number): number {
  return Math.ceil(value / multiple) * multiple;
}

/** Pods of a service: rate ÷ (per-vCPU rate × vCPU per pod × target utilisation). */
export function podsFor(tripsPerSecond: number, perVcpu: number): number {
  const perPod = perVcpu * PLANNING.podVcpu * PLANNING.targetUtilisation;
  return Math.max(PLANNING.minPodsPerService, Math.ceil(tripsPerSecond / perPod));
}

/** Smallest Graviton broker type that needs at most 12 brokers; brokers in multiples of 3 AZs. */
export function brokersFor(ingressMBps: number): { type: string; count: number } {
  let choice = { type: '', count: 0 };
  for (const [type, perBroker] of Object.entries(MSK_BROKER_INGRESS_MBPS)) {
    choice = { type, count: Math.max(3, roundUpTo(Math.ceil(ingressMBps / perBroker), 3)) };
    if (choice.count <= 12) break;
  }
  return choice; // the largest type, however many brokers, when none fits in 12
}

/** Smallest Multi-AZ class with the vCPU needed, or shards of the largest class. */
export function databaseFor(vcpuNeeded: number): { name: string; shards: number; hourly: number } {
  const [smallestFit] = RDS_CLASSES.filter(
    (c) => c.name !== 'db.t4g.micro' && c.vcpu >= vcpuNeeded,
  );
  if (smallestFit) return { ...smallestFit, shards: 1 };
  const largest = RDS_CLASSES[RDS_CLASSES.length - 1] ?? { name: 'none', vcpu: 1, hourly: 0 };
  return { ...largest, shards: Math.ceil(vcpuNeeded / largest.vcpu) };
}

function priceOf(table: Readonly<Record<string, number>>, key: string): number {
  const price = table[key];
  if (price === undefined) throw new Error(`No price for ${key}`);
  return price;
}

function computeMonthly(vcpu: number): number {
  const onDemand = vcpu * HOURLY.gravitonVcpu;
  const blended = onDemand * (1 - PLANNING.spotShare * HOURLY.spotDiscount);
  return (blended + onDemand * HOURLY.autoModeFeeShare) * PLANNING.hoursPerMonth;
}

/** Always-on baseline of the production layout: control plane, NAT, endpoints, LBs, WAF. */
export function fixedMonthly(stage: StageProps): number {
  const zones = stage.network.availabilityZones.length;
  const endpointAzs = 11 * Math.min(stage.network.endpointZoneCount, zones);
  const hourly =
    HOURLY.eksControlPlane +
    stage.network.natGateways * HOURLY.natGateway +
    endpointAzs * HOURLY.interfaceEndpointPerAz +
    2 * HOURLY.loadBalancer;
  const waf = 5 + 6; // web ACL + six rules
  return hourly * PLANNING.hoursPerMonth + waf;
}

/** Capacity and monthly cost of the scaled posture at a sustained trip rate. */
export function capacityAt(
  tripsPerSecond: number,
  stage: StageProps,
  figures: ThroughputFigures = THROUGHPUT,
): CapacityPoint {
  const ingestPods = podsFor(tripsPerSecond, figures.ingestTripsPerCoreSecond.value);
  const processorPods = podsFor(tripsPerSecond, figures.processorTripsPerCoreSecond.value);
  const bffPods = Math.max(
    PLANNING.minPodsPerService,
    Math.ceil((tripsPerSecond / 10_000) * PLANNING.bffPodsPer10kTrips),
  );
  // 10% of node capacity for system pods (CoreDNS, KEDA, controllers).
  const nodeVcpu = Math.ceil((ingestPods + processorPods + bffPods) * PLANNING.podVcpu * 1.1);

  const ingressMBps = (tripsPerSecond * figures.tripRecordBytes.value) / 1e6;
  const brokers = brokersFor(ingressMBps);
  const partitions = roundUpTo(
    Math.max(
      PLANNING.minPartitions,
      processorPods,
      Math.ceil(ingressMBps / figures.partitionMBPerSecond.value),
    ),
    brokers.count,
  );
  const kafkaGiB =
    (ingressMBps * 3600 * PLANNING.kafkaRetentionHours * PLANNING.replicationFactor) / 1024;
  const kafkaStorageGiBPerBroker = Math.max(100, Math.ceil(kafkaGiB / brokers.count));

  const dbVcpu =
    tripsPerSecond / figures.databaseTripsPerVcpuSecond.value / PLANNING.targetUtilisation;
  const dbBytes =
    tripsPerSecond * PLANNING.databaseBytesPerTrip * 86_400 * PLANNING.databaseHotDays;
  const databaseStorageGiB = Math.max(100, Math.ceil(dbBytes / 1024 ** 3));
  const byCompute = databaseFor(dbVcpu);
  // An RDS instance stores at most 64 TiB: beyond that, shard by account as well.
  const db = {
    ...byCompute,
    shards: Math.max(byCompute.shards, Math.ceil(databaseStorageGiB / RDS_MAX_STORAGE_GIB)),
  };
  const cacheShards = Math.max(1, Math.ceil(tripsPerSecond / PLANNING.cacheShardPerTripsPerSecond));

  const hours = PLANNING.hoursPerMonth;
  const monthly = {
    compute: computeMonthly(nodeVcpu),
    kafka:
      brokers.count * priceOf(MSK_BROKER_HOURLY, brokers.type) * hours +
      brokers.count * kafkaStorageGiBPerBroker * MONTHLY_PER_GB.mskStorage,
    database: 2 * (db.shards * db.hourly * hours + databaseStorageGiB * MONTHLY_PER_GB.gp3),
    cache: cacheShards * 2 * priceOf(CACHE_NODE_HOURLY, 'cache.m7g.large') * hours,
    fixed: fixedMonthly(stage),
  };
  const monthlyTotal = Object.values(monthly).reduce((sum, value) => sum + value, 0);
  const tripsPerMonth = tripsPerSecond * SECONDS_PER_MONTH;
  return {
    tripsPerSecond,
    ingestPods,
    processorPods,
    bffPods,
    nodeVcpu,
    brokerType: brokers.type,
    brokers: brokers.count,
    partitions,
    kafkaStorageGiBPerBroker,
    databaseClass: db.name,
    databaseShards: db.shards,
    databaseStorageGiB,
    cacheShards,
    monthly,
    monthlyTotal,
    costPerMillionTrips: monthlyTotal / (tripsPerMonth / 1e6),
  };
}

export const MODEL_RATES = [1_000, 10_000, 100_000, 1_000_000] as const;
