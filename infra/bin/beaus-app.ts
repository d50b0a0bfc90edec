import { createBeausApp } from '../src/app/create-app.ts';
import { isStageName, STAGE_NAMES, type StageName } from '../src/config/stage-props.ts';

/**
 * CDK entry point. `-c stage=dev|prod` synthesises one stage (default: every stage);
 * `-c account=123456789012` replaces the placeholder account; `-c nag=false` skips cdk-nag.
 * Needs no AWS credentials: no context lookups, no Docker assets.
 */
const stageContext = process.env['BEAUS_STAGE'] ?? readContext('stage');
const stages: readonly StageName[] =
  stageContext === undefined ? STAGE_NAMES : [parseStage(stageContext)];

const { app } = createBeausApp({
  stages,
  overrides: { account: readContext('account') },
  nag: readContext('nag') !== 'false',
});
app.synth();

function readContext(key: string): string | undefined {
  const context = JSON.parse(process.env['CDK_CONTEXT_JSON'] ?? '{}') as Record<string, unknown>;
  const value = context[key];
  return typeof value === 'string' ? value : undefined;
}

function parseStage(value: string): StageName {
  if (!isStageName(value))
    throw new Error(`Unknown stage "${value}": use ${STAGE_NAMES.join('|')}`);
  return value;
}
