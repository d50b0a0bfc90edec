import { Match } from 'aws-cdk-lib/assertions';
import { templatesFor } from './support/synth-stage.ts';

describe('identity stack', () => {
  const prod = templatesFor('prod').identity;

  it('has a group per role', () => {
    for (const group of ['customer', 'agent', 'supervisor', 'admin']) {
      prod.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: group });
    }
  });

  it('enforces a strong password policy and threat protection in prod', () => {
    prod.hasResourceProperties('AWS::Cognito::UserPool', {
      Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 12, RequireSymbols: true }) },
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
    });
  });
});

describe('delivery stack', () => {
  const prod = templatesFor('prod').delivery;

  it('trusts GitHub OIDC only for this repository and environment', () => {
    prod.hasResourceProperties('AWS::IAM::OIDCProvider', {
      Url: 'https://token.actions.githubusercontent.com',
    });
    prod.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [
          Match.objectLike({
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: {
              StringEquals: {
                'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
                'token.actions.githubusercontent.com:sub':
                  'repo:beaus-tolling/beaus-tolling:environment:prod',
              },
            },
          }),
        ],
      },
    });
  });

  it('scans every image on push and refuses tag overwrites', () => {
    prod.resourceCountIs('AWS::ECR::Repository', 3);
    prod.hasResourceProperties('AWS::ECR::Repository', {
      ImageScanningConfiguration: { ScanOnPush: true },
      ImageTagMutability: 'IMMUTABLE',
    });
  });

  it('limits the app deploy role to one Kubernetes namespace', () => {
    prod.hasResourceProperties('AWS::EKS::AccessEntry', {
      AccessPolicies: [
        Match.objectLike({ AccessScope: { Type: 'namespace', Namespaces: ['beaus'] } }),
      ],
    });
  });
});

describe('observability stack', () => {
  const prod = templatesFor('prod').observability;

  it('alarms on ingest errors, consumer lag, database, cache and 5xx', () => {
    for (const metricName of [
      'IngestRejectedTrips',
      'SumOffsetLag',
      'CPUUtilization',
      'FreeStorageSpace',
      'EngineCPUUtilization',
      'HTTPCode_Target_5XX_Count',
      '5xxErrorRate',
    ]) {
      prod.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: metricName,
        AlarmActions: [Match.anyValue()],
      });
    }
    prod.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });
});
