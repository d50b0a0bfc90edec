import type { StageName, StageProps } from './stage-props.ts';

/**
 * Values marked PLACEHOLDER must be replaced (or overridden with `-c account=…` etc.) before the
 * first real deployment; they are valid-looking so that `cdk synth` works offline. Documentation
 * address ranges (RFC 5737) stand in for the operator's real networks.
 */
const PLACEHOLDER_DEV_ACCOUNT = '111111111111';
const PLACEHOLDER_PROD_ACCOUNT = '222222222222';
/** CloudFront WAF web ACLs and viewer certificates must live in us-east-1; so do we. */
const REGION = 'us-east-1';
const CLOUDFRONT_ORIGIN_FACING_PREFIX_LIST_US_EAST_1 = 'pl-3b927c52';
const GUEST_PATHS = ['/api/public/', '/api/auth/'] as const;

const dev: StageProps = {
  stage: 'dev',
  env: { account: PLACEHOLDER_DEV_ACCOUNT, region: REGION },
  network: {
    cidr: '10.40.0.0/16',
    availabilityZones: ['us-east-1a', 'us-east-1b'],
    natGateways: 0,
    endpointZoneCount: 1,
  },
  edge: {
    rateLimitPer5Min: 2_000,
    guestRateLimitPer5Min: 100,
    guestPathPrefixes: GUEST_PATHS,
    cloudFrontPrefixListId: CLOUDFRONT_ORIGIN_FACING_PREFIX_LIST_US_EAST_1,
  },
  database: {
    instanceType: 't4g.micro',
    multiAz: false,
    allocatedStorageGiB: 20,
    maxAllocatedStorageGiB: 50,
    backupRetentionDays: 1,
    deletionProtection: false,
  },
  cache: { nodeType: 'cache.t4g.micro', replicasPerShard: 0 },
  // kafka.t3.small is the cheapest broker MSK offers (there is no burstable Graviton class).
  eventLog: {
    brokerInstanceType: 'kafka.t3.small',
    brokerCount: 2,
    brokerStorageGiB: 20,
    // Two brokers (one per zone, MSK's minimum), a copy on each; min ISR 1 keeps acks=all
    // writes flowing while MSK patches one of them (dev accepts that window with one copy).
    replicationFactor: 2,
    minInSyncReplicas: 1,
    tripPartitions: { raw: 3, posted: 3, review: 1, deadLetter: 1 },
  },
  objectStore: {
    evidenceRetentionDays: 180,
    evidenceInfrequentAccessAfterDays: 30,
    evidenceGlacierAfterDays: 90,
    exportsRetentionDays: 7,
  },
  cluster: {
    kubernetesVersion: '1.34',
    apiAllowedCidrs: ['203.0.113.0/24'], // PLACEHOLDER: operations VPN + runner egress
    roadsideCidrs: ['198.51.100.0/24'], // PLACEHOLDER: roadside test rig
    nodePoolCpuLimit: 16,
  },
  workloads: {
    bff: { minReplicas: 1, maxReplicas: 2, cpuMillis: 250, memoryMiB: 384, targetCpuPercent: 70 },
    ingest: {
      minReplicas: 1,
      maxReplicas: 2,
      cpuMillis: 250,
      memoryMiB: 384,
      targetCpuPercent: 70,
    },
    stream: {
      minReplicas: 1,
      maxReplicas: 3,
      cpuMillis: 250,
      memoryMiB: 512,
      targetCpuPercent: 70,
    },
  },
  identity: { threatProtection: false },
  delivery: { githubRepository: 'beaus-tolling/beaus-tolling', githubEnvironment: 'dev' },
  observability: {
    maxConsumerLagRecords: 50_000,
    maxIngestErrorsPerMinute: 50,
    max5xxPerMinute: 20,
  },
};

const prod: StageProps = {
  stage: 'prod',
  env: { account: PLACEHOLDER_PROD_ACCOUNT, region: REGION },
  network: {
    cidr: '10.50.0.0/16',
    availabilityZones: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
    natGateways: 1, // payment gateway and e-mail egress; scale-up knob: one per zone
    endpointZoneCount: 3,
  },
  edge: {
    customDomain: {
      appDomainName: 'app.beaus-tolling.example', // PLACEHOLDER
      viewerCertificateArn: `arn:aws:acm:${REGION}:${PLACEHOLDER_PROD_ACCOUNT}:certificate/00000000-0000-0000-0000-000000000001`,
      originDomainName: 'origin.beaus-tolling.example', // PLACEHOLDER
      originCertificateArn: `arn:aws:acm:${REGION}:${PLACEHOLDER_PROD_ACCOUNT}:certificate/00000000-0000-0000-0000-000000000002`,
      ingestCertificateArn: `arn:aws:acm:${REGION}:${PLACEHOLDER_PROD_ACCOUNT}:certificate/00000000-0000-0000-0000-000000000003`,
    },
    rateLimitPer5Min: 2_000,
    guestRateLimitPer5Min: 100,
    guestPathPrefixes: GUEST_PATHS,
    cloudFrontPrefixListId: CLOUDFRONT_ORIGIN_FACING_PREFIX_LIST_US_EAST_1,
  },
  // Sized for the initial launch (~1,000 trips/s peak); see docs/capacity.md to scale.
  database: {
    instanceType: 'm7g.large',
    multiAz: true,
    allocatedStorageGiB: 100,
    maxAllocatedStorageGiB: 1_000,
    backupRetentionDays: 14,
    deletionProtection: true,
  },
  cache: { nodeType: 'cache.m7g.large', replicasPerShard: 1 },
  eventLog: {
    brokerInstanceType: 'kafka.m7g.large',
    brokerCount: 3,
    brokerStorageGiB: 500,
    replicationFactor: 3,
    minInSyncReplicas: 2,
    tripPartitions: { raw: 12, posted: 12, review: 3, deadLetter: 3 },
  },
  objectStore: {
    evidenceRetentionDays: 2_557, // PLACEHOLDER: 7 years; set to the agency's retention rule
    evidenceInfrequentAccessAfterDays: 30,
    evidenceGlacierAfterDays: 90,
    exportsRetentionDays: 30,
  },
  cluster: {
    kubernetesVersion: '1.34',
    apiAllowedCidrs: ['203.0.113.0/24'], // PLACEHOLDER: static egress of the deploy runners + VPN
    roadsideCidrs: ['198.51.100.0/24'], // PLACEHOLDER: roadside network (MPLS / APN) ranges
    nodePoolCpuLimit: 256,
  },
  workloads: {
    bff: { minReplicas: 2, maxReplicas: 20, cpuMillis: 500, memoryMiB: 512, targetCpuPercent: 65 },
    ingest: {
      minReplicas: 2,
      maxReplicas: 30,
      cpuMillis: 1000,
      memoryMiB: 512,
      targetCpuPercent: 60,
    },
    stream: {
      minReplicas: 2,
      maxReplicas: 12,
      cpuMillis: 1000,
      memoryMiB: 1024,
      targetCpuPercent: 70,
    },
  },
  identity: { threatProtection: true },
  delivery: { githubRepository: 'beaus-tolling/beaus-tolling', githubEnvironment: 'prod' },
  observability: {
    maxConsumerLagRecords: 200_000,
    maxIngestErrorsPerMinute: 100,
    max5xxPerMinute: 50,
  },
};

const STAGES: Readonly<Record<StageName, StageProps>> = { dev, prod };

/** Overrides read from CDK context, so real account ids never need to be committed. */
export interface StageOverrides {
  readonly account?: string;
}

export function getStageProps(stage: StageName, overrides: StageOverrides = {}): StageProps {
  const props = STAGES[stage];
  if (!overrides.account) return props;
  return { ...props, env: { ...props.env, account: overrides.account } };
}
