import { CognitoJwtVerifier } from 'aws-jwt-verify';
import type { Jwks } from 'aws-jwt-verify/jwk';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import { claimNames, InvalidTokenError, roles, type Principal, type Role } from './principal.ts';

/** Turns a bearer token into a Principal, or throws InvalidTokenError. */
export interface TokenVerifier {
  readonly kind: 'local' | 'cognito';
  verify(token: string): Promise<Principal>;
}

export interface LocalVerifierOptions {
  jwks: JSONWebKeySet;
  issuer: string;
  audience: string;
}

/** Verifies tokens of the built-in identity provider against its public keys (JWKS). */
export function createLocalJwksVerifier(options: LocalVerifierOptions): TokenVerifier {
  const keySet = createLocalJWKSet(options.jwks);
  return {
    kind: 'local',
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, keySet, {
          issuer: options.issuer,
          audience: options.audience,
          algorithms: ['ES256'],
        });
        if (payload['token_use'] !== 'access') throw new InvalidTokenError('not an access token');
        return toPrincipal(payload);
      } catch (error) {
        throw asInvalidToken(error);
      }
    },
  };
}

export interface CognitoVerifierOptions {
  userPoolId: string;
  clientId: string;
  /** Preloads the pool's keys instead of fetching them (offline tests, air-gapped starts). */
  jwks?: Jwks;
}

/** Verifies Cognito access tokens; aws-jwt-verify fetches and caches the pool's JWKS. */
export function createCognitoVerifier(options: CognitoVerifierOptions): TokenVerifier {
  const verifier = CognitoJwtVerifier.create({
    userPoolId: options.userPoolId,
    clientId: options.clientId,
    tokenUse: 'access',
  });
  if (options.jwks) verifier.cacheJwks(options.jwks);
  return {
    kind: 'cognito',
    async verify(token) {
      try {
        return toPrincipal((await verifier.verify(token)) as JWTPayload);
      } catch (error) {
        throw asInvalidToken(error);
      }
    },
  };
}

/** Maps the claims both providers share onto a Principal; unknown groups are ignored. */
export function toPrincipal(payload: JWTPayload): Principal {
  const groups = payload[claimNames.groups];
  const grantedRoles = Array.isArray(groups)
    ? groups.filter((group): group is Role => roles.includes(group as Role))
    : [];
  const username = stringClaim(payload, claimNames.username) ?? payload.sub;
  if (!payload.sub || !username) throw new InvalidTokenError('token has no subject');
  const accountClaim = payload[claimNames.accountId];
  const accountId = typeof accountClaim === 'string' ? Number(accountClaim) : accountClaim;
  return {
    userId: payload.sub,
    username,
    name: stringClaim(payload, claimNames.name) ?? username,
    roles: grantedRoles,
    ...(Number.isSafeInteger(accountId) ? { accountId: accountId as number } : {}),
  };
}

function stringClaim(payload: JWTPayload, name: string): string | undefined {
  const value = payload[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function asInvalidToken(error: unknown): InvalidTokenError {
  if (error instanceof InvalidTokenError) return error;
  return new InvalidTokenError(error instanceof Error ? error.message : 'token rejected');
}
