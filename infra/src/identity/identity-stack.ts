import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';
import type { StageProps } from '../config/stage-props.ts';

export interface IdentityStackProps extends StackProps {
  readonly stageProps: StageProps;
}

/** Role groups the BFF reads from the `cognito:groups` claim (BRIEF §3). */
export const ROLE_GROUPS = ['customer', 'agent', 'supervisor', 'admin'] as const;

/** Cognito user pool for drivers and staff; the apps use Amplify, the BFF verifies the JWTs. */
export class IdentityStack extends Stack {
  readonly userPool: cognito.UserPool;
  readonly appClient: cognito.UserPoolClient;

  constructor(scope: Construct, id: string, props: IdentityStackProps) {
    super(scope, id, props);
    const { stageProps } = props;
    const threatProtection = stageProps.identity.threatProtection;

    this.userPool = new cognito.UserPool(this, 'UserPool', {
      // Drivers sign themselves up; staff accounts are created by admins into staff groups.
      selfSignUpEnabled: true,
      signInAliases: { email: true },
      autoVerify: { email: true },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireDigits: true,
        requireLowercase: true,
        requireUppercase: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      featurePlan: threatProtection ? cognito.FeaturePlan.PLUS : cognito.FeaturePlan.ESSENTIALS,
      ...(threatProtection && {
        standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      }),
      deletionProtection: stageProps.stage === 'prod',
      removalPolicy: stageProps.stage === 'prod' ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    ROLE_GROUPS.forEach((group, precedence) => {
      new cognito.CfnUserPoolGroup(this, `${group}Group`, {
        userPoolId: this.userPool.userPoolId,
        groupName: group,
        // Lower precedence wins when a user is in several groups: admin over customer.
        precedence: ROLE_GROUPS.length - precedence,
        description: `Beaus ${group} role`,
      });
    });

    this.appClient = this.userPool.addClient('AppsClient', {
      generateSecret: false,
      authFlows: { userSrp: true },
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.minutes(30),
      idTokenValidity: Duration.minutes(30),
      refreshTokenValidity: Duration.days(1),
      enableTokenRevocation: true,
    });

    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.appClient.userPoolClientId });
  }
}
