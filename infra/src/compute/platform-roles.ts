import * as eks from 'aws-cdk-lib/aws-eks';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { DataStack } from '../data/data-stack.ts';
import { acknowledge } from '../shared/acknowledge.ts';
import type { WorkloadLoadBalancers } from './load-balancers.ts';
import { STREAM_CONSUMER_GROUPS, TRIPS_TOPIC } from './workload-roles.ts';

export interface PlatformRolesProps {
  readonly clusterName: string;
  readonly data: DataStack;
  readonly loadBalancers: WorkloadLoadBalancers;
}

/** Where the platform add-ons run (Helm releases in deploy.yml use the same names). */
export const KEDA_SERVICE_ACCOUNT = { namespace: 'keda', name: 'keda-operator' } as const;
export const LB_CONTROLLER_SERVICE_ACCOUNT = {
  namespace: 'kube-system',
  name: 'aws-load-balancer-controller',
} as const;

/**
 * Pod Identity roles of the platform add-ons: KEDA reads consumer-group offsets to scale the
 * processors; the AWS Load Balancer Controller only registers pod IPs in the two target groups
 * CDK owns (TargetGroupBinding), it creates no load balancers.
 */
export class PlatformRoles extends Construct {
  readonly keda: iam.Role;
  readonly lbController: iam.Role;

  constructor(scope: Construct, id: string, props: PlatformRolesProps) {
    super(scope, id);
    const eventLog = props.data.eventLog;

    this.keda = this.podRole('Keda', KEDA_SERVICE_ACCOUNT, props.clusterName);
    this.keda.addToPolicy(
      new iam.PolicyStatement({
        actions: ['kafka-cluster:Connect', 'kafka-cluster:DescribeCluster'],
        resources: [eventLog.cluster.attrArn],
      }),
    );
    this.keda.addToPolicy(
      new iam.PolicyStatement({
        actions: ['kafka-cluster:DescribeTopic', 'kafka-cluster:DescribeGroup'],
        resources: [
          eventLog.topicArn(TRIPS_TOPIC),
          ...STREAM_CONSUMER_GROUPS.map((group) => eventLog.groupArn(group)),
        ],
      }),
    );

    this.lbController = this.podRole(
      'LbController',
      LB_CONTROLLER_SERVICE_ACCOUNT,
      props.clusterName,
    );
    const { bffTargets, ingestTargets } = props.loadBalancers;
    this.lbController.addToPolicy(
      new iam.PolicyStatement({
        actions: ['elasticloadbalancing:RegisterTargets', 'elasticloadbalancing:DeregisterTargets'],
        resources: [bffTargets.targetGroupArn, ingestTargets.targetGroupArn],
      }),
    );
    this.lbController.addToPolicy(
      new iam.PolicyStatement({
        actions: [
          'elasticloadbalancing:DescribeTargetGroups',
          'elasticloadbalancing:DescribeTargetHealth',
          'elasticloadbalancing:DescribeLoadBalancers',
          'elasticloadbalancing:DescribeListeners',
          'ec2:DescribeSecurityGroups',
          'ec2:DescribeSubnets',
          'ec2:DescribeVpcs',
          'ec2:DescribeInstances',
          'ec2:DescribeNetworkInterfaces',
        ],
        resources: ['*'],
      }),
    );
    acknowledge(
      this.lbController,
      'AwsSolutions-IAM5[Resource::*]',
      'EC2 and ELB Describe* calls support no resource-level permissions; writes are scoped.',
    );
  }

  private podRole(
    id: string,
    account: { readonly namespace: string; readonly name: string },
    clusterName: string,
  ): iam.Role {
    const role = new iam.Role(this, `${id}Role`, {
      assumedBy: new iam.SessionTagsPrincipal(new iam.ServicePrincipal('pods.eks.amazonaws.com')),
      description: `Pod Identity role of ${account.namespace}/${account.name}`,
    });
    new eks.CfnPodIdentityAssociation(this, `${id}PodIdentity`, {
      clusterName,
      namespace: account.namespace,
      serviceAccount: account.name,
      roleArn: role.roleArn,
    });
    return role;
  }
}
