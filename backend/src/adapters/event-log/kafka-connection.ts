import { SASLMechanisms, type BaseOptions } from '@platformatic/kafka';

/** The logger methods the Kafka adapter uses; pino and Fastify's logger both fit. */
export interface EventLogLogger {
  info(object: object, message?: string): void;
  warn(object: object, message?: string): void;
}

/** How to reach secured brokers (Amazon MSK: TLS on port 9098 with IAM tokens). */
export interface KafkaSecurity {
  /** TLS, verified against the system's trusted CAs; each broker's host name goes as SNI. */
  tls?: boolean;
  /**
   * SASL/OAUTHBEARER with tokens from this provider. The client asks for one per new
   * connection and again before the broker's session expires (re-authentication).
   */
  oauthBearerToken?: () => Promise<string>;
}

/** The client options for `security`: nothing at all for a plain local broker. */
export function securityOptions(
  security: KafkaSecurity,
): Pick<BaseOptions, 'tls' | 'tlsServerName' | 'sasl'> {
  return {
    // SNI is not sent for `tls: {}` alone, and MSK's endpoints close connections without it.
    ...(security.tls ? { tls: {}, tlsServerName: true } : {}),
    ...(security.oauthBearerToken
      ? { sasl: { mechanism: SASLMechanisms.OAUTHBEARER, token: security.oauthBearerToken } }
      : {}),
  };
}
