import { Match } from 'aws-cdk-lib/assertions';
import { templatesFor } from './support/synth-stage.ts';

describe('network stack', () => {
  const dev = templatesFor('dev').network;
  const prod = templatesFor('prod').network;

  it('has no NAT gateway in dev and one in prod', () => {
    dev.resourceCountIs('AWS::EC2::NatGateway', 0);
    prod.resourceCountIs('AWS::EC2::NatGateway', 1);
  });

  it('reaches S3, ECR, STS and CloudWatch Logs through VPC endpoints', () => {
    dev.hasResourceProperties('AWS::EC2::VPCEndpoint', {
      VpcEndpointType: 'Gateway',
      ServiceName: Match.objectLike({ 'Fn::Join': Match.anyValue() }),
    });
    for (const service of ['ecr.api', 'ecr.dkr', 'sts', 'logs']) {
      dev.hasResourceProperties('AWS::EC2::VPCEndpoint', {
        VpcEndpointType: 'Interface',
        ServiceName: `com.amazonaws.us-east-1.${service}`,
        PrivateDnsEnabled: true,
      });
    }
  });

  it('spans three zones in prod and two in dev', () => {
    prod.resourceCountIs('AWS::EC2::Subnet', 6);
    dev.resourceCountIs('AWS::EC2::Subnet', 4);
  });
});

describe('compute stack', () => {
  const prod = templatesFor('prod').compute;

  it('runs EKS in Auto Mode with encrypted secrets and full control-plane logs', () => {
    prod.hasResourceProperties('AWS::EKS::Cluster', {
      Name: 'beaus-prod',
      ComputeConfig: Match.objectLike({ Enabled: true, NodePools: ['system'] }),
      EncryptionConfig: [Match.objectLike({ Resources: ['secrets'] })],
      Logging: Match.objectLike({
        ClusterLogging: { EnabledTypes: Match.arrayWith([{ Type: 'audit' }]) },
      }),
    });
  });

  it('binds one Pod Identity role per workload', () => {
    for (const serviceAccount of ['beaus-bff', 'beaus-ingest', 'beaus-stream']) {
      prod.hasResourceProperties('AWS::EKS::PodIdentityAssociation', {
        Namespace: 'beaus',
        ServiceAccount: serviceAccount,
      });
    }
  });

  it('puts the BFF behind an internal ALB and ingest behind an internet NLB', () => {
    prod.hasResourceProperties('AWS::ElasticLoadBalancingV2::LoadBalancer', {
      Type: 'application',
      Scheme: 'internal',
    });
    prod.hasResourceProperties('AWS::ElasticLoadBalancingV2::LoadBalancer', {
      Type: 'network',
      Scheme: 'internet-facing',
    });
    prod.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
      Protocol: 'TLS',
      Port: 443,
    });
    prod.hasResourceProperties('AWS::ElasticLoadBalancingV2::TargetGroup', {
      TargetType: 'ip',
      Port: 8080,
      HealthCheckPath: '/api/health',
    });
    // The gateway listens on INGEST_PORT (8090) and answers health on /ingest/health.
    prod.hasResourceProperties('AWS::ElasticLoadBalancingV2::TargetGroup', {
      TargetType: 'ip',
      Protocol: 'TCP',
      Port: 8090,
      HealthCheckPath: '/ingest/health',
    });
  });

  it('lets the ingest gateway write trips but not read them', () => {
    const policies = prod.findResources('AWS::IAM::Policy');
    const ingest = Object.entries(policies).find(([id]) => id.includes('ingestRole'));
    const actions = JSON.stringify(ingest?.[1].Properties.PolicyDocument);
    expect(actions).toContain('kafka-cluster:WriteData');
    expect(actions).not.toContain('kafka-cluster:ReadData');
    // The topic the backend appends to (backend/src/ingest/ingest-plugin.ts RAW_TRIPS_TOPIC).
    expect(actions).toContain('/trips.raw"');
  });

  it('lets the processors read trips.raw, write their outcome topics and use their group', () => {
    const policies = prod.findResources('AWS::IAM::Policy');
    const stream = Object.entries(policies).find(([id]) => id.includes('streamRole'));
    const document = JSON.stringify(stream?.[1].Properties.PolicyDocument);
    for (const topic of ['trips.raw', 'trips.posted', 'trips.review', 'trips.dead-letter']) {
      expect(document).toContain(`/${topic}"`);
    }
    expect(document).toContain('/stream-processor.trips.raw"');
  });
});
