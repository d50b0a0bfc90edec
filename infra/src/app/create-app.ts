import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { StageName, StageProps } from '../config/stage-props.ts';
import { getStageProps, type StageOverrides } from '../config/stages.ts';
import { addBeausStage, type BeausStacks } from './beaus-stage.ts';

export interface CreateAppOptions {
  readonly stages: readonly StageName[];
  readonly overrides?: StageOverrides;
  /** Run the cdk-nag AwsSolutions pack at synth: an unacknowledged finding fails synth. */
  readonly nag: boolean;
  readonly outdir?: string;
}

export function createBeausApp(options: CreateAppOptions): {
  app: App;
  stages: Partial<Record<StageName, BeausStacks>>;
} {
  const stageProps = options.stages.map((stage) => getStageProps(stage, options.overrides));
  const app = new App({ outdir: options.outdir, context: offlineContext(stageProps) });
  const stages: Partial<Record<StageName, BeausStacks>> = {};
  for (const props of stageProps) stages[props.stage] = addBeausStage(app, props);
  if (options.nag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stages };
}

/**
 * Context that would otherwise need AWS calls at synth: the zones come from the stage config, so
 * `cdk synth` runs with no credentials. Cross-stack references stay CloudFormation exports.
 */
function offlineContext(stages: readonly StageProps[]): Record<string, unknown> {
  const context: Record<string, unknown> = {
    '@aws-cdk/core:defaultCrossStackReferences': 'strong',
  };
  for (const { env, network } of stages) {
    context[`availability-zones:account=${env.account}:region=${env.region}`] = [
      ...network.availabilityZones,
    ];
  }
  return context;
}
