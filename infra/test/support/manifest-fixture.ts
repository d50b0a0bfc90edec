import { getStageProps } from '../../src/config/stages.ts';
import type { StageName } from '../../src/config/stage-props.ts';
import type { ManifestInputs } from '../../src/k8s/manifest-inputs.ts';

/** Deployed-stage values as a deploy would pass them (shapes real, values made up). */
export function manifestInputs(stage: StageName): ManifestInputs {
  const account = stage === 'prod' ? '222222222222' : '111111111111';
  const registry = `${account}.dkr.ecr.us-east-1.amazonaws.com/beaus-${stage}`;
  const targetGroup = (name: string): string =>
    `arn:aws:elasticloadbalancing:us-east-1:${account}:targetgroup/${name}/0123456789abcdef`;
  return {
    stageProps: getStageProps(stage),
    imageUris: {
      bff: `${registry}/bff:0a1b2c3`,
      ingest: `${registry}/ingest:0a1b2c3`,
      stream: `${registry}/stream:0a1b2c3`,
    },
    clusterName: `beaus-${stage}`,
    nodeRoleName: `Beaus-${stage}-Compute-ClusternodePoolRole-ABC`,
    bffTargetGroupArn: targetGroup('bff'),
    ingestTargetGroupArn: targetGroup('ingest'),
    kafkaBootstrapBrokers:
      'b-1.events.kafka.us-east-1.amazonaws.com:9098,b-2.events.kafka.us-east-1.amazonaws.com:9098',
    userPoolId: 'us-east-1_AbC123',
    userPoolClientId: 'abc123def456',
  };
}
