import { Match } from 'aws-cdk-lib/assertions';
import { templatesFor } from './support/synth-stage.ts';

describe('data stack', () => {
  const dev = templatesFor('dev').data;
  const prod = templatesFor('prod').data;

  it('encrypts the database with the data key, on Graviton, with backups and Insights', () => {
    prod.hasResourceProperties('AWS::RDS::DBInstance', {
      Engine: 'postgres',
      DBInstanceClass: 'db.m7g.large',
      StorageEncrypted: true,
      KmsKeyId: Match.anyValue(),
      MultiAZ: true,
      BackupRetentionPeriod: 14,
      DeletionProtection: true,
      EnablePerformanceInsights: true,
      PubliclyAccessible: false,
    });
  });

  it('runs a single-AZ Graviton database in dev', () => {
    dev.hasResourceProperties('AWS::RDS::DBInstance', {
      DBInstanceClass: 'db.t4g.micro',
      MultiAZ: false,
      StorageEncrypted: true,
    });
  });

  it('forces TLS to Postgres', () => {
    prod.hasResourceProperties('AWS::RDS::DBParameterGroup', {
      Parameters: Match.objectLike({ 'rds.force_ssl': '1' }),
    });
  });

  it('encrypts the cache at rest and in transit, with failover in prod', () => {
    prod.hasResourceProperties('AWS::ElastiCache::ReplicationGroup', {
      AtRestEncryptionEnabled: true,
      TransitEncryptionEnabled: true,
      AutomaticFailoverEnabled: true,
      MultiAZEnabled: true,
      CacheNodeType: 'cache.m7g.large',
    });
  });

  it('replicates the event log three ways with min in-sync 2 on Graviton brokers in prod', () => {
    prod.hasResourceProperties('AWS::MSK::Cluster', {
      NumberOfBrokerNodes: 3,
      BrokerNodeGroupInfo: Match.objectLike({ InstanceType: 'kafka.m7g.large' }),
      EncryptionInfo: {
        EncryptionAtRest: { DataVolumeKMSKeyId: Match.anyValue() },
        EncryptionInTransit: { ClientBroker: 'TLS', InCluster: true },
      },
      ClientAuthentication: { Sasl: { Iam: { Enabled: true } } },
    });
    prod.hasResourceProperties('AWS::MSK::Configuration', {
      ServerProperties: Match.stringLikeRegexp(
        'default\\.replication\\.factor=3[\\s\\S]*min\\.insync\\.replicas=2',
      ),
    });
    prod.hasResourceProperties('AWS::MSK::Configuration', {
      ServerProperties: Match.stringLikeRegexp('unclean\\.leader\\.election\\.enable=false'),
    });
  });

  it('keeps evidence encrypted, versioned, private, and moves it to cheaper classes', () => {
    prod.hasResourceProperties('AWS::S3::Bucket', {
      BucketName: 'beaus-prod-222222222222-evidence',
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          Match.objectLike({
            ServerSideEncryptionByDefault: Match.objectLike({ SSEAlgorithm: 'aws:kms' }),
          }),
        ],
      },
      VersioningConfiguration: { Status: 'Enabled' },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      LifecycleConfiguration: {
        Rules: [
          Match.objectLike({
            ExpirationInDays: 2557,
            Transitions: [
              { StorageClass: 'STANDARD_IA', TransitionInDays: 30 },
              { StorageClass: 'GLACIER_IR', TransitionInDays: 90 },
            ],
          }),
        ],
      },
    });
  });

  it('blocks public access on every bucket and denies plain HTTP', () => {
    for (const template of [dev, prod]) {
      const buckets = template.findResources('AWS::S3::Bucket');
      for (const bucket of Object.values(buckets)) {
        expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        });
      }
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      });
    }
  });
});
