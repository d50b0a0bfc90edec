import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createCognitoVerifier } from './token-verifier.ts';

const userPoolId = 'us-east-1_AbC123';
const clientId = 'beausclient1';
const issuer = `https://cognito-idp.us-east-1.amazonaws.com/${userPoolId}`;

async function cognitoPool() {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const { n, e } = await exportJWK(publicKey);
  const jwk = { kty: 'RSA', n: n!, e: e!, kid: 'pool-key', alg: 'RS256', use: 'sig' };
  const sign = (claims: Record<string, unknown>) =>
    new SignJWT({ token_use: 'access', client_id: clientId, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'pool-key' })
      .setIssuer(issuer)
      .setSubject('6f1c-uuid')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
  return { jwks: { keys: [jwk] }, sign };
}

describe('Cognito verifier', () => {
  it('turns a Cognito access token into a principal with its groups as roles', async () => {
    const pool = await cognitoPool();
    const verifier = createCognitoVerifier({ userPoolId, clientId, jwks: pool.jwks });
    const token = await pool.sign({ username: 'super1', 'cognito:groups': ['supervisor'] });
    await expect(verifier.verify(token)).resolves.toEqual({
      userId: '6f1c-uuid',
      username: 'super1',
      name: 'super1',
      roles: ['supervisor'],
    });
  });

  it('rejects a token issued for another app client', async () => {
    const pool = await cognitoPool();
    const verifier = createCognitoVerifier({ userPoolId, clientId, jwks: pool.jwks });
    const token = await pool.sign({ username: 'x', client_id: 'someoneelse' });
    await expect(verifier.verify(token)).rejects.toThrow();
  });

  it('rejects an ID token where an access token is required', async () => {
    const pool = await cognitoPool();
    const verifier = createCognitoVerifier({ userPoolId, clientId, jwks: pool.jwks });
    const token = await pool.sign({ username: 'x', token_use: 'id' });
    await expect(verifier.verify(token)).rejects.toThrow();
  });
});
