import type { StageProps, WorkloadName } from '../config/stage-props.ts';

/**
 * What the manifests need from a deployed stage. `bin/render-manifests.ts` reads these from
 * the CDK outputs file and the deploy step; tests pass fixed values.
 */
export interface ManifestInputs {
  readonly stageProps: StageProps;
  readonly imageUris: Readonly<Record<WorkloadName, string>>;
  readonly clusterName: string;
  readonly nodeRoleName: string;
  readonly bffTargetGroupArn: string;
  readonly ingestTargetGroupArn: string;
  /** Comma-separated host:port list of the MSK IAM (9098) bootstrap brokers. */
  readonly kafkaBootstrapBrokers: string;
  readonly userPoolId: string;
  readonly userPoolClientId: string;
}

/** A Kubernetes object as plain data, ready to serialise. */
export type KubernetesObject = { apiVersion: string; kind: string } & Record<string, unknown>;

export const NAMESPACE = 'beaus';
/** Secret the deploy script writes from Secrets Manager: DATABASE_URL and REDIS_URL. */
export const CONNECTIONS_SECRET = 'beaus-connections';
