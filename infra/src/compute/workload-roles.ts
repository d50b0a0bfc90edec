import { Stack } from 'aws-cdk-lib';
import * as eks from 'aws-cdk-lib/aws-eks';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { bucketName, objectsArn } from '../config/resource-names.ts';
import type { StageProps, WorkloadName } from '../config/stage-props.ts';
import type { DataStack } from '../data/data-stack.ts';
import { acknowledge } from '../shared/acknowledge.ts';

export interface WorkloadRolesProps {
  readonly stageProps: StageProps;
  readonly clusterName: string;
  readonly namespace: string;
  readonly data: DataStack;
}

/**
 * Topic and consumer-group names as the backend uses them (backend/src/stream/outcome-records.ts,
 * processor-loop.ts): the gateway appends to trips.raw; the processors read it and append their
 * outcomes. The Kafka adapter names a group's consumer `<group>.<topic>`.
 */
export const TRIPS_TOPIC = 'trips.raw';
export const TRIP_OUTCOME_TOPICS = ['trips.posted', 'trips.review', 'trips.dead-letter'];
/** Consumer group whose lag drives processor scaling: posting to the ledger. */
export const POSTING_CONSUMER_GROUP = `stream-processor.${TRIPS_TOPIC}`;
/** Consumer groups of the stream processors (one group; projections run in the same loop). */
export const STREAM_CONSUMER_GROUPS = [POSTING_CONSUMER_GROUP];

/** Kubernetes service account name of each workload (also used by the manifests). */
export function serviceAccountName(workload: WorkloadName): string {
  return `beaus-${workload}`;
}

/**
 * One IAM role per service, bound to its Kubernetes service account through EKS Pod Identity:
 * the gateway may only write trips, processors only read them, the BFF never touches Kafka.
 * Grants are written on the roles (not via `grantRead`), so the stateful data stack never
 * references these stateless roles: no cross-stack cycle, and compute can be replaced freely.
 */
export class WorkloadRoles extends Construct {
  readonly roles: Readonly<Record<WorkloadName, iam.Role>>;

  constructor(scope: Construct, id: string, props: WorkloadRolesProps) {
    super(scope, id);
    const { data, stageProps } = props;
    const eventLog = data.eventLog;
    const clusterArn = eventLog.cluster.attrArn;
    const evidence = bucketName(stageProps, 'evidence');
    const exportsBucket = bucketName(stageProps, 'exports');

    const ingest = this.podRole('ingest', props);
    ingest.addToPolicy(kafkaConnect(clusterArn));
    // CreateTopic: the backend's Kafka adapter creates a missing topic on first use.
    const writeTopic = ['kafka-cluster:WriteData', 'kafka-cluster:CreateTopic'];
    ingest.addToPolicy(kafkaTopics(writeTopic, [TRIPS_TOPIC], eventLog));
    this.allowObjects(ingest, ['s3:PutObject'], evidence, 'roadside evidence images by key');

    const stream = this.podRole('stream', props);
    stream.addToPolicy(kafkaConnect(clusterArn));
    const readTopic = ['kafka-cluster:ReadData', 'kafka-cluster:CreateTopic'];
    stream.addToPolicy(kafkaTopics(readTopic, [TRIPS_TOPIC], eventLog));
    stream.addToPolicy(kafkaTopics(writeTopic, TRIP_OUTCOME_TOPICS, eventLog));
    stream.addToPolicy(
      new iam.PolicyStatement({
        actions: ['kafka-cluster:AlterGroup', 'kafka-cluster:DescribeGroup'],
        resources: STREAM_CONSUMER_GROUPS.map((group) => eventLog.groupArn(group)),
      }),
    );
    this.allowObjects(stream, ['s3:GetObject'], evidence, 'evidence images of trips it posts');

    const bff = this.podRole('bff', props);
    this.allowObjects(bff, ['s3:GetObject'], evidence, 'presigned evidence photos');
    this.allowObjects(bff, ['s3:GetObject', 's3:PutObject'], exportsBucket, 'report exports');

    const secretArns = [data.cache.authToken.secretArn];
    if (data.database.instance.secret) secretArns.push(data.database.instance.secret.secretArn);
    for (const role of [stream, bff]) {
      role.addToPolicy(
        new iam.PolicyStatement({
          actions: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
          resources: secretArns,
        }),
      );
    }
    for (const role of [ingest, stream, bff]) role.addToPolicy(dataKeyUse(data));
    this.roles = { ingest, stream, bff };
  }

  private podRole(workload: WorkloadName, props: WorkloadRolesProps): iam.Role {
    const role = new iam.Role(this, `${workload}Role`, {
      // Pod Identity assumes the role with session tags (sts:AssumeRole + sts:TagSession).
      assumedBy: new iam.SessionTagsPrincipal(new iam.ServicePrincipal('pods.eks.amazonaws.com')),
      description: `Pod Identity role of the ${workload} workload`,
    });
    new eks.CfnPodIdentityAssociation(this, `${workload}PodIdentity`, {
      clusterName: props.clusterName,
      namespace: props.namespace,
      serviceAccount: serviceAccountName(workload),
      roleArn: role.roleArn,
    });
    return role;
  }

  /** Object-level S3 access: keys are per trip, so the resource is necessarily `bucket/*`. */
  private allowObjects(role: iam.Role, actions: string[], bucket: string, what: string): void {
    const arn = objectsArn(Stack.of(this).partition, bucket);
    role.addToPolicy(new iam.PolicyStatement({ actions, resources: [arn] }));
    acknowledge(
      role,
      `AwsSolutions-IAM5[Resource::${objectsArn('<AWS::Partition>', bucket)}]`,
      `Object keys are per trip/export; scoped to ${what} in one bucket.`,
    );
  }
}

/** Decrypt/encrypt with the data key, only through S3 and Secrets Manager. */
function dataKeyUse(data: DataStack): iam.PolicyStatement {
  const stack = Stack.of(data);
  return new iam.PolicyStatement({
    actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
    resources: [data.encryptionKey.keyArn],
    conditions: {
      StringEquals: {
        'kms:ViaService': [
          `s3.${stack.region}.amazonaws.com`,
          `secretsmanager.${stack.region}.amazonaws.com`,
        ],
      },
    },
  });
}

function kafkaConnect(clusterArn: string): iam.PolicyStatement {
  return new iam.PolicyStatement({
    actions: [
      'kafka-cluster:Connect',
      'kafka-cluster:DescribeCluster',
      'kafka-cluster:WriteDataIdempotently',
    ],
    resources: [clusterArn],
  });
}

function kafkaTopics(
  actions: string[],
  topics: string[],
  eventLog: DataStack['eventLog'],
): iam.PolicyStatement {
  return new iam.PolicyStatement({
    actions: [...actions, 'kafka-cluster:DescribeTopic'],
    resources: topics.map((topic) => eventLog.topicArn(topic)),
  });
}
