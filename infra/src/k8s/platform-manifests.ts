import { Namespace } from 'kubernetes-models/v1/Namespace';
import { NodePool } from '@kubernetes-models/karpenter/karpenter.sh/v1/NodePool';
import { DATA_CLIENTS_TAG } from '../data/data-stack.ts';
import { WORKLOAD_INGRESS_TAG } from '../compute/load-balancers.ts';
import { NAMESPACE, type KubernetesObject, type ManifestInputs } from './manifest-inputs.ts';

export const NODE_CLASS_NAME = 'beaus-workloads';
export const NODE_POOL_NAME = 'beaus-graviton';

/** The workloads' namespace, held to the `restricted` Pod Security Standard. */
export function workloadNamespace(): KubernetesObject {
  return new Namespace({
    metadata: {
      name: NAMESPACE,
      labels: {
        'pod-security.kubernetes.io/enforce': 'restricted',
        'pod-security.kubernetes.io/audit': 'restricted',
      },
    },
  }).toJSON() as KubernetesObject;
}

/**
 * EKS Auto Mode NodeClass: private subnets, and the security groups that let nodes reach the
 * data tier (DataClients) and receive load-balancer traffic (WorkloadIngress).
 */
export function workloadNodeClass(inputs: ManifestInputs): KubernetesObject {
  const stage = inputs.stageProps.stage;
  return {
    apiVersion: 'eks.amazonaws.com/v1',
    kind: 'NodeClass',
    metadata: { name: NODE_CLASS_NAME },
    spec: {
      role: inputs.nodeRoleName,
      subnetSelectorTerms: [{ tags: { 'aws-cdk:subnet-name': 'private' } }],
      securityGroupSelectorTerms: [
        { tags: { 'aws:eks:cluster-name': inputs.clusterName } },
        { tags: { [DATA_CLIENTS_TAG]: stage } },
        { tags: { [WORKLOAD_INGRESS_TAG]: stage } },
      ],
      ephemeralStorage: { size: '40Gi' },
    },
  };
}

/**
 * Stateless work on Graviton: arm64 only (the images are arm64), Spot first (Karpenter picks the
 * cheapest offering, and falls back to On-Demand when Spot is short), consolidated when idle.
 */
export function gravitonNodePool(inputs: ManifestInputs): KubernetesObject {
  return new NodePool({
    metadata: { name: NODE_POOL_NAME },
    spec: {
      template: {
        spec: {
          nodeClassRef: { group: 'eks.amazonaws.com', kind: 'NodeClass', name: NODE_CLASS_NAME },
          requirements: [
            { key: 'kubernetes.io/arch', operator: 'In', values: ['arm64'] },
            { key: 'karpenter.sh/capacity-type', operator: 'In', values: ['spot', 'on-demand'] },
            { key: 'eks.amazonaws.com/instance-category', operator: 'In', values: ['c', 'm', 'r'] },
            { key: 'eks.amazonaws.com/instance-generation', operator: 'Gt', values: ['6'] },
          ],
          expireAfter: '336h',
        },
      },
      disruption: { consolidationPolicy: 'WhenEmptyOrUnderutilized', consolidateAfter: '1m' },
      limits: { cpu: String(inputs.stageProps.cluster.nodePoolCpuLimit) },
      weight: 50,
    },
  }).toJSON() as KubernetesObject;
}
