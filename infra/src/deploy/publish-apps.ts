import { readFileSync } from 'node:fs';
import { CreateInvalidationCommand, type CloudFrontClient } from '@aws-sdk/client-cloudfront';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { AppName } from '../config/stage-props.ts';
import { listAppFiles } from './app-files.ts';

export interface AppUpload {
  readonly app: AppName;
  readonly bucket: string;
  /** Angular output folder of the app, e.g. `dist/agent/browser`. */
  readonly buildDir: string;
}

export interface PublishOptions {
  readonly s3: S3Client;
  readonly cloudFront: CloudFrontClient;
  readonly distributionId: string;
  readonly uploads: readonly AppUpload[];
  /** Unique per release (e.g. the commit SHA + run id), so a retried job is idempotent. */
  readonly releaseId: string;
  /** Parallel uploads; small, as CI runners have few cores. */
  readonly concurrency?: number;
}

export interface PublishResult {
  readonly uploaded: number;
  readonly invalidationId: string;
}

/** Upload one app's files; previous hashed bundles stay so open sessions keep working. */
export async function uploadApp(s3: S3Client, upload: AppUpload, concurrency = 8): Promise<number> {
  const files = listAppFiles(upload.app, upload.buildDir);
  const indexFiles = files.filter((file) => file.key.endsWith('index.html'));
  const assets = files.filter((file) => !file.key.endsWith('index.html'));
  const put = async (file: (typeof files)[number]): Promise<void> => {
    await s3.send(
      new PutObjectCommand({
        Bucket: upload.bucket,
        Key: file.key,
        Body: readFileSync(file.path),
        ContentType: file.contentType,
        CacheControl: file.cacheControl,
      }),
    );
  };
  for (let start = 0; start < assets.length; start += concurrency) {
    await Promise.all(assets.slice(start, start + concurrency).map(put));
  }
  // Index files last, once every bundle they reference is in place.
  for (const file of indexFiles) await put(file);
  return files.length;
}

/** Upload every app, then one CloudFront invalidation of the apps' paths. */
export async function publishApps(options: PublishOptions): Promise<PublishResult> {
  let uploaded = 0;
  for (const upload of options.uploads) {
    uploaded += await uploadApp(options.s3, upload, options.concurrency);
  }
  const paths = options.uploads.map((upload) => `/${upload.app}/*`);
  const response = await options.cloudFront.send(
    new CreateInvalidationCommand({
      DistributionId: options.distributionId,
      InvalidationBatch: {
        CallerReference: `beaus-${options.releaseId}`,
        Paths: { Quantity: paths.length, Items: paths },
      },
    }),
  );
  const invalidationId = response.Invalidation?.Id;
  if (!invalidationId) throw new Error('CloudFront returned no invalidation id');
  return { uploaded, invalidationId };
}
