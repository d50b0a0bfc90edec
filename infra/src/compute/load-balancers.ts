import { Duration, Tags } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { Construct } from 'constructs';
import type { StageProps } from '../config/stage-props.ts';
import { createLogBucket } from '../shared/private-bucket.ts';

export interface WorkloadLoadBalancersProps {
  readonly vpc: ec2.IVpc;
  readonly privateSubnets: ec2.SubnetSelection;
  readonly stageProps: StageProps;
}

/**
 * Container ports and health paths as the backend serves them: the BFF on PORT (default 8080)
 * with GET /api/health; the gateway on INGEST_PORT (default 8090, backend/src/ingest/
 * ingest-config.ts) with GET /ingest/health. The manifests and Dockerfile use the same numbers.
 */
export const BFF_PORT = 8080;
export const INGEST_PORT = 8090;
export const BFF_HEALTH_PATH = '/api/health';
export const INGEST_HEALTH_PATH = '/ingest/health';
/** Tag the Karpenter NodeClass selects so nodes admit load-balancer traffic. */
export const WORKLOAD_INGRESS_TAG = 'beaus:workload-ingress';

/**
 * The load balancers are owned here (not created by an Ingress) so CloudFront can name the ALB
 * as a VPC origin at synth time; pods join the target groups through TargetGroupBinding.
 */
export class WorkloadLoadBalancers extends Construct {
  readonly alb: elbv2.ApplicationLoadBalancer;
  readonly bffTargets: elbv2.ApplicationTargetGroup;
  readonly nlb: elbv2.NetworkLoadBalancer;
  readonly ingestTargets: elbv2.NetworkTargetGroup;
  /** Attached to EKS nodes: admits the ALB and NLB on the workload ports only. */
  readonly workloadIngress: ec2.SecurityGroup;

  constructor(scope: Construct, id: string, props: WorkloadLoadBalancersProps) {
    super(scope, id);
    const { vpc, stageProps } = props;
    const domain = stageProps.edge.customDomain;
    const logs = createLogBucket(this, 'AccessLogs', stageProps.stage === 'prod');

    const albSg = new ec2.SecurityGroup(this, 'AlbSecurityGroup', {
      vpc,
      description: 'BFF ALB: CloudFront VPC origin only',
      allowAllOutbound: false,
    });
    const cloudFront = ec2.Peer.prefixList(stageProps.edge.cloudFrontPrefixListId);
    albSg.addIngressRule(cloudFront, ec2.Port.tcp(domain ? 443 : 80), 'CloudFront');
    this.alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', {
      vpc,
      vpcSubnets: props.privateSubnets,
      internetFacing: false,
      securityGroup: albSg,
      dropInvalidHeaderFields: true,
    });
    this.alb.logAccessLogs(logs, 'alb');
    this.bffTargets = new elbv2.ApplicationTargetGroup(this, 'BffTargets', {
      vpc,
      port: BFF_PORT,
      protocol: elbv2.ApplicationProtocol.HTTP,
      targetType: elbv2.TargetType.IP,
      healthCheck: {
        path: BFF_HEALTH_PATH,
        interval: Duration.seconds(10),
        healthyThresholdCount: 2,
      },
      deregistrationDelay: Duration.seconds(20),
    });
    this.alb.addListener('Listener', {
      ...(domain
        ? {
            protocol: elbv2.ApplicationProtocol.HTTPS,
            certificates: [elbv2.ListenerCertificate.fromArn(domain.originCertificateArn)],
            sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS,
          }
        : { protocol: elbv2.ApplicationProtocol.HTTP }),
      open: false,
      defaultTargetGroups: [this.bffTargets],
    });

    const nlbSg = new ec2.SecurityGroup(this, 'NlbSecurityGroup', {
      vpc,
      description: 'Roadside ingest NLB: roadside networks only',
      allowAllOutbound: false,
    });
    for (const cidr of stageProps.cluster.roadsideCidrs) {
      nlbSg.addIngressRule(ec2.Peer.ipv4(cidr), ec2.Port.tcp(443), 'Roadside network');
    }
    this.nlb = new elbv2.NetworkLoadBalancer(this, 'Nlb', {
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
      internetFacing: true,
      securityGroups: [nlbSg],
      crossZoneEnabled: true,
    });
    this.nlb.logAccessLogs(logs, 'nlb');
    this.ingestTargets = new elbv2.NetworkTargetGroup(this, 'IngestTargets', {
      vpc,
      port: INGEST_PORT,
      protocol: elbv2.Protocol.TCP,
      targetType: elbv2.TargetType.IP,
      healthCheck: { protocol: elbv2.Protocol.HTTP, path: INGEST_HEALTH_PATH },
      deregistrationDelay: Duration.seconds(30),
    });
    this.nlb.addListener('Listener', {
      port: 443,
      ...(domain
        ? {
            protocol: elbv2.Protocol.TLS,
            certificates: [elbv2.ListenerCertificate.fromArn(domain.ingestCertificateArn)],
            sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS,
          }
        : { protocol: elbv2.Protocol.TCP }),
      defaultTargetGroups: [this.ingestTargets],
    });

    this.workloadIngress = new ec2.SecurityGroup(this, 'WorkloadIngress', {
      vpc,
      description: 'EKS nodes: traffic from the BFF ALB and the ingest NLB',
    });
    this.workloadIngress.addIngressRule(albSg, ec2.Port.tcp(BFF_PORT), 'ALB to BFF pods');
    this.workloadIngress.addIngressRule(nlbSg, ec2.Port.tcp(INGEST_PORT), 'NLB to ingest pods');
    albSg.addEgressRule(this.workloadIngress, ec2.Port.tcp(BFF_PORT), 'To BFF pods');
    nlbSg.addEgressRule(this.workloadIngress, ec2.Port.tcp(INGEST_PORT), 'To ingest pods');
    Tags.of(this.workloadIngress).add(WORKLOAD_INGRESS_TAG, stageProps.stage);
  }
}
