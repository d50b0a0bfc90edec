import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import type { IContainer } from 'kubernetes-models/v1/Container';
import { serviceAccountName } from '../compute/workload-roles.ts';
import { bucketName } from '../config/resource-names.ts';
import type { WorkloadName } from '../config/stage-props.ts';
import { kafkaEnvironment } from './kafka-environment.ts';
import { NODE_POOL_NAME } from './platform-manifests.ts';
import {
  CONNECTIONS_SECRET,
  NAMESPACE,
  type KubernetesObject,
  type ManifestInputs,
} from './manifest-inputs.ts';
import { SERVICE_PORTS, workloadRuntime, type ServedWorkload } from './workload-runtime.ts';

export const RUNTIME_CONFIG = 'beaus-runtime';

function labels(workload: WorkloadName): Record<string, string> {
  return { 'app.kubernetes.io/name': `beaus-${workload}`, 'app.kubernetes.io/part-of': 'beaus' };
}

function json(model: { toJSON(): unknown }): KubernetesObject {
  return model.toJSON() as KubernetesObject;
}

/**
 * Non-secret runtime configuration shared by the three services (scaled posture). The BFF gets
 * the Kafka variables too: its health route (the ALB's check) asks the brokers for the topics.
 */
export function runtimeConfig(inputs: ManifestInputs): KubernetesObject {
  const { stageProps } = inputs;
  return json(
    new ConfigMap({
      metadata: { name: RUNTIME_CONFIG, namespace: NAMESPACE },
      data: {
        HOST: '0.0.0.0',
        LOG_LEVEL: 'info',
        SEED: 'none',
        ENVIRONMENT_NAME: stageProps.stage,
        ...kafkaEnvironment(stageProps, inputs.kafkaBootstrapBrokers),
        S3_BUCKET: bucketName(stageProps, 'evidence'),
        S3_REGION: stageProps.env.region,
        COGNITO_REGION: stageProps.env.region,
        COGNITO_USER_POOL_ID: inputs.userPoolId,
        COGNITO_CLIENT_ID: inputs.userPoolClientId,
      },
    }),
  );
}

function container(workload: WorkloadName, inputs: ManifestInputs): IContainer {
  const sizing = inputs.stageProps.workloads[workload];
  return {
    name: workload,
    image: inputs.imageUris[workload],
    // Ports, env and probes per service: see workload-runtime.ts.
    ...workloadRuntime(workload, inputs.kafkaBootstrapBrokers),
    envFrom: [
      { configMapRef: { name: RUNTIME_CONFIG } },
      // All three need DATABASE_URL: the gateway reads device credentials from Postgres, and
      // without it would fall back to PGlite on the read-only root filesystem.
      { secretRef: { name: CONNECTIONS_SECRET } },
    ],
    resources: {
      requests: { cpu: `${sizing.cpuMillis}m`, memory: `${sizing.memoryMiB}Mi` },
      // No CPU limit (throttling hurts p99); memory limit = request so the node never over-commits.
      limits: { memory: `${sizing.memoryMiB}Mi` },
    },
    securityContext: {
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      capabilities: { drop: ['ALL'] },
    },
    volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
  };
}

/** Deployment of one service: arm64 Graviton nodes, spread over zones, restricted security. */
export function workloadDeployment(
  workload: WorkloadName,
  inputs: ManifestInputs,
): KubernetesObject {
  const selector = labels(workload);
  return json(
    new Deployment({
      metadata: { name: `beaus-${workload}`, namespace: NAMESPACE, labels: selector },
      // No `replicas`: the HPA / KEDA own the count, and an apply must not reset it.
      spec: {
        selector: { matchLabels: selector },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: '25%' } },
        template: {
          metadata: { labels: selector },
          spec: {
            serviceAccountName: serviceAccountName(workload),
            nodeSelector: {
              'kubernetes.io/arch': 'arm64',
              'karpenter.sh/nodepool': NODE_POOL_NAME,
            },
            topologySpreadConstraints: [
              {
                maxSkew: 1,
                topologyKey: 'topology.kubernetes.io/zone',
                whenUnsatisfiable: 'ScheduleAnyway',
                labelSelector: { matchLabels: selector },
              },
            ],
            securityContext: {
              runAsNonRoot: true,
              runAsUser: 1000,
              runAsGroup: 1000,
              seccompProfile: { type: 'RuntimeDefault' },
            },
            // Long enough to stop accepting, drain in-flight batches and commit offsets.
            terminationGracePeriodSeconds: 45,
            containers: [container(workload, inputs)],
            volumes: [{ name: 'tmp', emptyDir: { sizeLimit: '256Mi' } }],
          },
        },
      },
    }),
  );
}

export function workloadServiceAccount(workload: WorkloadName): KubernetesObject {
  return json(
    new ServiceAccount({
      metadata: {
        name: serviceAccountName(workload),
        namespace: NAMESPACE,
        labels: labels(workload),
      },
    }),
  );
}

/** ClusterIP service: the TargetGroupBinding registers its endpoints in the CDK target group. */
export function workloadService(workload: ServedWorkload): KubernetesObject {
  return json(
    new Service({
      metadata: { name: `beaus-${workload}`, namespace: NAMESPACE, labels: labels(workload) },
      spec: {
        selector: labels(workload),
        ports: [{ name: 'http', port: SERVICE_PORTS[workload], targetPort: 'http' }],
      },
    }),
  );
}

/** Served by the AWS Load Balancer Controller (installed by deploy.yml, registers targets only). */
export function targetGroupBinding(
  workload: ServedWorkload,
  targetGroupArn: string,
): KubernetesObject {
  return {
    apiVersion: 'elbv2.k8s.aws/v1beta1',
    kind: 'TargetGroupBinding',
    metadata: { name: `beaus-${workload}`, namespace: NAMESPACE },
    spec: {
      targetGroupARN: targetGroupArn,
      targetType: 'ip',
      serviceRef: { name: `beaus-${workload}`, port: SERVICE_PORTS[workload] },
    },
  };
}

export function disruptionBudget(workload: WorkloadName): KubernetesObject {
  return json(
    new PodDisruptionBudget({
      metadata: { name: `beaus-${workload}`, namespace: NAMESPACE },
      spec: { maxUnavailable: 1, selector: { matchLabels: labels(workload) } },
    }),
  );
}

/** CPU-driven scaling for the request/response services (BFF, ingest gateway). */
export function cpuAutoscaler(workload: WorkloadName, inputs: ManifestInputs): KubernetesObject {
  const sizing = inputs.stageProps.workloads[workload];
  return json(
    new HorizontalPodAutoscaler({
      metadata: { name: `beaus-${workload}`, namespace: NAMESPACE },
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: `beaus-${workload}` },
        minReplicas: sizing.minReplicas,
        maxReplicas: sizing.maxReplicas,
        metrics: [
          {
            type: 'Resource',
            resource: {
              name: 'cpu',
              target: { type: 'Utilization', averageUtilization: sizing.targetCpuPercent },
            },
          },
        ],
        behavior: { scaleDown: { stabilizationWindowSeconds: 300 } },
      },
    }),
  );
}
