import type { StageName } from '../config/stage-props.ts';

/** The JSON `cdk deploy --outputs-file` writes: stack name → output key → value. */
export type CdkOutputsFile = Readonly<Record<string, Readonly<Record<string, string>>>>;

export type StackKind = 'Compute' | 'Delivery' | 'Edge' | 'Identity';

/** Read one output of a stage's stack, failing loudly when a deploy step is out of order. */
export function stackOutput(
  outputs: CdkOutputsFile,
  stage: StageName,
  stack: StackKind,
  key: string,
): string {
  const stackName = `Beaus-${stage}-${stack}`;
  const value = outputs[stackName]?.[key];
  if (!value) throw new Error(`Output ${key} of ${stackName} is missing: deploy the stacks first`);
  return value;
}
