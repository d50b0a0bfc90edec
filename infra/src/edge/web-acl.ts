import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import type { EdgeProps } from '../config/stage-props.ts';

const MANAGED_RULE_GROUPS = [
  'AWSManagedRulesCommonRuleSet',
  'AWSManagedRulesKnownBadInputsRuleSet',
  'AWSManagedRulesSQLiRuleSet',
  'AWSManagedRulesAmazonIpReputationList',
] as const;

function visibility(metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty {
  return { cloudWatchMetricsEnabled: true, metricName, sampledRequestsEnabled: true };
}

function managedRule(name: string, priority: number): wafv2.CfnWebACL.RuleProperty {
  return {
    name,
    priority,
    overrideAction: { none: {} },
    statement: { managedRuleGroupStatement: { vendorName: 'AWS', name } },
    visibilityConfig: visibility(name),
  };
}

function guestPathsScope(prefixes: readonly string[]): wafv2.CfnWebACL.StatementProperty {
  const statements = prefixes.map((prefix) => ({
    byteMatchStatement: {
      fieldToMatch: { uriPath: {} },
      positionalConstraint: 'STARTS_WITH',
      searchString: prefix,
      textTransformations: [{ priority: 0, type: 'LOWERCASE' }],
    },
  }));
  const [only] = statements;
  return statements.length === 1 && only ? only : { orStatement: { statements } };
}

/**
 * CloudFront-scope web ACL (must be created in us-east-1): AWS managed common, known-bad-input,
 * SQL-injection and IP-reputation groups, a site-wide per-IP rate limit and a tighter one on
 * guest invoice look-up and sign-in.
 */
export function createWebAcl(scope: Construct, id: string, edge: EdgeProps): wafv2.CfnWebACL {
  const managed = MANAGED_RULE_GROUPS.map((name, index) => managedRule(name, index + 10));
  return new wafv2.CfnWebACL(scope, id, {
    scope: 'CLOUDFRONT',
    defaultAction: { allow: {} },
    visibilityConfig: visibility('beaus-web-acl'),
    rules: [
      {
        name: 'guest-rate-limit',
        priority: 1,
        action: { block: {} },
        statement: {
          rateBasedStatement: {
            aggregateKeyType: 'IP',
            limit: edge.guestRateLimitPer5Min,
            evaluationWindowSec: 300,
            scopeDownStatement: guestPathsScope(edge.guestPathPrefixes),
          },
        },
        visibilityConfig: visibility('guest-rate-limit'),
      },
      {
        name: 'site-rate-limit',
        priority: 2,
        action: { block: {} },
        statement: {
          rateBasedStatement: {
            aggregateKeyType: 'IP',
            limit: edge.rateLimitPer5Min,
            evaluationWindowSec: 300,
          },
        },
        visibilityConfig: visibility('site-rate-limit'),
      },
      ...managed,
    ],
  });
}
