import type { IConstruct } from 'constructs';
import type { StageProps } from '../config/stage-props.ts';
import { acknowledge } from '../shared/acknowledge.ts';
import type { BeausStacks } from './beaus-stage.ts';

const EKS_CLUSTER_POLICIES = [
  'AmazonEKSClusterPolicy',
  'AmazonEKSComputePolicy',
  'AmazonEKSBlockStoragePolicy',
  'AmazonEKSLoadBalancingPolicy',
  'AmazonEKSNetworkingPolicy',
];
const EKS_NODE_POLICIES = ['AmazonEKSWorkerNodePolicy', 'AmazonEC2ContainerRegistryReadOnly'];

function managedPolicy(name: string): string {
  return `AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/${name}]`;
}

function child(scope: IConstruct, path: string): IConstruct {
  return path.split('/').reduce((node, id) => node.node.findChild(id), scope);
}

/**
 * Every deliberate cdk-nag exception of a stage, one line of reason each. Exceptions tied to a
 * single resource live beside it (see `acknowledge` calls in the stacks); these are the ones
 * that concern constructs we do not author (EKS, RDS internals) or a dev-only cost trade-off.
 */
export function acknowledgeStageFindings(stacks: BeausStacks, stageProps: StageProps): void {
  const { data, compute, edge, identity } = stacks;
  const db = data.database.instance;

  for (const policy of EKS_CLUSTER_POLICIES) {
    acknowledge(
      child(compute.cluster, 'Role'),
      managedPolicy(policy),
      'EKS Auto Mode requires these AWS-maintained cluster role policies.',
    );
  }
  for (const policy of EKS_NODE_POLICIES) {
    acknowledge(
      child(compute.cluster, 'ClusternodePoolRole'),
      managedPolicy(policy),
      'EKS Auto Mode node role: AWS-maintained worker and ECR read-only policies.',
    );
  }
  acknowledge(
    compute.cluster,
    'CloudFormation-Validate::W9009',
    'aws-eks-v2 writes EncryptionConfig.Resources=[secrets], which the EKS API still takes.',
  );
  acknowledge(
    compute.cluster,
    '@aws-cdk/aws-eks:isolatedSubnetsForKubectlPrivateSubnets',
    'Dev subnets are isolated on purpose; the network stack adds the EKS, STS, ECR endpoints.',
  );
  acknowledge(
    child(db, 'MonitoringRole'),
    managedPolicy('service-role/AmazonRDSEnhancedMonitoringRole'),
    'AWS-maintained service role for RDS Enhanced Monitoring; it grants only log writes.',
  );
  acknowledge(
    db,
    'AwsSolutions-RDS11',
    'A non-default port is obscurity only; the security group admits EKS nodes alone.',
  );
  acknowledge(
    data.cache.authToken,
    'AwsSolutions-SMG4',
    'ElastiCache AUTH rotation needs a ROTATE-strategy runbook; readable by two roles only.',
  );
  acknowledge(
    compute.loadBalancers,
    'AwsSolutions-S1',
    'This is the load balancers’ access-log bucket; logging it would log the logs.',
  );
  acknowledge(
    identity.userPool,
    'AwsSolutions-COG2',
    'Drivers self-serve with optional TOTP; staff-only MFA pool is a tracked follow-up.',
  );
  acknowledge(
    edge.distribution,
    'AwsSolutions-CFR1',
    'Drivers pay from anywhere (foreign plates, travellers); WAF rate rules guard abuse.',
  );

  if (stageProps.stage !== 'prod') acknowledgeDevCostTradeOffs(stacks);
}

/** Dev is the cheapest posture (issue 8): single-AZ data, no custom domain, no Plus tier. */
function acknowledgeDevCostTradeOffs(stacks: BeausStacks): void {
  const { data, edge, identity } = stacks;
  const db = data.database.instance;
  acknowledge(db, 'AwsSolutions-RDS3', 'Dev runs a single-AZ database to halve its cost.');
  acknowledge(db, 'AwsSolutions-RDS10', 'Dev databases are disposable; prod has protection.');
  acknowledge(
    data.cache.replicationGroup,
    'AwsSolutions-AEC4',
    'Dev cache is one node; it holds projections only and rebuilds from Postgres.',
  );
  acknowledge(
    identity.userPool,
    'AwsSolutions-COG8',
    'Cognito Plus (threat protection) is priced per MAU; enabled in prod only.',
  );
  acknowledge(
    edge.distribution,
    'AwsSolutions-CFR4',
    'Dev has no custom domain, so the default *.cloudfront.net certificate applies.',
  );
}
