import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLocalIdentityProvider, type TokenSubject } from './local-identity-provider.ts';
import { createLocalJwksVerifier, toPrincipal } from './token-verifier.ts';

const customer: TokenSubject = {
  id: 42,
  username: 'customer1',
  displayName: 'Casey Customer',
  roles: ['customer'],
  accountId: 7,
};

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'beaus-identity-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const verifierFor = (provider: Awaited<ReturnType<typeof openLocalIdentityProvider>>) =>
  createLocalJwksVerifier({
    jwks: provider.jwks(),
    issuer: provider.issuer,
    audience: provider.audience,
  });

describe('local identity provider', () => {
  it('issues access tokens its JWKS verifies, with the Cognito-shaped claims', async () => {
    const provider = await openLocalIdentityProvider(folder);
    const { accessToken, expiresIn } = await provider.issue(customer);
    expect(expiresIn).toBe(8 * 60 * 60);
    expect(await verifierFor(provider).verify(accessToken)).toEqual({
      userId: '42',
      username: 'customer1',
      name: 'Casey Customer',
      roles: ['customer'],
      accountId: 7,
    });
    const claims = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({
      token_use: 'access',
      'cognito:groups': ['customer'],
      client_id: 'beaus-apps',
    });
  });

  it('keeps its key in the data folder, so tokens survive a restart', async () => {
    const before = await openLocalIdentityProvider(folder);
    const { accessToken } = await before.issue(customer);
    const after = await openLocalIdentityProvider(folder);
    await expect(verifierFor(after).verify(accessToken)).resolves.toMatchObject({ userId: '42' });
    const keyFile = join(folder, 'identity', 'signing-key.json');
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(keyFile, 'utf8'))).toHaveProperty('d');
    expect(after.jwks().keys[0]).not.toHaveProperty('d');
  });

  it('rejects tokens of another provider instance', async () => {
    const other = await openLocalIdentityProvider(null);
    const { accessToken } = await other.issue(customer);
    const ours = await openLocalIdentityProvider(folder);
    await expect(verifierFor(ours).verify(accessToken)).rejects.toThrow();
  });
});

describe('toPrincipal', () => {
  it('reads a Cognito access token: groups become roles, unknown groups are ignored', () => {
    const principal = toPrincipal({
      sub: 'b1c2-uuid',
      username: 'super1',
      'cognito:groups': ['supervisor', 'us-east-1_pool_Google'],
      token_use: 'access',
    });
    expect(principal).toEqual({
      userId: 'b1c2-uuid',
      username: 'super1',
      name: 'super1',
      roles: ['supervisor'],
    });
  });

  it('accepts the account claim as text, as Cognito custom claims are strings', () => {
    expect(toPrincipal({ sub: 'x', username: 'c', 'beaus:account_id': '12' }).accountId).toBe(12);
  });
});
