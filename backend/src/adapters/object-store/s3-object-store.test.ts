import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateBucketCommand,
  GetObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import S3rver from 's3rver';
import { describeObjectStoreContract } from './object-store.contract.ts';
import { createS3ObjectStore } from './s3-object-store.ts';

/**
 * The S3 store runs the shared contract against s3rver, a local implementation of the S3 API,
 * so the real SDK calls, paging and error mapping are exercised without AWS.
 */
let server: S3rver;
let folder: string;
let endpoint: string;
let bucketNumber = 0;

const client = () =>
  new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'beaus-s3rver-'));
  server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: folder });
  const address = (await server.run()) as AddressInfo;
  endpoint = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

describeObjectStoreContract('S3', async () => {
  const bucket = `beaus-test-${bucketNumber++}`;
  const s3 = client();
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  return createS3ObjectStore({ bucket, region: 'us-east-1', endpoint }, s3);
});

describe('S3 failures', () => {
  it('passes on errors other than a missing key instead of answering null', async () => {
    const s3 = new S3Client({ region: 'us-east-1' });
    const mock = mockClient(s3);
    mock.on(GetObjectCommand).rejects(
      new S3ServiceException({
        name: 'AccessDenied',
        message: 'Access Denied',
        $fault: 'client',
        $metadata: {},
      }),
    );
    const store = createS3ObjectStore({ bucket: 'b', region: 'us-east-1', endpoint: null }, s3);
    await expect(store.get('evidence/e.jpg')).rejects.toMatchObject({ name: 'AccessDenied' });
    mock.restore();
  });
});
