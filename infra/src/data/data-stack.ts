import { Duration, RemovalPolicy, Stack, Tags, type StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import {
  bucketName,
  databaseInstanceId,
  eventLogClusterName,
} from '../config/resource-names.ts';
import type { StageProps } from '../config/stage-props.ts';
import { ProjectionCache } from './cache.ts';
import { TransactionalDatabase } from './database.ts';
import { EventLogCluster } from './event-log.ts';
import { ObjectStoreBuckets } from './object-store.ts';

export interface DataStackProps extends StackProps {
  readonly stageProps: StageProps;
  readonly vpc: ec2.IVpc;
  readonly subnets: ec2.SubnetSelection;
}

/** Tag the Karpenter NodeClass selects so nodes carry the data-clients security group. */
export const DATA_CLIENTS_TAG = 'beaus:data-clients';

/**
 * Stateful resources: everything here outlives a redeploy of the compute and edge stacks and is
 * retained (or snapshotted) in production.
 */
export class DataStack extends Stack {
  readonly encryptionKey: kms.Key;
  /** Attached to EKS nodes; the database, cache and brokers admit only this group. */
  readonly dataClients: ec2.SecurityGroup;
  readonly database: TransactionalDatabase;
  readonly cache: ProjectionCache;
  readonly eventLog: EventLogCluster;
  readonly objectStore: ObjectStoreBuckets;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    const { stageProps, vpc, subnets } = props;
    const retain = stageProps.stage === 'prod';

    this.encryptionKey = new kms.Key(this, 'DataKey', {
      description: 'Beaus data at rest (RDS, MSK, ElastiCache, evidence, secrets)',
      enableKeyRotation: true,
      rotationPeriod: Duration.days(365),
      removalPolicy: retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.dataClients = new ec2.SecurityGroup(this, 'DataClients', {
      vpc,
      description: 'Workloads allowed to reach the database, cache and event log',
    });
    Tags.of(this.dataClients).add(DATA_CLIENTS_TAG, stageProps.stage);

    const common = { vpc, subnets, clients: this.dataClients, encryptionKey: this.encryptionKey };
    this.database = new TransactionalDatabase(this, 'Database', {
      ...common,
      sizing: stageProps.database,
      instanceIdentifier: databaseInstanceId(stageProps),
    });
    this.cache = new ProjectionCache(this, 'Cache', { ...common, sizing: stageProps.cache });
    this.eventLog = new EventLogCluster(this, 'EventLog', {
      ...common,
      sizing: stageProps.eventLog,
      clusterName: eventLogClusterName(stageProps),
    });
    this.objectStore = new ObjectStoreBuckets(this, 'ObjectStore', {
      encryptionKey: this.encryptionKey,
      sizing: stageProps.objectStore,
      retain,
      evidenceBucketName: bucketName(stageProps, 'evidence'),
      exportsBucketName: bucketName(stageProps, 'exports'),
    });
  }
}
