import { RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { NetworkProps } from '../config/stage-props.ts';

export interface NetworkStackProps extends StackProps {
  readonly network: NetworkProps;
}

/**
 * Interface endpoints private workloads need when there is no NAT: image pulls (ECR), Pod
 * Identity credentials (EKS Auth, STS), logs, secrets, and what EKS Auto Mode nodes call
 * (EC2, EKS, ELB).
 */
const INTERFACE_ENDPOINTS: Readonly<Record<string, ec2.InterfaceVpcEndpointAwsService>> = {
  EcrApi: ec2.InterfaceVpcEndpointAwsService.ECR,
  EcrDocker: ec2.InterfaceVpcEndpointAwsService.ECR_DOCKER,
  Sts: ec2.InterfaceVpcEndpointAwsService.STS,
  Logs: ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS,
  Monitoring: ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_MONITORING,
  SecretsManager: ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
  Kms: ec2.InterfaceVpcEndpointAwsService.KMS,
  Ec2: ec2.InterfaceVpcEndpointAwsService.EC2,
  Eks: ec2.InterfaceVpcEndpointAwsService.EKS,
  EksAuth: ec2.InterfaceVpcEndpointAwsService.EKS_AUTH,
  ElasticLoadBalancing: ec2.InterfaceVpcEndpointAwsService.ELASTIC_LOAD_BALANCING,
};

/** VPC over 2–3 zones: public subnets for load balancers, private subnets for everything else. */
export class NetworkStack extends Stack {
  readonly vpc: ec2.Vpc;

  constructor(scope: Construct, id: string, props: NetworkStackProps) {
    super(scope, id, props);
    const { network } = props;

    this.vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr(network.cidr),
      availabilityZones: [...network.availabilityZones],
      natGateways: network.natGateways,
      restrictDefaultSecurityGroup: false,
      subnetConfiguration: [
        { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
        {
          name: 'private',
          subnetType:
            network.natGateways > 0
              ? ec2.SubnetType.PRIVATE_WITH_EGRESS
              : ec2.SubnetType.PRIVATE_ISOLATED,
          cidrMask: 20,
        },
      ],
      flowLogs: {
        rejected: {
          destination: ec2.FlowLogDestination.toCloudWatchLogs(
            new logs.LogGroup(this, 'FlowLogs', {
              retention: logs.RetentionDays.ONE_MONTH,
              removalPolicy: RemovalPolicy.DESTROY,
            }),
          ),
          trafficType: ec2.FlowLogTrafficType.REJECT,
        },
      },
    });

    this.vpc.addGatewayEndpoint('S3', { service: ec2.GatewayVpcEndpointAwsService.S3 });
    const endpointSubnets = this.vpc.selectSubnets({
      subnetGroupName: 'private',
      availabilityZones: network.availabilityZones.slice(0, network.endpointZoneCount),
    });
    for (const [name, service] of Object.entries(INTERFACE_ENDPOINTS)) {
      const endpoint = this.vpc.addInterfaceEndpoint(name, {
        service,
        subnets: endpointSubnets,
        open: false,
      });
      // The literal CIDR (not the VPC's token) keeps the rule readable to cdk-nag EC23.
      endpoint.connections.allowFrom(ec2.Peer.ipv4(network.cidr), ec2.Port.tcp(443), 'VPC');
    }
  }

  /** Subnets for databases, brokers, nodes and internal load balancers. */
  get privateSubnets(): ec2.SubnetSelection {
    return { subnetGroupName: 'private' };
  }
}
