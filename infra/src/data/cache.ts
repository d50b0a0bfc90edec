import { RemovalPolicy, SecretValue } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elasticache from 'aws-cdk-lib/aws-elasticache';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import type { CacheProps } from '../config/stage-props.ts';

export interface ProjectionCacheProps {
  readonly vpc: ec2.IVpc;
  readonly subnets: ec2.SubnetSelection;
  readonly clients: ec2.ISecurityGroup;
  readonly encryptionKey: IKey;
  readonly sizing: CacheProps;
}

const CACHE_PORT = 6379;

/**
 * ElastiCache (Valkey engine: Redis OSS protocol, lower price) for projections and display
 * caches; never consulted for a money decision (BRIEF §5), so it is sized for reads, not safety.
 */
export class ProjectionCache extends Construct {
  readonly replicationGroup: elasticache.CfnReplicationGroup;
  readonly authToken: secretsmanager.Secret;
  readonly securityGroup: ec2.SecurityGroup;

  constructor(scope: Construct, id: string, props: ProjectionCacheProps) {
    super(scope, id);
    const { sizing } = props;
    const failover = sizing.replicasPerShard > 0;

    this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc,
      description: 'Projection cache',
      allowAllOutbound: false,
    });
    this.securityGroup.addIngressRule(props.clients, ec2.Port.tcp(CACHE_PORT), 'EKS workloads');

    this.authToken = new secretsmanager.Secret(this, 'AuthToken', {
      encryptionKey: props.encryptionKey,
      generateSecretString: { excludePunctuation: true, passwordLength: 64 },
      removalPolicy: RemovalPolicy.DESTROY,
    });

    const subnetGroup = new elasticache.CfnSubnetGroup(this, 'Subnets', {
      description: 'Projection cache subnets',
      subnetIds: props.vpc.selectSubnets(props.subnets).subnetIds,
    });

    this.replicationGroup = new elasticache.CfnReplicationGroup(this, 'ReplicationGroup', {
      replicationGroupDescription: 'Beaus projections',
      engine: 'valkey',
      engineVersion: '8.0',
      cacheNodeType: sizing.nodeType,
      numNodeGroups: 1,
      replicasPerNodeGroup: sizing.replicasPerShard,
      automaticFailoverEnabled: failover,
      multiAzEnabled: failover,
      cacheSubnetGroupName: subnetGroup.ref,
      securityGroupIds: [this.securityGroup.securityGroupId],
      port: CACHE_PORT,
      atRestEncryptionEnabled: true,
      kmsKeyId: props.encryptionKey.keyArn,
      transitEncryptionEnabled: true,
      authToken: SecretValue.secretsManager(this.authToken.secretArn).unsafeUnwrap(),
      snapshotRetentionLimit: failover ? 3 : 0,
      autoMinorVersionUpgrade: true,
    });
  }
}
