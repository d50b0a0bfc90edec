import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import type { StageProps } from '../config/stage-props.ts';
import type { ComputeStack } from '../compute/compute-stack.ts';
import { POSTING_CONSUMER_GROUP, TRIPS_TOPIC } from '../compute/workload-roles.ts';
import type { DataStack } from '../data/data-stack.ts';
import type { EdgeStack } from '../edge/edge-stack.ts';

export interface ObservabilityStackProps extends StackProps {
  readonly stageProps: StageProps;
  readonly data: DataStack;
  readonly compute: ComputeStack;
  readonly edge: EdgeStack;
}

/** Namespace of the application metrics the services publish (CloudWatch EMF via pino). */
export const APP_METRICS_NAMESPACE = 'Beaus';
const MINUTE = Duration.minutes(1);

/** Alarms on the signals that lose or delay money, and one dashboard for the on-call. */
export class ObservabilityStack extends Stack {
  readonly alarmTopic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: ObservabilityStackProps) {
    super(scope, id, props);
    const { stageProps, data, compute, edge } = props;
    const limits = stageProps.observability;

    this.alarmTopic = new sns.Topic(this, 'Alarms', {
      masterKey: new kms.Key(this, 'AlarmsKey', { enableKeyRotation: true }),
      enforceSSL: true,
    });
    if (limits.alarmEmail) {
      this.alarmTopic.addSubscription(new subscriptions.EmailSubscription(limits.alarmEmail));
    }

    const ingestErrors = new cloudwatch.Metric({
      namespace: APP_METRICS_NAMESPACE,
      metricName: 'IngestRejectedTrips',
      dimensionsMap: { Stage: stageProps.stage },
      statistic: 'Sum',
      period: MINUTE,
    });
    const consumerLag = new cloudwatch.Metric({
      namespace: 'AWS/Kafka',
      metricName: 'SumOffsetLag',
      dimensionsMap: {
        'Cluster Name': data.eventLog.clusterName,
        'Consumer Group': POSTING_CONSUMER_GROUP,
        Topic: TRIPS_TOPIC,
      },
      statistic: 'Maximum',
      period: MINUTE,
    });
    const db = data.database.instance;
    const cacheId = data.cache.replicationGroup.ref;
    const cacheMetric = (metricName: string): cloudwatch.Metric =>
      new cloudwatch.Metric({
        namespace: 'AWS/ElastiCache',
        metricName,
        dimensionsMap: { ReplicationGroupId: cacheId },
        statistic: 'Maximum',
        period: MINUTE,
      });
    const alb = compute.loadBalancers.alb;
    const bff5xx = alb.metrics.httpCodeTarget(elbv2.HttpCodeTarget.TARGET_5XX_COUNT, {
      period: MINUTE,
      statistic: 'Sum',
    });
    const edge5xx = edge.distribution.metric5xxErrorRate({ period: MINUTE });
    const ingestUnhealthy = compute.loadBalancers.ingestTargets.metrics.unHealthyHostCount({
      period: MINUTE,
    });

    this.alarm('IngestErrors', ingestErrors, limits.maxIngestErrorsPerMinute, 'Trips rejected');
    this.alarm('ConsumerLag', consumerLag, limits.maxConsumerLagRecords, 'Posting is behind');
    this.alarm('DatabaseCpu', db.metricCPUUtilization({ period: MINUTE }), 80, 'DB CPU');
    this.alarm('DatabaseStorage', db.metricFreeStorageSpace(), 5 * 1024 ** 3, 'DB storage', true);
    this.alarm('CacheCpu', cacheMetric('EngineCPUUtilization'), 80, 'Cache CPU');
    this.alarm('CacheMemory', cacheMetric('DatabaseMemoryUsagePercentage'), 85, 'Cache memory');
    this.alarm('Bff5xx', bff5xx, limits.max5xxPerMinute, 'BFF 5xx');
    this.alarm('Edge5xxRate', edge5xx, 5, 'CloudFront 5xx %');
    this.alarm('IngestUnhealthyTargets', ingestUnhealthy, 0, 'Ingest pods failing health');

    new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: `beaus-${stageProps.stage}`,
      widgets: [
        [
          graph('Ingest rejected trips / min', [ingestErrors]),
          graph('Posting consumer lag (records)', [consumerLag]),
          graph('5xx', [bff5xx, edge5xx]),
        ],
        [
          graph('Database', [db.metricCPUUtilization(), db.metricDatabaseConnections()]),
          graph('Cache', [cacheMetric('EngineCPUUtilization'), cacheMetric('CurrConnections')]),
          new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 8 }),
        ],
      ],
    });
  }

  private alarm(
    id: string,
    metric: cloudwatch.IMetric,
    threshold: number,
    description: string,
    below = false,
  ): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      metric,
      threshold,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      comparisonOperator: below
        ? cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD
        : cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    alarm.addAlarmAction(new actions.SnsAction(this.alarmTopic));
    this.alarms.push(alarm);
  }
}

function graph(title: string, metrics: cloudwatch.IMetric[]): cloudwatch.GraphWidget {
  return new cloudwatch.GraphWidget({ title, left: metrics, width: 8 });
}
