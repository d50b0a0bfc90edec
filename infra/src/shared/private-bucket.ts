import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

export interface PrivateBucketOptions {
  readonly bucketName?: string;
  /** Server access logs go here (cdk-nag S1); omit only for a log bucket itself. */
  readonly accessLogs?: s3.IBucket;
  readonly accessLogsPrefix?: string;
  /** A customer-managed key; S3-managed keys otherwise (CloudFront OAC reads those simply). */
  readonly encryptionKey?: IKey;
  readonly versioned?: boolean;
  readonly lifecycleRules?: s3.LifecycleRule[];
  readonly retain: boolean;
}

/** A bucket no one can make public: all public access blocked, TLS only, owner-enforced ACLs. */
export function createPrivateBucket(
  scope: Construct,
  id: string,
  options: PrivateBucketOptions,
): s3.Bucket {
  return new s3.Bucket(scope, id, {
    bucketName: options.bucketName,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    encryption: options.encryptionKey ? s3.BucketEncryption.KMS : s3.BucketEncryption.S3_MANAGED,
    encryptionKey: options.encryptionKey,
    bucketKeyEnabled: options.encryptionKey ? true : undefined,
    versioned: options.versioned ?? false,
    serverAccessLogsBucket: options.accessLogs,
    serverAccessLogsPrefix: options.accessLogsPrefix,
    lifecycleRules: options.lifecycleRules,
    removalPolicy: options.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    autoDeleteObjects: false,
  });
}

/**
 * A bucket for access logs (S3 server access logs, ALB/NLB, CloudFront standard logs).
 * CloudFront standard logging still writes with ACLs, hence `BUCKET_OWNER_PREFERRED`.
 */
export function createLogBucket(scope: Construct, id: string, retain: boolean): s3.Bucket {
  return new s3.Bucket(scope, id, {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
    encryption: s3.BucketEncryption.S3_MANAGED,
    lifecycleRules: [{ expiration: Duration.days(retain ? 400 : 30) }],
    removalPolicy: retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
  });
}
