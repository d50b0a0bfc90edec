import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudFrontClient, CreateInvalidationCommand } from '@aws-sdk/client-cloudfront';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { cacheControlFor, contentTypeFor, IMMUTABLE, REVALIDATE } from '../src/deploy/app-files.ts';
import { publishApps } from '../src/deploy/publish-apps.ts';
import { stackOutput } from '../src/deploy/stack-outputs.ts';

const s3 = mockClient(S3Client);
const cloudFront = mockClient(CloudFrontClient);

function fakeBuild(root: string, app: string): string {
  const dir = join(root, app, 'browser');
  mkdirSync(join(dir, 'media'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<app-root></app-root>');
  writeFileSync(join(dir, 'main-ABCDEF12.js'), 'console.log(1)');
  writeFileSync(join(dir, 'styles-1234ABCD.css'), 'body{}');
  writeFileSync(join(dir, 'media', 'logo-9F8E7D6C.svg'), '<svg/>');
  writeFileSync(join(dir, 'favicon.ico'), 'x');
  return dir;
}

describe('publishApps', () => {
  let root: string;

  beforeEach(() => {
    s3.reset();
    cloudFront.reset();
    s3.on(PutObjectCommand).resolves({});
    cloudFront.on(CreateInvalidationCommand).resolves({ Invalidation: { Id: 'I123' } as never });
    root = mkdtempSync(join(tmpdir(), 'beaus-publish-'));
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  async function publish(): Promise<Awaited<ReturnType<typeof publishApps>>> {
    return publishApps({
      s3: new S3Client({ region: 'us-east-1' }),
      cloudFront: new CloudFrontClient({ region: 'us-east-1' }),
      distributionId: 'E2EXAMPLE',
      releaseId: 'abc123-1',
      uploads: [
        { app: 'agent', bucket: 'agent-bucket', buildDir: fakeBuild(root, 'agent') },
        { app: 'admin', bucket: 'admin-bucket', buildDir: fakeBuild(root, 'admin') },
      ],
    });
  }

  it('uploads every file under the app prefix with caching by kind', async () => {
    const result = await publish();
    expect(result).toEqual({ uploaded: 10, invalidationId: 'I123' });
    const puts = s3.commandCalls(PutObjectCommand).map((call) => call.args[0].input);
    expect(puts).toContainEqual(
      expect.objectContaining({
        Bucket: 'agent-bucket',
        Key: 'agent/main-ABCDEF12.js',
        CacheControl: IMMUTABLE,
        ContentType: 'text/javascript; charset=utf-8',
      }),
    );
    expect(puts).toContainEqual(
      expect.objectContaining({
        Key: 'agent/index.html',
        CacheControl: REVALIDATE,
        ContentType: 'text/html; charset=utf-8',
      }),
    );
    expect(puts).toContainEqual(expect.objectContaining({ Key: 'admin/media/logo-9F8E7D6C.svg' }));
  });

  it('uploads index.html after the bundles it names', async () => {
    await publish();
    const agentKeys = s3
      .commandCalls(PutObjectCommand)
      .map((call) => call.args[0].input.Key!)
      .filter((key) => key.startsWith('agent/'));
    expect(agentKeys.at(-1)).toBe('agent/index.html');
  });

  it('invalidates each app path once, idempotently per release', async () => {
    await publish();
    const [call] = cloudFront.commandCalls(CreateInvalidationCommand);
    expect(call!.args[0].input).toEqual({
      DistributionId: 'E2EXAMPLE',
      InvalidationBatch: {
        CallerReference: 'beaus-abc123-1',
        Paths: { Quantity: 2, Items: ['/agent/*', '/admin/*'] },
      },
    });
  });

  it('does not invalidate when an upload fails', async () => {
    s3.on(PutObjectCommand).rejects(new Error('AccessDenied'));
    await expect(publish()).rejects.toThrow('AccessDenied');
    expect(cloudFront.commandCalls(CreateInvalidationCommand)).toHaveLength(0);
  });
});

describe('app file rules', () => {
  it('treats only hashed names as immutable', () => {
    expect(cacheControlFor('chunk-ZX81ABCD.js')).toBe(IMMUTABLE);
    expect(cacheControlFor('index.html')).toBe(REVALIDATE);
    expect(cacheControlFor('favicon.ico')).toBe(REVALIDATE);
    expect(contentTypeFor('app.webmanifest')).toBe('application/manifest+json');
  });

  it('names the missing stack output', () => {
    expect(() => stackOutput({}, 'dev', 'Edge', 'DistributionId')).toThrow(
      'Output DistributionId of Beaus-dev-Edge is missing',
    );
  });
});
