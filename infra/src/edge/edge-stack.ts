import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import type * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { APP_NAMES, type AppName, type StageProps } from '../config/stage-props.ts';
import { bucketName } from '../config/resource-names.ts';
import { createLogBucket, createPrivateBucket } from '../shared/private-bucket.ts';
import { createSecurityHeadersPolicy } from './security-headers.ts';
import { createEdgeFunction, rootRedirectCode, spaFallbackCode } from './spa-routing.ts';
import { createWebAcl } from './web-acl.ts';

export interface EdgeStackProps extends StackProps {
  readonly stageProps: StageProps;
  readonly bffLoadBalancer: elbv2.IApplicationLoadBalancer;
}

/** Drivers land on the customer app; staff use /agent/, /supervisor/, /admin/. */
const DEFAULT_APP: AppName = 'customer';

/**
 * CloudFront in front of one private bucket per app (Origin Access Control) and the BFF's
 * internal ALB (VPC origin), with WAF and a strict response-headers policy. Shield Standard
 * protects every distribution at no charge.
 */
export class EdgeStack extends Stack {
  readonly appBuckets: Readonly<Record<AppName, s3.Bucket>>;
  readonly distribution: cloudfront.Distribution;

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    super(scope, id, props);
    const { stageProps } = props;
    const domain = stageProps.edge.customDomain;
    const retain = stageProps.stage === 'prod';
    const logs = createLogBucket(this, 'EdgeLogs', retain);

    const headers = createSecurityHeadersPolicy(this, 'SecurityHeaders', {
      region: this.region,
      evidenceHost: `${bucketName(stageProps, 'evidence')}.s3.${this.region}.amazonaws.com`,
    });
    const appBuckets = {} as Record<AppName, s3.Bucket>;
    const appOrigins = {} as Record<AppName, cloudfront.IOrigin>;
    const appBehaviours: Record<string, cloudfront.BehaviorOptions> = {};
    for (const app of APP_NAMES) {
      // Build output is rebuilt on every deploy, so app buckets are never retained.
      appBuckets[app] = createPrivateBucket(this, `${app}App`, {
        bucketName: bucketName(stageProps, `app-${app}`),
        accessLogs: logs,
        accessLogsPrefix: `s3/${app}/`,
        retain: false,
      });
      appOrigins[app] = origins.S3BucketOrigin.withOriginAccessControl(appBuckets[app]);
      appBehaviours[`/${app}/*`] = {
        origin: appOrigins[app],
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        compress: true,
        functionAssociations: [
          {
            eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
            function: createEdgeFunction(this, `${app}SpaFallback`, spaFallbackCode(app)),
          },
        ],
      };
    }
    this.appBuckets = appBuckets;

    appBehaviours['/api/*'] = {
      origin: origins.VpcOrigin.withApplicationLoadBalancer(props.bffLoadBalancer, {
        protocolPolicy: domain
          ? cloudfront.OriginProtocolPolicy.HTTPS_ONLY
          : cloudfront.OriginProtocolPolicy.HTTP_ONLY,
        originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
        domainName: domain?.originDomainName,
      }),
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
      cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
      originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: headers,
    };

    const webAcl = createWebAcl(this, 'WebAcl', stageProps.edge);
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: `Beaus ${stageProps.stage} apps and API`,
      defaultBehavior: {
        origin: appOrigins[DEFAULT_APP],
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        functionAssociations: [
          {
            eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
            function: createEdgeFunction(this, 'RootRedirect', rootRedirectCode(DEFAULT_APP)),
          },
        ],
      },
      additionalBehaviors: appBehaviours,
      webAclId: webAcl.attrArn,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
      ...(domain && {
        domainNames: [domain.appDomainName],
        minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
        certificate: acm.Certificate.fromCertificateArn(
          this,
          'ViewerCertificate',
          domain.viewerCertificateArn,
        ),
      }),
    });

    new CfnOutput(this, 'DistributionId', { value: this.distribution.distributionId });
    new CfnOutput(this, 'DistributionDomainName', {
      value: this.distribution.distributionDomainName,
    });
    for (const app of APP_NAMES) {
      new CfnOutput(this, `${app}BucketName`, { value: appBuckets[app].bucketName });
    }
  }
}
