import { Tags, type App } from 'aws-cdk-lib';
import type { StageProps } from '../config/stage-props.ts';
import { ComputeStack, WORKLOAD_NAMESPACE } from '../compute/compute-stack.ts';
import { DataStack } from '../data/data-stack.ts';
import { DeliveryStack } from '../delivery/delivery-stack.ts';
import { EdgeStack } from '../edge/edge-stack.ts';
import { IdentityStack } from '../identity/identity-stack.ts';
import { NetworkStack } from '../network/network-stack.ts';
import { ObservabilityStack } from '../observability/observability-stack.ts';
import { acknowledgeStageFindings } from './nag-acknowledgements.ts';

export interface BeausStacks {
  readonly network: NetworkStack;
  readonly data: DataStack;
  readonly compute: ComputeStack;
  readonly edge: EdgeStack;
  readonly identity: IdentityStack;
  readonly delivery: DeliveryStack;
  readonly observability: ObservabilityStack;
}

/**
 * All stacks of one stage, wired with typed props (CDK turns the references into stack outputs
 * and imports). Stateful (network, data, identity) are separate from stateless (compute, edge,
 * delivery, observability), so the latter can be destroyed and recreated freely.
 */
export function addBeausStage(app: App, stageProps: StageProps): BeausStacks {
  const prefix = `Beaus-${stageProps.stage}`;
  const env = stageProps.env;
  const terminationProtection = stageProps.stage === 'prod';

  const network = new NetworkStack(app, `${prefix}-Network`, {
    env,
    network: stageProps.network,
    terminationProtection,
  });
  const privateSubnets = network.privateSubnets;
  const data = new DataStack(app, `${prefix}-Data`, {
    env,
    stageProps,
    vpc: network.vpc,
    subnets: privateSubnets,
    terminationProtection,
  });
  const identity = new IdentityStack(app, `${prefix}-Identity`, {
    env,
    stageProps,
    terminationProtection,
  });
  const compute = new ComputeStack(app, `${prefix}-Compute`, {
    env,
    stageProps,
    vpc: network.vpc,
    privateSubnets,
    data,
  });
  const edge = new EdgeStack(app, `${prefix}-Edge`, {
    env,
    stageProps,
    bffLoadBalancer: compute.loadBalancers.alb,
  });
  const delivery = new DeliveryStack(app, `${prefix}-Delivery`, {
    env,
    stageProps,
    distribution: edge.distribution,
    clusterName: compute.cluster.clusterName,
    workloadNamespace: WORKLOAD_NAMESPACE,
    eventLogClusterArn: data.eventLog.cluster.attrArn,
    connectionSecretsKeyArn: data.encryptionKey.keyArn,
    connectionSecretArns: [
      data.cache.authToken.secretArn,
      ...(data.database.instance.secret ? [data.database.instance.secret.secretArn] : []),
    ],
  });
  const observability = new ObservabilityStack(app, `${prefix}-Observability`, {
    env,
    stageProps,
    data,
    compute,
    edge,
  });

  const stacks = { network, data, compute, edge, identity, delivery, observability };
  for (const stack of Object.values(stacks)) {
    Tags.of(stack).add('project', 'beaus-tolling');
    Tags.of(stack).add('stage', stageProps.stage);
  }
  acknowledgeStageFindings(stacks, stageProps);
  return stacks;
}
