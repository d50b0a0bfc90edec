import { Match } from 'aws-cdk-lib/assertions';
import { kafkaGrants } from './support/kafka-grants.ts';
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

  describe.each(['dev', 'prod'] as const)('Kafka access on MSK IAM (%s)', (stage) => {
    const compute = templatesFor(stage).compute;
    const producer = ['Connect', 'DescribeCluster', 'WriteDataIdempotently'];

    it('lets the ingest gateway append to trips.raw and nothing else', () => {
      expect(kafkaGrants(compute, 'ingestRole')).toEqual({
        cluster: producer,
        // The topic the backend appends to (backend/src/ingest/ingest-plugin.ts RAW_TRIPS_TOPIC).
        'topic:trips.raw': ['DescribeTopic', 'WriteData'],
      });
    });

    it('lets the processors create the trip topics, read trips.raw in their group and write outcomes', () => {
      const outcome = ['CreateTopic', 'DescribeTopic', 'WriteData'];
      expect(kafkaGrants(compute, 'streamRole')).toEqual({
        cluster: producer,
        'topic:trips.raw': ['CreateTopic', 'DescribeTopic', 'ReadData'],
        'topic:trips.posted': outcome,
        'topic:trips.review': outcome,
        'topic:trips.dead-letter': outcome,
        'group:stream-processor.trips.raw': ['AlterGroup', 'DescribeGroup'],
      });
    });

    it('lets the BFF only see the brokers and the trip topics (its health check)', () => {
      const described = ['DescribeTopic'];
      expect(kafkaGrants(compute, 'bffRole')).toEqual({
        cluster: ['Connect', 'DescribeCluster'],
        'topic:trips.raw': described,
        'topic:trips.posted': described,
        'topic:trips.review': described,
        'topic:trips.dead-letter': described,
      });
    });
  });
});
