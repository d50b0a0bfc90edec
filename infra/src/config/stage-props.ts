/**
 * Typed per-stage configuration: every size, count and switch that differs between `dev` and
 * `prod` lives here, so stacks never branch on the stage name. The scale-up knobs (node types,
 * broker count, replicas, partitions) are the fields the capacity model in
 * `src/capacity/capacity-model.ts` reads and `docs/capacity.md` explains.
 */
import type { TripTopicRole } from './trip-topics.ts';

export const STAGE_NAMES = ['dev', 'prod'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

export const APP_NAMES = ['agent', 'supervisor', 'admin', 'customer'] as const;
export type AppName = (typeof APP_NAMES)[number];

export const WORKLOAD_NAMES = ['bff', 'ingest', 'stream'] as const;
export type WorkloadName = (typeof WORKLOAD_NAMES)[number];

export interface NetworkProps {
  readonly cidr: string;
  /** EKS, RDS subnet groups and MSK all need subnets in at least two zones, even in dev. */
  readonly availabilityZones: readonly string[];
  /** 0 in dev: private subnets reach AWS APIs only through VPC endpoints. */
  readonly natGateways: number;
  /** Zones that get interface endpoints (each endpoint costs per zone-hour). */
  readonly endpointZoneCount: number;
}

/** A custom domain with ACM certificates; without one, CloudFront serves *.cloudfront.net. */
export interface CustomDomainProps {
  readonly appDomainName: string;
  /** ACM certificate in us-east-1 for `appDomainName` (CloudFront viewer). */
  readonly viewerCertificateArn: string;
  /** Name CloudFront uses for the ALB (SNI + certificate check) over the VPC origin. */
  readonly originDomainName: string;
  /** ACM certificate for `originDomainName`, served by the internal ALB. */
  readonly originCertificateArn: string;
  /** ACM certificate the roadside NLB's TLS listener serves. */
  readonly ingestCertificateArn: string;
}

export interface EdgeProps {
  readonly customDomain?: CustomDomainProps;
  /** Requests per 5 minutes per client IP across the site. */
  readonly rateLimitPer5Min: number;
  /** Tighter limit on guest invoice look-up and sign-in (BRIEF §5). */
  readonly guestRateLimitPer5Min: number;
  readonly guestPathPrefixes: readonly string[];
  /** CloudFront's origin-facing managed prefix list in the stage's region. */
  readonly cloudFrontPrefixListId: string;
}

export interface DatabaseProps {
  /** Graviton classes only (t4g, m7g, r7g, r8g). */
  readonly instanceType: string;
  readonly multiAz: boolean;
  readonly allocatedStorageGiB: number;
  readonly maxAllocatedStorageGiB: number;
  readonly backupRetentionDays: number;
  readonly deletionProtection: boolean;
}

export interface CacheProps {
  readonly nodeType: string;
  /** Replicas per shard; 0 means a single node without automatic failover. */
  readonly replicasPerShard: number;
}

export interface EventLogProps {
  readonly brokerInstanceType: string;
  readonly brokerCount: number;
  readonly brokerStorageGiB: number;
  /** Replicas of each trip topic the stream processor creates (and the broker default). */
  readonly replicationFactor: number;
  /** What acks=all waits for: a write is acknowledged once this many replicas have it. */
  readonly minInSyncReplicas: number;
  /**
   * Partitions each trip topic is created with (a topic that exists is never altered).
   * `raw` is the ceiling on stream-processor parallelism; `posted` follows it, as its consumers
   * scale with the same traffic; review and dead-letter carry a small share of it.
   */
  readonly tripPartitions: Readonly<Record<TripTopicRole, number>>;
}

export interface ObjectStoreProps {
  /** Evidence images are kept for the retention rule, then expire. */
  readonly evidenceRetentionDays: number;
  readonly evidenceInfrequentAccessAfterDays: number;
  readonly evidenceGlacierAfterDays: number;
  readonly exportsRetentionDays: number;
}

export interface ClusterProps {
  readonly kubernetesVersion: string;
  /** CIDRs allowed to reach the public Kubernetes API (deploy runners, operations VPN). */
  readonly apiAllowedCidrs: readonly string[];
  /** CIDRs of the roadside networks allowed to reach the ingest NLB. */
  readonly roadsideCidrs: readonly string[];
  /** Upper bound Karpenter may provision for the stateless NodePool. */
  readonly nodePoolCpuLimit: number;
}

export interface WorkloadSizing {
  readonly minReplicas: number;
  readonly maxReplicas: number;
  /** Kubernetes CPU request, in millicores. */
  readonly cpuMillis: number;
  readonly memoryMiB: number;
  /** HPA target (BFF, ingest); processors scale on Kafka lag instead. */
  readonly targetCpuPercent: number;
}

export interface IdentityProps {
  /** Cognito Plus threat protection (priced per MAU); off in dev. */
  readonly threatProtection: boolean;
}

export interface DeliveryProps {
  /** `owner/name` of the GitHub repository allowed to assume the deploy roles. */
  readonly githubRepository: string;
  /** GitHub environment whose jobs may deploy this stage. */
  readonly githubEnvironment: string;
}

export interface ObservabilityProps {
  readonly alarmEmail?: string;
  readonly maxConsumerLagRecords: number;
  readonly maxIngestErrorsPerMinute: number;
  readonly max5xxPerMinute: number;
}

export interface StageProps {
  readonly stage: StageName;
  readonly env: { readonly account: string; readonly region: string };
  readonly network: NetworkProps;
  readonly edge: EdgeProps;
  readonly database: DatabaseProps;
  readonly cache: CacheProps;
  readonly eventLog: EventLogProps;
  readonly objectStore: ObjectStoreProps;
  readonly cluster: ClusterProps;
  readonly workloads: Readonly<Record<WorkloadName, WorkloadSizing>>;
  readonly identity: IdentityProps;
  readonly delivery: DeliveryProps;
  readonly observability: ObservabilityProps;
}

export function isStageName(value: string): value is StageName {
  return (STAGE_NAMES as readonly string[]).includes(value);
}
