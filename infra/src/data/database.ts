import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import { Construct } from 'constructs';
import type { DatabaseProps } from '../config/stage-props.ts';

export interface TransactionalDatabaseProps {
  readonly vpc: ec2.IVpc;
  readonly subnets: ec2.SubnetSelection;
  readonly clients: ec2.ISecurityGroup;
  readonly encryptionKey: IKey;
  readonly sizing: DatabaseProps;
  readonly instanceIdentifier: string;
}

/** PostgreSQL on Graviton: accounts, ledger, trips, invoices. */
export class TransactionalDatabase extends Construct {
  readonly instance: rds.DatabaseInstance;

  constructor(scope: Construct, id: string, props: TransactionalDatabaseProps) {
    super(scope, id);
    const { sizing } = props;
    const engine = rds.DatabaseInstanceEngine.postgres({
      version: rds.PostgresEngineVersion.VER_17_9,
    });
    const parameterGroup = new rds.ParameterGroup(this, 'Parameters', {
      engine,
      parameters: { 'rds.force_ssl': '1', log_min_duration_statement: '500' },
    });

    // Log groups made here (not via `cloudwatchLogsRetention`, which deploys a Lambda).
    for (const log of ['postgresql', 'upgrade']) {
      new logs.LogGroup(this, `${log}Logs`, {
        logGroupName: `/aws/rds/instance/${props.instanceIdentifier}/${log}`,
        retention: logs.RetentionDays.ONE_MONTH,
        removalPolicy: RemovalPolicy.DESTROY,
      });
    }
    this.instance = new rds.DatabaseInstance(this, 'Instance', {
      instanceIdentifier: props.instanceIdentifier,
      engine,
      parameterGroup,
      instanceType: new ec2.InstanceType(sizing.instanceType),
      vpc: props.vpc,
      vpcSubnets: props.subnets,
      multiAz: sizing.multiAz,
      allocatedStorage: sizing.allocatedStorageGiB,
      maxAllocatedStorage: sizing.maxAllocatedStorageGiB,
      storageType: rds.StorageType.GP3,
      storageEncrypted: true,
      storageEncryptionKey: props.encryptionKey,
      credentials: rds.Credentials.fromGeneratedSecret('beaus', {
        encryptionKey: props.encryptionKey,
      }),
      databaseName: 'beaus',
      iamAuthentication: true,
      backupRetention: Duration.days(sizing.backupRetentionDays),
      deleteAutomatedBackups: false,
      deletionProtection: sizing.deletionProtection,
      removalPolicy: sizing.deletionProtection ? RemovalPolicy.SNAPSHOT : RemovalPolicy.DESTROY,
      enablePerformanceInsights: true,
      performanceInsightEncryptionKey: props.encryptionKey,
      monitoringInterval: Duration.seconds(60),
      cloudwatchLogsExports: ['postgresql', 'upgrade'],
      autoMinorVersionUpgrade: true,
      publiclyAccessible: false,
    });
    this.instance.connections.allowDefaultPortFrom(props.clients, 'EKS workloads');
    this.instance.addRotationSingleUser({ automaticallyAfter: Duration.days(30) });
  }
}
