import { SASLMechanisms } from '@platformatic/kafka';
import { securityOptions } from './kafka-connection.ts';

describe('Kafka connection security', () => {
  it('adds nothing for the plain local broker', () => {
    expect(securityOptions({})).toEqual({});
  });

  it('uses TLS with SNI and SASL/OAUTHBEARER with the token provider for MSK IAM', async () => {
    const token = async () => 'signed-token';
    const options = securityOptions({ tls: true, oauthBearerToken: token });
    expect(options).toEqual({
      tls: {},
      tlsServerName: true,
      sasl: { mechanism: SASLMechanisms.OAUTHBEARER, token },
    });
  });
});
