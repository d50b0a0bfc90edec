import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as eks from 'aws-cdk-lib/aws-eks-v2';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import { clusterName } from '../config/resource-names.ts';
import type { StageProps } from '../config/stage-props.ts';
import type { DataStack } from '../data/data-stack.ts';
import { WorkloadLoadBalancers } from './load-balancers.ts';
import { PlatformRoles } from './platform-roles.ts';
import { WorkloadRoles } from './workload-roles.ts';

export interface ComputeStackProps extends StackProps {
  readonly stageProps: StageProps;
  readonly vpc: ec2.IVpc;
  readonly privateSubnets: ec2.SubnetSelection;
  readonly data: DataStack;
}

/** Namespace of the Beaus workloads (BFF, ingest gateway, stream processors). */
export const WORKLOAD_NAMESPACE = 'beaus';

/**
 * Stateless compute: EKS in Auto Mode (managed Karpenter, Pod Identity agent and load-balancer
 * controller), the ALB for the BFF, the NLB for roadside ingest and one IAM role per workload.
 * Nodes come from the Graviton-first NodePool in the Kubernetes manifests, not from here.
 */
export class ComputeStack extends Stack {
  readonly cluster: eks.Cluster;
  readonly loadBalancers: WorkloadLoadBalancers;
  readonly workloadRoles: WorkloadRoles;
  readonly platformRoles: PlatformRoles;

  constructor(scope: Construct, id: string, props: ComputeStackProps) {
    super(scope, id, props);
    const { stageProps, vpc } = props;

    const secretsKey = new kms.Key(this, 'ClusterSecretsKey', {
      description: 'EKS envelope encryption of Kubernetes secrets',
      enableKeyRotation: true,
    });
    this.cluster = new eks.Cluster(this, 'Cluster', {
      clusterName: clusterName(stageProps),
      version: eks.KubernetesVersion.of(stageProps.cluster.kubernetesVersion),
      vpc,
      vpcSubnets: [props.privateSubnets],
      defaultCapacityType: eks.DefaultCapacityType.AUTOMODE,
      // Only the built-in system pool; workloads run on the NodePool from the manifests.
      compute: { nodePools: ['system'] },
      endpointAccess: eks.EndpointAccess.PUBLIC_AND_PRIVATE.onlyFrom(
        ...stageProps.cluster.apiAllowedCidrs,
      ),
      secretsEncryptionKey: secretsKey,
      clusterLogging: [
        eks.ClusterLoggingTypes.API,
        eks.ClusterLoggingTypes.AUDIT,
        eks.ClusterLoggingTypes.AUTHENTICATOR,
        eks.ClusterLoggingTypes.CONTROLLER_MANAGER,
        eks.ClusterLoggingTypes.SCHEDULER,
      ],
    });

    this.loadBalancers = new WorkloadLoadBalancers(this, 'LoadBalancers', {
      vpc,
      privateSubnets: props.privateSubnets,
      stageProps,
    });
    this.workloadRoles = new WorkloadRoles(this, 'WorkloadRoles', {
      stageProps,
      clusterName: this.cluster.clusterName,
      namespace: WORKLOAD_NAMESPACE,
      data: props.data,
    });
    this.platformRoles = new PlatformRoles(this, 'PlatformRoles', {
      clusterName: this.cluster.clusterName,
      data: props.data,
      loadBalancers: this.loadBalancers,
    });

    new CfnOutput(this, 'ClusterName', { value: this.cluster.clusterName });
    new CfnOutput(this, 'VpcId', { value: vpc.vpcId });
    new CfnOutput(this, 'NodeRoleName', { value: nodeRoleName(this.cluster) });
    new CfnOutput(this, 'BffTargetGroupArn', {
      value: this.loadBalancers.bffTargets.targetGroupArn,
    });
    new CfnOutput(this, 'IngestTargetGroupArn', {
      value: this.loadBalancers.ingestTargets.targetGroupArn,
    });
    new CfnOutput(this, 'IngestEndpoint', { value: this.loadBalancers.nlb.loadBalancerDnsName });
    new CfnOutput(this, 'EventLogClusterArn', { value: props.data.eventLog.cluster.attrArn });
    new CfnOutput(this, 'DatabaseSecretArn', {
      value: props.data.database.instance.secret?.secretArn ?? '',
    });
    new CfnOutput(this, 'CacheAuthSecretArn', { value: props.data.cache.authToken.secretArn });
    new CfnOutput(this, 'CacheEndpoint', {
      value: props.data.cache.replicationGroup.attrPrimaryEndPointAddress,
    });
    new CfnOutput(this, 'DatabaseEndpoint', {
      value: props.data.database.instance.dbInstanceEndpointAddress,
    });
  }
}

/** Name of the Auto Mode node role, which the workload NodeClass must name too. */
function nodeRoleName(cluster: eks.Cluster): string {
  const role = cluster.node.findChild('ClusternodePoolRole') as iam.IRole;
  return role.roleName;
}
