import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as eks from 'aws-cdk-lib/aws-eks';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { bucketName, objectsArn } from '../config/resource-names.ts';
import {
  APP_NAMES,
  WORKLOAD_NAMES,
  type StageProps,
  type WorkloadName,
} from '../config/stage-props.ts';
import { acknowledge } from '../shared/acknowledge.ts';

export interface DeliveryStackProps extends StackProps {
  readonly stageProps: StageProps;
  readonly distribution: cloudfront.IDistribution;
  readonly clusterName: string;
  readonly workloadNamespace: string;
  /** MSK cluster: the infra job reads its bootstrap brokers for the manifests. */
  readonly eventLogClusterArn: string;
  /** Database and cache credentials the infra job turns into the Kubernetes connections secret. */
  readonly connectionSecretArns: readonly string[];
  /** KMS key that encrypts those secrets. */
  readonly connectionSecretsKeyArn: string;
}

const GITHUB_OIDC_HOST = 'token.actions.githubusercontent.com';
/** Qualifier of the default `cdk bootstrap`; its roles do the CloudFormation work. */
const CDK_QUALIFIER = 'hnb659fds';

/**
 * GitHub Actions federation and image registries. Two roles, both only for this repository's
 * GitHub environment: `infra-deploy` may assume the CDK bootstrap roles and apply cluster-scoped
 * platform manifests; `app-deploy` may push images, upload the apps, invalidate CloudFront and
 * edit one Kubernetes namespace.
 */
export class DeliveryStack extends Stack {
  readonly repositories: Readonly<Record<WorkloadName, ecr.Repository>>;
  readonly appDeployRole: iam.Role;
  readonly infraDeployRole: iam.Role;

  constructor(scope: Construct, id: string, props: DeliveryStackProps) {
    super(scope, id, props);
    const { stageProps } = props;
    const { githubRepository, githubEnvironment } = stageProps.delivery;

    const provider = new iam.OidcProviderNative(this, 'GitHubOidc', {
      url: `https://${GITHUB_OIDC_HOST}`,
      clientIds: ['sts.amazonaws.com'],
    });
    const githubPrincipal = new iam.WebIdentityPrincipal(provider.oidcProviderArn, {
      StringEquals: {
        [`${GITHUB_OIDC_HOST}:aud`]: 'sts.amazonaws.com',
        [`${GITHUB_OIDC_HOST}:sub`]: `repo:${githubRepository}:environment:${githubEnvironment}`,
      },
    });

    const repositories = {} as Record<WorkloadName, ecr.Repository>;
    for (const workload of WORKLOAD_NAMES) {
      repositories[workload] = new ecr.Repository(this, `${workload}Repository`, {
        repositoryName: `beaus-${stageProps.stage}/${workload}`,
        imageScanOnPush: true,
        imageTagMutability: ecr.TagMutability.IMMUTABLE,
        encryption: ecr.RepositoryEncryption.AES_256,
        lifecycleRules: [{ maxImageCount: 50, description: 'Keep the last 50 images' }],
        removalPolicy: RemovalPolicy.RETAIN,
      });
    }
    this.repositories = repositories;

    this.infraDeployRole = new iam.Role(this, 'InfraDeployRole', {
      assumedBy: githubPrincipal,
      description: 'GitHub Actions: cdk deploy through the CDK bootstrap roles',
      maxSessionDuration: Duration.hours(1),
    });
    const bootstrapRoles = ['deploy', 'file-publishing', 'image-publishing', 'lookup'].map(
      (kind) =>
        `arn:${this.partition}:iam::${this.account}:role/cdk-${CDK_QUALIFIER}-${kind}-role-${this.account}-${this.region}`,
    );
    this.infraDeployRole.addToPolicy(
      new iam.PolicyStatement({ actions: ['sts:AssumeRole'], resources: bootstrapRoles }),
    );

    this.appDeployRole = new iam.Role(this, 'AppDeployRole', {
      assumedBy: githubPrincipal,
      description: 'GitHub Actions: images, app uploads, CloudFront invalidation, kubectl',
      maxSessionDuration: Duration.hours(1),
    });
    for (const repository of Object.values(repositories)) {
      repository.grantPullPush(this.appDeployRole);
    }
    acknowledge(
      this.appDeployRole,
      'AwsSolutions-IAM5[Resource::*]',
      'ecr:GetAuthorizationToken supports no resource-level permission.',
    );
    for (const app of APP_NAMES) this.allowAppUpload(bucketName(stageProps, `app-${app}`));
    props.distribution.grantCreateInvalidation(this.appDeployRole);
    this.appDeployRole.addToPolicy(
      new iam.PolicyStatement({
        actions: ['eks:DescribeCluster'],
        resources: [
          `arn:${this.partition}:eks:${this.region}:${this.account}:cluster/${props.clusterName}`,
        ],
      }),
    );
    new eks.CfnAccessEntry(this, 'AppDeployAccess', {
      clusterName: props.clusterName,
      principalArn: this.appDeployRole.roleArn,
      type: 'STANDARD',
      accessPolicies: [
        {
          policyArn: `arn:${this.partition}:eks::aws:cluster-access-policy/AmazonEKSEditPolicy`,
          accessScope: { type: 'namespace', namespaces: [props.workloadNamespace] },
        },
      ],
    });

    // Platform objects (NodePool, NodeClass, KEDA) are cluster-scoped: only the infra role, gated
    // by the GitHub environment's required reviewers, may apply them.
    new eks.CfnAccessEntry(this, 'InfraDeployAccess', {
      clusterName: props.clusterName,
      principalArn: this.infraDeployRole.roleArn,
      type: 'STANDARD',
      accessPolicies: [
        {
          policyArn: `arn:${this.partition}:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy`,
          accessScope: { type: 'cluster' },
        },
      ],
    });
    this.infraDeployRole.addToPolicy(
      new iam.PolicyStatement({
        actions: ['kafka:GetBootstrapBrokers'],
        resources: [props.eventLogClusterArn],
      }),
    );
    this.infraDeployRole.addToPolicy(
      new iam.PolicyStatement({
        actions: ['secretsmanager:GetSecretValue'],
        resources: [...props.connectionSecretArns],
      }),
    );
    this.infraDeployRole.addToPolicy(
      new iam.PolicyStatement({
        actions: ['kms:Decrypt'],
        resources: [props.connectionSecretsKeyArn],
        conditions: {
          StringEquals: { 'kms:ViaService': `secretsmanager.${this.region}.amazonaws.com` },
        },
      }),
    );
    this.infraDeployRole.addToPolicy(
      new iam.PolicyStatement({
        actions: ['eks:DescribeCluster'],
        resources: [
          `arn:${this.partition}:eks:${this.region}:${this.account}:cluster/${props.clusterName}`,
        ],
      }),
    );

    new CfnOutput(this, 'ClusterName', { value: props.clusterName });
    new CfnOutput(this, 'AppDeployRoleArn', { value: this.appDeployRole.roleArn });
    new CfnOutput(this, 'InfraDeployRoleArn', { value: this.infraDeployRole.roleArn });
    for (const workload of WORKLOAD_NAMES) {
      new CfnOutput(this, `${workload}RepositoryUri`, {
        value: repositories[workload].repositoryUri,
      });
    }
  }

  /** `s3 sync --delete` of one app: list the bucket, put and delete its objects. */
  private allowAppUpload(bucket: string): void {
    this.appDeployRole.addToPolicy(
      new iam.PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [`arn:${this.partition}:s3:::${bucket}`],
      }),
    );
    this.appDeployRole.addToPolicy(
      new iam.PolicyStatement({
        actions: ['s3:PutObject', 's3:DeleteObject', 's3:GetObject'],
        resources: [objectsArn(this.partition, bucket)],
      }),
    );
    acknowledge(
      this.appDeployRole,
      `AwsSolutions-IAM5[Resource::${objectsArn('<AWS::Partition>', bucket)}]`,
      'A release replaces every file of the app, so all objects of its own bucket.',
    );
  }
}
