import { Template } from 'aws-cdk-lib/assertions';
import type { Stack } from 'aws-cdk-lib';
import type { BeausStacks } from '../../src/app/beaus-stage.ts';
import { createBeausApp } from '../../src/app/create-app.ts';
import type { StageName } from '../../src/config/stage-props.ts';

export type StageTemplates = Readonly<Record<keyof BeausStacks, Template>>;

const cache = new Map<StageName, StageTemplates>();

/** Synthesise a stage once per test file (module scope) and hand out its templates. */
export function templatesFor(stage: StageName): StageTemplates {
  const cached = cache.get(stage);
  if (cached) return cached;
  const { stages } = createBeausApp({ stages: [stage], nag: false });
  const stacks = stages[stage];
  if (!stacks) throw new Error(`Stage ${stage} was not built`);
  const templates = Object.fromEntries(
    Object.entries(stacks).map(([name, stack]) => [name, Template.fromStack(stack as Stack)]),
  ) as Record<keyof BeausStacks, Template>;
  cache.set(stage, templates);
  return templates;
}
