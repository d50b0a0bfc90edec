import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CloudFrontClient } from '@aws-sdk/client-cloudfront';
import { S3Client } from '@aws-sdk/client-s3';
import { APP_NAMES, isStageName } from '../src/config/stage-props.ts';
import { stackOutput, type CdkOutputsFile } from '../src/deploy/stack-outputs.ts';
import { publishApps } from '../src/deploy/publish-apps.ts';

/**
 * Upload the four built apps to their buckets and invalidate CloudFront:
 *   node bin/publish-apps.ts --stage prod --outputs cdk-outputs.json --dist ../dist \
 *     --release "$GITHUB_SHA-$GITHUB_RUN_ATTEMPT"
 * Credentials come from the environment (the OIDC role in GitHub Actions).
 */
const { values } = parseArgs({
  options: {
    stage: { type: 'string' },
    outputs: { type: 'string', default: 'cdk-outputs.json' },
    dist: { type: 'string', default: '../dist' },
    release: { type: 'string' },
  },
});
const stage = values.stage ?? '';
if (!isStageName(stage) || !values.release) {
  console.error('usage: --stage dev|prod --release ID [--outputs FILE] [--dist DIR]');
  process.exit(2);
}
const outputs = JSON.parse(readFileSync(values.outputs, 'utf8')) as CdkOutputsFile;
const region = process.env['AWS_REGION'] ?? 'us-east-1';
const result = await publishApps({
  s3: new S3Client({ region }),
  cloudFront: new CloudFrontClient({ region }),
  distributionId: stackOutput(outputs, stage, 'Edge', 'DistributionId'),
  releaseId: values.release,
  uploads: APP_NAMES.map((app) => ({
    app,
    bucket: stackOutput(outputs, stage, 'Edge', `${app}BucketName`),
    buildDir: join(values.dist ?? '../dist', app, 'browser'),
  })),
});
console.log(`Uploaded ${result.uploaded} files; invalidation ${result.invalidationId}`);
