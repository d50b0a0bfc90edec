import { Stack } from 'aws-cdk-lib';
import * as eks from 'aws-cdk-lib/aws-eks';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { bucketName, objectsArn } from '../config/resource-names.ts';
import type { StageProps, WorkloadName } from '../config/stage-props.ts';
import { TRIP_TOPICS } from '../config/trip-topics.ts';
import type { DataStack } from '../data/data-stack.ts';
import { acknowledge } from '../shared/acknowledge.ts';

export interface WorkloadRolesProps {
  readonly stageProps: StageProps;
  readonly clusterName: string;
  readonly namespace: string;
  readonly data: DataStack;
}

/**
 * Consumer-group names as the backend uses them (backend/src/stream/processor-loop.ts): the
 * Kafka adapter names a group's consumer `<group>.<topic>`, and the processors' group is
 * `stream-processor`.
 */
export const TRIPS_TOPIC = TRIP_TOPICS.raw;
export const TRIP_OUTCOME_TOPICS = [TRIP_TOPICS.posted, TRIP_TOPICS.review, TRIP_TOPICS.deadLetter];
/** Consumer group whose lag drives processor scaling: posting to the ledger. */
export const POSTING_CONSUMER_GROUP = `stream-processor.${TRIPS_TOPIC}`;
/** Consumer groups of the stream processors (one group; projections run in the same loop). */
export const STREAM_CONSUMER_GROUPS = [POSTING_CONSUMER_GROUP];

/** Kubernetes service account name of each workload (also used by the manifests). */
export function serviceAccountName(workload: WorkloadName): string {
  return `beaus-${workload}`;
}

/**
 * One IAM role per service, bound to its Kubernetes service account through EKS Pod Identity.
 * On MSK (IAM auth) each Kafka call is an action on the cluster, a topic or a group ARN:
 * - ingest: appends to trips.raw only (idempotent producer);
 * - stream: reads trips.raw in its own group, appends its three outcome topics, and is the one
 *   service that creates the trip topics (at start, with the stage's layout);
 * - bff: connects and describes the trip topics (its health route lists them), nothing else.
 * The gateway still asks to create trips.raw at start; without CreateTopic that request is
 * refused and it appends once the stream processor has created the topic.
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
    const allTripTopics = Object.values(TRIP_TOPICS);

    const ingest = this.podRole('ingest', props);
    ingest.addToPolicy(kafkaConnect(clusterArn, { producer: true }));
    ingest.addToPolicy(kafkaTopics(['kafka-cluster:WriteData'], [TRIPS_TOPIC], eventLog));
    this.allowObjects(ingest, ['s3:PutObject'], evidence, 'roadside evidence images by key');

    const stream = this.podRole('stream', props);
    stream.addToPolicy(kafkaConnect(clusterArn, { producer: true }));
    stream.addToPolicy(kafkaTopics(['kafka-cluster:CreateTopic'], allTripTopics, eventLog));
    stream.addToPolicy(kafkaTopics(['kafka-cluster:ReadData'], [TRIPS_TOPIC], eventLog));
    stream.addToPolicy(kafkaTopics(['kafka-cluster:WriteData'], TRIP_OUTCOME_TOPICS, eventLog));
    stream.addToPolicy(
      new iam.PolicyStatement({
        actions: ['kafka-cluster:AlterGroup', 'kafka-cluster:DescribeGroup'],
        resources: STREAM_CONSUMER_GROUPS.map((group) => eventLog.groupArn(group)),
      }),
    );
    this.allowObjects(stream, ['s3:GetObject'], evidence, 'evidence images of trips it posts');

    const bff = this.podRole('bff', props);
    bff.addToPolicy(kafkaConnect(clusterArn, { producer: false }));
    bff.addToPolicy(kafkaTopics([], allTripTopics, eventLog));
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

/** Cluster-level actions; an idempotent producer also needs WriteDataIdempotently. */
function kafkaConnect(clusterArn: string, use: { producer: boolean }): iam.PolicyStatement {
  return new iam.PolicyStatement({
    actions: [
      'kafka-cluster:Connect',
      'kafka-cluster:DescribeCluster',
      ...(use.producer ? ['kafka-cluster:WriteDataIdempotently'] : []),
    ],
    resources: [clusterArn],
  });
}

/** `actions` plus DescribeTopic (every topic operation needs it) on exact topic ARNs. */
function kafkaTopics(
  actions: string[],
  topics: readonly string[],
  eventLog: DataStack['eventLog'],
): iam.PolicyStatement {
  return new iam.PolicyStatement({
    actions: [...actions, 'kafka-cluster:DescribeTopic'],
    resources: topics.map((topic) => eventLog.topicArn(topic)),
  });
}
