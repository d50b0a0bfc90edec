import { App, Stack, Validations } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { createBeausApp } from '../src/app/create-app.ts';
import { STAGE_NAMES } from '../src/config/stage-props.ts';

/** Every acknowledgement in the app: rule id, construct path and reason. */
function acknowledgements(app: App): { id: string; path: string; reason: string }[] {
  return app.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          id,
          path: construct.node.path,
          reason,
        })),
      ),
  );
}

describe('cdk-nag AwsSolutions', () => {
  const { app } = createBeausApp({ stages: STAGE_NAMES, nag: true });

  it('finds no unacknowledged error or warning in any stage', () => {
    // Validation plugins run inside synth and throw ValidationFailed on any open finding.
    expect(() => app.synth({ force: true })).not.toThrow();
  });

  it('gives every acknowledgement a one-line reason', () => {
    const found = acknowledgements(app);
    expect(found.length).toBeGreaterThan(0);
    for (const { id, path, reason } of found) {
      expect({ id, path, reason: reason.trim().length > 20 && !reason.includes('\n') }).toEqual({
        id,
        path,
        reason: true,
      });
    }
  });
});

describe('cdk-nag wiring', () => {
  it('fails synth on an unacknowledged finding', () => {
    const app = new App();
    new Bucket(new Stack(app, 'Probe'), 'OpenBucket');
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(() => app.synth()).toThrow(/AwsSolutions-S10/);
  });
});
