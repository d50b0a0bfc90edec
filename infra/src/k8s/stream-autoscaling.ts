import { ScaledObject } from '@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject';
import { TriggerAuthentication } from '@kubernetes-models/keda/keda.sh/v1alpha1/TriggerAuthentication';
import { POSTING_CONSUMER_GROUP, TRIPS_TOPIC } from '../compute/workload-roles.ts';
import { NAMESPACE, type KubernetesObject, type ManifestInputs } from './manifest-inputs.ts';

/** Records of lag one processor replica is expected to clear; KEDA adds replicas above it. */
export const LAG_PER_REPLICA = 5_000;
const AUTH_NAME = 'beaus-msk-iam';

/** KEDA authenticates to MSK with its own Pod Identity role (read-only offsets). */
export function kafkaTriggerAuthentication(): KubernetesObject {
  return new TriggerAuthentication({
    metadata: { name: AUTH_NAME, namespace: NAMESPACE },
    spec: { podIdentity: { provider: 'aws' } },
  }).toJSON() as KubernetesObject;
}

/**
 * Stream processors scale on consumer lag of the posting group, never beyond the partition
 * count (an extra consumer would sit idle).
 */
export function streamScaledObject(inputs: ManifestInputs): KubernetesObject {
  const { stageProps } = inputs;
  const sizing = stageProps.workloads.stream;
  const maxReplicas = Math.min(sizing.maxReplicas, stageProps.eventLog.tripPartitions.raw);
  return new ScaledObject({
    metadata: { name: 'beaus-stream', namespace: NAMESPACE },
    spec: {
      scaleTargetRef: { name: 'beaus-stream' },
      minReplicaCount: sizing.minReplicas,
      maxReplicaCount: maxReplicas,
      pollingInterval: 15,
      cooldownPeriod: 300,
      triggers: [
        {
          type: 'kafka',
          metadata: {
            bootstrapServers: inputs.kafkaBootstrapBrokers,
            consumerGroup: POSTING_CONSUMER_GROUP,
            topic: TRIPS_TOPIC,
            lagThreshold: String(LAG_PER_REPLICA),
            sasl: 'aws_msk_iam',
            tls: 'enable',
            awsRegion: stageProps.env.region,
          },
          authenticationRef: { name: AUTH_NAME },
        },
      ],
    },
  }).toJSON() as KubernetesObject;
}
