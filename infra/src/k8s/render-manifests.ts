import { stringify } from 'yaml';
import { WORKLOAD_NAMES } from '../config/stage-props.ts';
import type { KubernetesObject, ManifestInputs } from './manifest-inputs.ts';
import { gravitonNodePool, workloadNamespace, workloadNodeClass } from './platform-manifests.ts';
import { kafkaTriggerAuthentication, streamScaledObject } from './stream-autoscaling.ts';
import {
  cpuAutoscaler,
  disruptionBudget,
  runtimeConfig,
  targetGroupBinding,
  workloadDeployment,
  workloadService,
  workloadServiceAccount,
} from './workload-manifests.ts';

export interface RenderedManifests {
  /** Cluster-scoped objects, applied by the infra deploy role. */
  readonly platform: KubernetesObject[];
  /** Objects in the `beaus` namespace, applied by the app deploy role. */
  readonly workloads: KubernetesObject[];
}

export function renderManifests(inputs: ManifestInputs): RenderedManifests {
  const platform = [workloadNamespace(), workloadNodeClass(inputs), gravitonNodePool(inputs)];
  const workloads: KubernetesObject[] = [runtimeConfig(inputs), kafkaTriggerAuthentication()];
  for (const workload of WORKLOAD_NAMES) {
    workloads.push(
      workloadServiceAccount(workload),
      workloadDeployment(workload, inputs),
      disruptionBudget(workload),
    );
  }
  workloads.push(
    workloadService('bff'),
    workloadService('ingest'),
    targetGroupBinding('bff', inputs.bffTargetGroupArn),
    targetGroupBinding('ingest', inputs.ingestTargetGroupArn),
    cpuAutoscaler('bff', inputs),
    cpuAutoscaler('ingest', inputs),
    streamScaledObject(inputs),
  );
  return { platform, workloads };
}

/** Multi-document YAML, as `kubectl apply -f` takes it. */
export function toYaml(objects: readonly KubernetesObject[]): string {
  return objects.map((object) => stringify(object, { lineWidth: 0 })).join('---\n');
}
