import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  exportJWK,
  generateKeyPair,
  importJWK,
  SignJWT,
  type CryptoKey,
  type JSONWebKeySet,
  type JWK,
} from 'jose';
import { claimNames, type Role } from './principal.ts';

/** The user a token is issued for, as read from the users table. */
export interface TokenSubject {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  accountId: number | null;
}

export interface IssuedToken {
  accessToken: string;
  /** Seconds until expiry. */
  expiresIn: number;
}

/** Token lifetime: one working shift, so agents sign in once a day. */
export const accessTokenLifetimeSeconds = 8 * 60 * 60;
export const localIssuer = 'urn:beaus:local-identity';
export const localAudience = 'beaus-apps';

/**
 * The built-in identity provider for embedded and local runs. It issues ES256 access tokens
 * shaped like Cognito's (`cognito:groups`, `token_use`, `client_id`), so the BFF verifies both
 * the same way. The key pair lives in `DATA_DIR/identity` so tokens survive restarts.
 */
export interface LocalIdentityProvider {
  readonly issuer: string;
  readonly audience: string;
  issue(subject: TokenSubject, now?: Date): Promise<IssuedToken>;
  /** The public keys, served at /api/auth/jwks.json. */
  jwks(): JSONWebKeySet;
}

interface SigningKey {
  privateKey: CryptoKey;
  publicJwk: JWK;
}

/** Opens the provider, creating and persisting its key pair on first use. */
export async function openLocalIdentityProvider(
  dataDir: string | null,
): Promise<LocalIdentityProvider> {
  const key = dataDir ? await loadOrCreateKey(join(dataDir, 'identity')) : await generateKey();
  return {
    issuer: localIssuer,
    audience: localAudience,
    async issue(subject, now = new Date()) {
      const issuedAt = Math.floor(now.getTime() / 1000);
      const accessToken = await new SignJWT({
        token_use: 'access',
        client_id: localAudience,
        [claimNames.username]: subject.username,
        [claimNames.name]: subject.displayName,
        [claimNames.groups]: subject.roles,
        ...(subject.accountId === null ? {} : { [claimNames.accountId]: subject.accountId }),
      })
        .setProtectedHeader({ alg: 'ES256', kid: key.publicJwk.kid, typ: 'JWT' })
        .setSubject(String(subject.id))
        .setIssuer(localIssuer)
        .setAudience(localAudience)
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + accessTokenLifetimeSeconds)
        .sign(key.privateKey);
      return { accessToken, expiresIn: accessTokenLifetimeSeconds };
    },
    jwks: () => ({ keys: [key.publicJwk] }),
  };
}

async function loadOrCreateKey(folder: string): Promise<SigningKey> {
  const file = join(folder, 'signing-key.json');
  try {
    const privateJwk = JSON.parse(await readFile(file, 'utf8')) as JWK;
    return fromPrivateJwk(privateJwk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = await generateKey();
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const privateJwk = { ...(await exportJWK(key.privateKey)), kid: key.publicJwk.kid, alg: 'ES256' };
  // 'wx' fails if another process created the key meanwhile; then use theirs.
  try {
    await writeFile(file, JSON.stringify(privateJwk), { mode: 0o600, flag: 'wx' });
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return fromPrivateJwk(JSON.parse(await readFile(file, 'utf8')) as JWK);
  }
}

async function generateKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = `beaus-${Date.now().toString(36)}`;
  return { privateKey, publicJwk: { ...publicJwk, kid, alg: 'ES256', use: 'sig' } };
}

async function fromPrivateJwk(privateJwk: JWK): Promise<SigningKey> {
  const privateKey = (await importJWK(privateJwk, 'ES256')) as CryptoKey;
  const { kty, crv, x, y, kid } = privateJwk;
  return { privateKey, publicJwk: { kty, crv, x, y, kid, alg: 'ES256', use: 'sig' } };
}
