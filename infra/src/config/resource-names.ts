import type { AppName, StageProps } from './stage-props.ts';

/**
 * Physical names that other stacks, IAM policies and the deploy scripts derive without a
 * cross-stack reference. S3 names are global, hence the account in them.
 */
export function bucketName(
  stageProps: StageProps,
  purpose: 'evidence' | 'exports' | `app-${AppName}`,
): string {
  return `beaus-${stageProps.stage}-${stageProps.env.account}-${purpose}`;
}

export function databaseInstanceId(stageProps: StageProps): string {
  return `beaus-${stageProps.stage}`;
}

export function eventLogClusterName(stageProps: StageProps): string {
  return `beaus-${stageProps.stage}-events`;
}

export function clusterName(stageProps: StageProps): string {
  return `beaus-${stageProps.stage}`;
}

/** ARN of every object in a bucket, with the partition as CloudFormation renders it. */
export function objectsArn(partition: string, name: string): string {
  return `arn:${partition}:s3:::${name}/*`;
}
