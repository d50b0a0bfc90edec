import { getStageProps, type StageOverrides } from '../config/stages.ts';
import { WORKLOAD_NAMES, type StageName, type WorkloadName } from '../config/stage-props.ts';
import { stackOutput, type CdkOutputsFile } from '../deploy/stack-outputs.ts';
import type { ManifestInputs } from './manifest-inputs.ts';

export interface DeployFacts {
  readonly stage: StageName;
  readonly imageTag: string;
  /** From `aws kafka get-bootstrap-brokers` (BootstrapBrokerStringSaslIam). */
  readonly kafkaBootstrapBrokers: string;
  readonly overrides?: StageOverrides;
}

/** Manifest inputs from the CDK outputs file plus what only the deploy knows. */
export function inputsFromOutputs(outputs: CdkOutputsFile, facts: DeployFacts): ManifestInputs {
  const { stage } = facts;
  const read = (stack: Parameters<typeof stackOutput>[2], key: string): string =>
    stackOutput(outputs, stage, stack, key);
  const imageUris = Object.fromEntries(
    WORKLOAD_NAMES.map((workload) => [
      workload,
      `${read('Delivery', `${workload}RepositoryUri`)}:${facts.imageTag}`,
    ]),
  ) as Record<WorkloadName, string>;
  return {
    stageProps: getStageProps(stage, facts.overrides),
    imageUris,
    clusterName: read('Compute', 'ClusterName'),
    nodeRoleName: read('Compute', 'NodeRoleName'),
    bffTargetGroupArn: read('Compute', 'BffTargetGroupArn'),
    ingestTargetGroupArn: read('Compute', 'IngestTargetGroupArn'),
    kafkaBootstrapBrokers: facts.kafkaBootstrapBrokers,
    userPoolId: read('Identity', 'UserPoolId'),
    userPoolClientId: read('Identity', 'UserPoolClientId'),
  };
}
