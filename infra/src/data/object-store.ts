import { Duration } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { ObjectStoreProps } from '../config/stage-props.ts';
import { createLogBucket, createPrivateBucket } from '../shared/private-bucket.ts';

export interface ObjectStoreBucketsProps {
  readonly encryptionKey: IKey;
  readonly sizing: ObjectStoreProps;
  readonly retain: boolean;
  readonly evidenceBucketName: string;
  readonly exportsBucketName: string;
}

/** Evidence images (plate photos) and report exports: PII, so KMS-encrypted and versioned. */
export class ObjectStoreBuckets extends Construct {
  readonly evidence: s3.Bucket;
  readonly exports: s3.Bucket;
  readonly accessLogs: s3.Bucket;

  constructor(scope: Construct, id: string, props: ObjectStoreBucketsProps) {
    super(scope, id);
    const { sizing } = props;
    this.accessLogs = createLogBucket(this, 'AccessLogs', props.retain);

    this.evidence = createPrivateBucket(this, 'Evidence', {
      bucketName: props.evidenceBucketName,
      accessLogs: this.accessLogs,
      accessLogsPrefix: 'evidence/',
      encryptionKey: props.encryptionKey,
      versioned: true,
      retain: props.retain,
      lifecycleRules: [
        {
          id: 'evidence-retention',
          transitions: [
            {
              storageClass: s3.StorageClass.INFREQUENT_ACCESS,
              transitionAfter: Duration.days(sizing.evidenceInfrequentAccessAfterDays),
            },
            {
              // Instant retrieval: a dispute months later still shows the photo at once.
              storageClass: s3.StorageClass.GLACIER_INSTANT_RETRIEVAL,
              transitionAfter: Duration.days(sizing.evidenceGlacierAfterDays),
            },
          ],
          expiration: Duration.days(sizing.evidenceRetentionDays),
          noncurrentVersionExpiration: Duration.days(30),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
    });

    this.exports = createPrivateBucket(this, 'Exports', {
      bucketName: props.exportsBucketName,
      accessLogs: this.accessLogs,
      accessLogsPrefix: 'exports/',
      encryptionKey: props.encryptionKey,
      versioned: true,
      retain: props.retain,
      lifecycleRules: [
        {
          id: 'exports-expiry',
          expiration: Duration.days(sizing.exportsRetentionDays),
          noncurrentVersionExpiration: Duration.days(1),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
    });
  }
}
