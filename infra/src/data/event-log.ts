import { Fn, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as msk from 'aws-cdk-lib/aws-msk';
import { Construct } from 'constructs';
import type { EventLogProps } from '../config/stage-props.ts';

export interface EventLogClusterProps {
  readonly vpc: ec2.IVpc;
  readonly subnets: ec2.SubnetSelection;
  readonly clients: ec2.ISecurityGroup;
  readonly encryptionKey: IKey;
  readonly sizing: EventLogProps;
  readonly clusterName: string;
}

/** SASL/IAM over TLS: the port MSK serves IAM-authenticated clients on. */
export const MSK_IAM_PORT = 9098;

/**
 * Broker defaults that make acks=all mean "on `minInSyncReplicas` brokers": the gateway
 * acknowledges a roadside batch only after that, and nothing is lost to an unclean election.
 */
export function brokerServerProperties(sizing: EventLogProps): string {
  return [
    'auto.create.topics.enable=false',
    `default.replication.factor=${sizing.replicationFactor}`,
    `min.insync.replicas=${sizing.minInSyncReplicas}`,
    `num.partitions=${sizing.tripPartitions.raw}`,
    'unclean.leader.election.enable=false',
    'log.retention.hours=168',
  ].join('\n');
}

/** Amazon MSK (provisioned): the event log between ingest and the stream processors. */
export class EventLogCluster extends Construct {
  readonly cluster: msk.CfnCluster;
  readonly clusterName: string;
  readonly securityGroup: ec2.SecurityGroup;

  constructor(scope: Construct, id: string, props: EventLogClusterProps) {
    super(scope, id);
    const { sizing } = props;
    this.clusterName = props.clusterName;

    this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc,
      description: 'Event log brokers',
      allowAllOutbound: false,
    });
    this.securityGroup.addIngressRule(props.clients, ec2.Port.tcp(MSK_IAM_PORT), 'EKS workloads');

    const configuration = new msk.CfnConfiguration(this, 'Configuration', {
      name: `${this.clusterName}-config`,
      serverProperties: brokerServerProperties(sizing),
    });
    const brokerLogs = new logs.LogGroup(this, 'BrokerLogs', {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    this.cluster = new msk.CfnCluster(this, 'Cluster', {
      clusterName: this.clusterName,
      kafkaVersion: '3.9.x',
      numberOfBrokerNodes: sizing.brokerCount,
      brokerNodeGroupInfo: {
        instanceType: sizing.brokerInstanceType,
        clientSubnets: props.vpc.selectSubnets(props.subnets).subnetIds,
        securityGroups: [this.securityGroup.securityGroupId],
        storageInfo: { ebsStorageInfo: { volumeSize: sizing.brokerStorageGiB } },
      },
      configurationInfo: { arn: configuration.attrArn, revision: 1 },
      clientAuthentication: { sasl: { iam: { enabled: true } } },
      encryptionInfo: {
        encryptionAtRest: { dataVolumeKmsKeyId: props.encryptionKey.keyArn },
        encryptionInTransit: { clientBroker: 'TLS', inCluster: true },
      },
      enhancedMonitoring: 'PER_TOPIC_PER_PARTITION',
      loggingInfo: {
        brokerLogs: { cloudWatchLogs: { enabled: true, logGroup: brokerLogs.logGroupName } },
      },
    });
  }

  /** Exact ARN of a topic for `kafka-cluster:*` IAM actions (no wildcard). */
  topicArn(topic: string): string {
    return this.scopedArn('topic', topic);
  }

  /** Exact ARN of a consumer group. */
  groupArn(group: string): string {
    return this.scopedArn('group', group);
  }

  private scopedArn(kind: 'topic' | 'group', name: string): string {
    const stack = Stack.of(this);
    // Cluster ARN is arn:…:cluster/<name>/<uuid>; topic and group ARNs reuse name and uuid.
    const uuid = Fn.select(2, Fn.split('/', this.cluster.attrArn));
    return `arn:${stack.partition}:kafka:${stack.region}:${stack.account}:${kind}/${this.clusterName}/${uuid}/${name}`;
  }
}
