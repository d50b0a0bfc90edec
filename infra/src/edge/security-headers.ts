import { Duration } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';

export interface ContentSecurityPolicyInputs {
  readonly region: string;
  /** e.g. `beaus-evidence.s3.us-east-1.amazonaws.com`: presigned evidence photos. */
  readonly evidenceHost: string;
}

/**
 * The apps' Content-Security-Policy. Scripts: same origin only, no inline, no eval, Trusted
 * Types enforced. Styles: Angular inserts component styles as `<style>` elements at run time,
 * and a static S3 origin cannot mint a per-response nonce, so `style-src` allows inline styles
 * (CSS cannot run script); everything else is same-origin or an explicitly named AWS endpoint.
 */
export function contentSecurityPolicy(inputs: ContentSecurityPolicyInputs): string {
  const cognito = [
    `https://cognito-idp.${inputs.region}.amazonaws.com`,
    `https://*.auth.${inputs.region}.amazoncognito.com`,
  ];
  const directives: Record<string, string[]> = {
    'default-src': ["'none'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', `https://${inputs.evidenceHost}`],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...cognito],
    'manifest-src': ["'self'"],
    'worker-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'require-trusted-types-for': ["'script'"],
    'trusted-types': ['angular', 'angular#bundler'],
    'upgrade-insecure-requests': [],
  };
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/** Strict transport, CSP and the usual hardening headers on every response. */
export function createSecurityHeadersPolicy(
  scope: Construct,
  id: string,
  inputs: ContentSecurityPolicyInputs,
): cloudfront.ResponseHeadersPolicy {
  return new cloudfront.ResponseHeadersPolicy(scope, id, {
    comment: 'Beaus apps: CSP, HSTS and hardening headers',
    securityHeadersBehavior: {
      contentSecurityPolicy: {
        contentSecurityPolicy: contentSecurityPolicy(inputs),
        override: true,
      },
      strictTransportSecurity: {
        accessControlMaxAge: Duration.days(730),
        includeSubdomains: true,
        preload: true,
        override: true,
      },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
      referrerPolicy: {
        referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
        override: true,
      },
    },
    customHeadersBehavior: {
      customHeaders: [
        {
          header: 'Permissions-Policy',
          value: 'camera=(), microphone=(), geolocation=(), payment=(self)',
          override: true,
        },
        { header: 'Cross-Origin-Opener-Policy', value: 'same-origin', override: true },
      ],
    },
  });
}
