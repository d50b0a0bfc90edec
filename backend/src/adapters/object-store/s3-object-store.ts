import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { probeHealth } from '../health-status.ts';
import { assertValidKey, type ObjectStore } from './object-store.ts';

export interface S3Settings {
  bucket: string;
  region: string | null;
  /** A non-AWS S3 API (s3rver, LocalStack); path-style addressing is used with it. */
  endpoint: string | null;
}

/** The object store on S3. Credentials come from the default AWS chain (IRSA on EKS). */
export function createS3ObjectStore(settings: S3Settings, client?: S3Client): ObjectStore {
  const s3 =
    client ??
    new S3Client({
      ...(settings.region ? { region: settings.region } : {}),
      ...(settings.endpoint ? { endpoint: settings.endpoint, forcePathStyle: true } : {}),
    });
  const Bucket = settings.bucket;

  return {
    kind: 's3',
    async put(key, body, options) {
      assertValidKey(key);
      const ContentType = options?.contentType ?? 'application/octet-stream';
      await s3.send(new PutObjectCommand({ Bucket, Key: key, Body: body, ContentType }));
    },
    async get(key) {
      assertValidKey(key);
      try {
        const result = await s3.send(new GetObjectCommand({ Bucket, Key: key }));
        const bytes = (await result.Body?.transformToByteArray()) ?? new Uint8Array();
        return {
          body: Buffer.from(bytes),
          contentType: result.ContentType ?? 'application/octet-stream',
        };
      } catch (error) {
        if (error instanceof NoSuchKey) return null;
        throw error;
      }
    },
    async exists(key) {
      assertValidKey(key);
      try {
        await s3.send(new HeadObjectCommand({ Bucket, Key: key }));
        return true;
      } catch (error) {
        if (error instanceof NotFound) return false;
        throw error;
      }
    },
    async delete(key) {
      assertValidKey(key);
      await s3.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
    async list(prefix) {
      const keys: string[] = [];
      let ContinuationToken: string | undefined;
      do {
        const page = await s3.send(
          new ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken }),
        );
        for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key);
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
      return keys.sort();
    },
    health: () => probeHealth('s3', () => s3.send(new HeadBucketCommand({ Bucket }))),
    close: async () => s3.destroy(),
  };
}
