import { loadConfig } from '../../backend/src/config/config.ts';
import { STAGE_NAMES, WORKLOAD_NAMES, type StageName } from '../src/config/stage-props.ts';
import type { KubernetesObject } from '../src/k8s/manifest-inputs.ts';
import { renderManifests } from '../src/k8s/render-manifests.ts';
import { manifestInputs } from './support/manifest-fixture.ts';

/** Rendered objects are untyped; the assertions are the type check. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Parsed = any;

/**
 * What one workload's process sees: the runtime ConfigMap, its own env (which wins, as in
 * Kubernetes) and stand-ins for the `beaus-connections` Secret the deploy script writes.
 */
function processEnvironment(objects: KubernetesObject[], workload: string): NodeJS.ProcessEnv {
  const configMap = objects.find((object) => object.kind === 'ConfigMap') as Parsed;
  const deployment = objects.find(
    (object) =>
      object.kind === 'Deployment' && (object as Parsed).metadata.name === `beaus-${workload}`,
  ) as Parsed;
  const own = (deployment.spec.template.spec.containers[0].env ?? []) as Parsed[];
  return {
    ...configMap.data,
    DATABASE_URL: 'postgres://beaus@db.internal:5432/beaus',
    REDIS_URL: 'rediss://cache.internal:6379',
    ...Object.fromEntries(own.map((variable) => [variable.name, variable.value])),
  };
}

const expected: Readonly<Record<StageName, Parsed>> = {
  dev: {
    partitions: { raw: 3, posted: 3, review: 1, deadLetter: 1 },
    replicationFactor: 2,
    minInsyncReplicas: 1,
  },
  prod: {
    partitions: { raw: 12, posted: 12, review: 3, deadLetter: 3 },
    replicationFactor: 3,
    minInsyncReplicas: 2,
  },
};

describe.each(STAGE_NAMES)('Kafka settings the services start with (%s)', (stage) => {
  const inputs = manifestInputs(stage);
  const { workloads } = renderManifests(inputs);

  it.each(WORKLOAD_NAMES)(
    '%s: the backend accepts them and reaches MSK over TLS with IAM tokens',
    (workload) => {
      // loadConfig is the backend's own validation: a variable it rejects would stop the pod.
      const config = loadConfig(processEnvironment(workloads, workload));
      expect(config.kafkaBrokers).toEqual(inputs.kafkaBootstrapBrokers.split(','));
      expect(config.kafka).toEqual({
        ...expected[stage],
        ssl: true,
        sasl: { mechanism: 'oauthbearer', tokens: 'aws-msk-iam', region: 'us-east-1' },
      });
    },
  );

  it('keeps acks=all writes going with one broker down: min ISR below the replicas, replicas within the brokers', () => {
    const { eventLog } = inputs.stageProps;
    expect(eventLog.minInSyncReplicas).toBeLessThan(eventLog.replicationFactor);
    expect(eventLog.replicationFactor).toBeLessThanOrEqual(eventLog.brokerCount);
  });

  it('lets the processors scale out to, and not past, the trips.raw partitions', () => {
    const scaled = workloads.find((object) => object.kind === 'ScaledObject') as Parsed;
    const { stream } = inputs.stageProps.workloads;
    expect(scaled.spec.maxReplicaCount).toBe(
      Math.min(stream.maxReplicas, inputs.stageProps.eventLog.tripPartitions.raw),
    );
  });
});
