/**
 * AWS list prices, us-east-1, on-demand, USD. Taken from the public price pages as known in 2025;
 * re-check before quoting (`PRICES_AS_OF`). Spot is an average discount, not a quote.
 */
export const PRICES_AS_OF = '2025 list prices, us-east-1 (re-verify before quoting)';

export const HOURLY = {
  eksControlPlane: 0.1,
  /** Graviton (c7g/m7g) per vCPU-hour, on-demand. */
  gravitonVcpu: 0.0363,
  /** Average Spot discount on c7g/m7g in us-east-1 (varies by pool and hour). */
  spotDiscount: 0.6,
  /** EKS Auto Mode management fee, as a share of the on-demand instance price. */
  autoModeFeeShare: 0.12,
  natGateway: 0.045,
  interfaceEndpointPerAz: 0.01,
  loadBalancer: 0.0225,
} as const;

/** MSK provisioned broker prices per hour. */
export const MSK_BROKER_HOURLY: Readonly<Record<string, number>> = {
  'kafka.t3.small': 0.0456,
  'kafka.m7g.large': 0.204,
  'kafka.m7g.xlarge': 0.408,
  'kafka.m7g.2xlarge': 0.816,
  'kafka.m7g.4xlarge': 1.632,
};

/** Sustained ingress one broker of each type takes at RF 3 (engineering assumption). */
export const MSK_BROKER_INGRESS_MBPS: Readonly<Record<string, number>> = {
  'kafka.m7g.large': 40,
  'kafka.m7g.xlarge': 80,
  'kafka.m7g.2xlarge': 160,
  'kafka.m7g.4xlarge': 320,
};

/** RDS for PostgreSQL, single-AZ hourly; Multi-AZ doubles it. vCPU per class alongside. */
export const RDS_CLASSES: readonly { name: string; vcpu: number; hourly: number }[] = [
  { name: 'db.t4g.micro', vcpu: 2, hourly: 0.016 },
  { name: 'db.m7g.large', vcpu: 2, hourly: 0.168 },
  { name: 'db.m7g.xlarge', vcpu: 4, hourly: 0.336 },
  { name: 'db.m7g.2xlarge', vcpu: 8, hourly: 0.672 },
  { name: 'db.m7g.4xlarge', vcpu: 16, hourly: 1.344 },
  { name: 'db.m7g.8xlarge', vcpu: 32, hourly: 2.688 },
  { name: 'db.m7g.16xlarge', vcpu: 64, hourly: 5.376 },
];

export const CACHE_NODE_HOURLY: Readonly<Record<string, number>> = {
  'cache.t4g.micro': 0.0128,
  'cache.m7g.large': 0.1264,
};

export const MONTHLY_PER_GB = {
  gp3: 0.115,
  mskStorage: 0.1,
} as const;

/** A small single-machine operator: one m7g.xlarge, 200 GB gp3, CloudFront + S3 minimums. */
export const EMBEDDED_MONTHLY = 0.1632 * 730 + 200 * 0.08 + 25;
