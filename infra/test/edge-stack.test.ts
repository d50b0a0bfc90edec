import { Match } from 'aws-cdk-lib/assertions';
import { APP_NAMES } from '../src/config/stage-props.ts';
import { contentSecurityPolicy } from '../src/edge/security-headers.ts';
import { rootRedirectCode, spaFallbackCode } from '../src/edge/spa-routing.ts';
import { templatesFor } from './support/synth-stage.ts';

interface CloudFrontRequest {
  uri: string;
}

/** Run CloudFront Function code (plain ES5) against a viewer request. */
function runEdgeFunction(code: string, uri: string): unknown {
  const handler = new Function(`${code}; return handler;`)() as (event: unknown) => unknown;
  return handler({ request: { uri } });
}

describe('edge stack', () => {
  const dev = templatesFor('dev').edge;
  const prod = templatesFor('prod').edge;

  it('attaches the WAF web ACL to the distribution', () => {
    prod.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        WebACLId: { 'Fn::GetAtt': [Match.anyValue(), 'Arn'] },
      }),
    });
  });

  it('uses AWS managed common, known-bad-inputs, SQLi rules and rate limits', () => {
    const managed = ['AWSManagedRulesCommonRuleSet', 'AWSManagedRulesKnownBadInputsRuleSet'];
    prod.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'CLOUDFRONT',
      Rules: Match.arrayWith([
        ...[...managed, 'AWSManagedRulesSQLiRuleSet'].map((name) =>
          Match.objectLike({
            Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: name } },
          }),
        ),
      ]),
    });
    prod.hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: Match.arrayWith([
        Match.objectLike({
          Name: 'guest-rate-limit',
          Action: { Block: {} },
          Statement: {
            RateBasedStatement: Match.objectLike({
              Limit: 100,
              ScopeDownStatement: Match.anyValue(),
            }),
          },
        }),
        Match.objectLike({
          Name: 'site-rate-limit',
          Statement: { RateBasedStatement: Match.objectLike({ Limit: 2000 }) },
        }),
      ]),
    });
  });

  it('sends a strict CSP and HSTS on every response', () => {
    prod.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: Match.objectLike({
          ContentSecurityPolicy: {
            ContentSecurityPolicy: Match.stringLikeRegexp("script-src 'self';"),
            Override: true,
          },
          StrictTransportSecurity: {
            AccessControlMaxAgeSec: 63_072_000,
            IncludeSubdomains: true,
            Preload: true,
            Override: true,
          },
          FrameOptions: { FrameOption: 'DENY', Override: true },
        }),
      }),
    });
  });

  it('keeps script-src free of unsafe-inline and nothing allows eval', () => {
    const csp = contentSecurityPolicy({ region: 'us-east-1', evidenceHost: 'e.example' });
    const scriptSrc = csp.split('; ').find((directive) => directive.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(csp.length).toBeLessThan(1783); // CloudFront's limit on the CSP value
  });

  it('routes each app and /api/* in one distribution', () => {
    const patterns = [...APP_NAMES.map((app) => `/${app}/*`), '/api/*'];
    prod.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        CacheBehaviors: patterns.map((PathPattern) => Match.objectLike({ PathPattern })),
        ViewerCertificate: Match.objectLike({ MinimumProtocolVersion: 'TLSv1.2_2021' }),
      }),
    });
    prod.resourceCountIs('AWS::CloudFront::VpcOrigin', 1);
  });

  it('serves app buckets only through Origin Access Control', () => {
    dev.resourceCountIs('AWS::CloudFront::OriginAccessControl', APP_NAMES.length);
    for (const app of APP_NAMES) {
      dev.hasResourceProperties('AWS::S3::Bucket', {
        BucketName: `beaus-dev-111111111111-app-${app}`,
        PublicAccessBlockConfiguration: Match.objectLike({ BlockPublicPolicy: true }),
      });
    }
  });

  it('falls back to the app shell for routes and leaves files alone', () => {
    const code = spaFallbackCode('agent');
    const route = runEdgeFunction(code, '/agent/accounts/42') as CloudFrontRequest;
    expect(route.uri).toBe('/agent/index.html');
    const file = runEdgeFunction(code, '/agent/main-ABC123.js') as CloudFrontRequest;
    expect(file.uri).toBe('/agent/main-ABC123.js');
  });

  it('redirects the root to the customer app and bare app names to their folder', () => {
    const code = rootRedirectCode('customer');
    expect(runEdgeFunction(code, '/')).toMatchObject({
      statusCode: 301,
      headers: { location: { value: '/customer/' } },
    });
    expect(runEdgeFunction(code, '/admin')).toMatchObject({
      headers: { location: { value: '/admin/' } },
    });
    expect(runEdgeFunction(code, '/favicon.ico')).toEqual({ uri: '/favicon.ico' });
  });
});
