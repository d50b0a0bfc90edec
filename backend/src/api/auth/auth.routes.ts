import type { BeausApp } from '../../platform/app-types.ts';
import { principalOf } from '../../platform/auth.ts';
import {
  BeausError,
  ErrorResponse,
  protectedErrorResponses,
  publicErrorResponses,
} from '../../platform/errors.ts';
import {
  AuthClientConfig,
  JwksResponse,
  LoginBody,
  LoginResponse,
  SignedInUser,
} from './auth.schemas.ts';
import { checkCredentials } from './login.ts';

/** Sign-in attempts per client address and username per minute: slows password guessing. */
const loginAttemptsPerMinute = 10;

const cognitoOnly = () =>
  new BeausError(404, 'BEAUS_ERR_NOT_FOUND', 'Sign-in is handled by Amazon Cognito here.');

function publicKeys(app: BeausApp) {
  const provider = app.identity.localProvider;
  if (!provider) throw cognitoOnly();
  const keys = provider.jwks().keys.map(({ kty = 'EC', kid, alg, use, crv, x, y }) => ({
    ...{ kty, kid, alg, use, crv, x, y },
  }));
  return { keys };
}

/** The conventional JWKS address, for tools that discover keys from the issuer's origin. */
export async function wellKnownRoutes(app: BeausApp): Promise<void> {
  app.get(
    '/.well-known/jwks.json',
    {
      config: { roles: 'public' },
      schema: { hide: true, tags: ['auth'], response: { 200: JwksResponse, 404: ErrorResponse } },
    },
    async () => publicKeys(app),
  );
}

export async function authRoutes(app: BeausApp): Promise<void> {
  app.post(
    '/login',
    {
      config: {
        roles: 'public',
        rateLimit: {
          max: loginAttemptsPerMinute,
          timeWindow: '1 minute',
          // After validation, so the key can include the username being guessed.
          hook: 'preHandler',
          keyGenerator: (request) =>
            `${request.ip}|${String((request.body as { username?: unknown }).username).toLowerCase()}`,
        },
      },
      schema: {
        tags: ['auth'],
        operationId: 'login',
        summary: 'Sign in with the built-in identity provider',
        body: LoginBody,
        response: {
          200: LoginResponse,
          401: ErrorResponse,
          404: ErrorResponse,
          429: ErrorResponse,
          ...publicErrorResponses,
        },
      },
    },
    async (request) => {
      const provider = app.identity.localProvider;
      if (!provider) throw cognitoOnly();
      const { username, password } = request.body;
      const subject = await checkCredentials(app.database, username, password);
      if (!subject) {
        throw new BeausError(401, 'BEAUS_ERR_UNAUTHENTICATED', 'Wrong username or password.');
      }
      const { accessToken, expiresIn } = await provider.issue(subject);
      return {
        accessToken,
        tokenType: 'Bearer' as const,
        expiresIn,
        user: { ...subject, id: String(subject.id) },
      };
    },
  );

  app.get(
    '/me',
    {
      config: { roles: ['customer', 'agent', 'supervisor', 'admin'] },
      schema: {
        tags: ['auth'],
        operationId: 'getCurrentUser',
        summary: 'The signed-in user, from the access token',
        response: { 200: SignedInUser, ...protectedErrorResponses },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return {
        id: principal.userId,
        username: principal.username,
        displayName: principal.name,
        roles: principal.roles,
        accountId: principal.accountId ?? null,
      };
    },
  );

  app.get(
    '/jwks.json',
    {
      config: { roles: 'public' },
      schema: {
        tags: ['auth'],
        operationId: 'getJwks',
        summary: 'Public keys of the built-in identity provider',
        response: { 200: JwksResponse, 404: ErrorResponse, ...publicErrorResponses },
      },
    },
    async () => publicKeys(app),
  );

  app.get(
    '/config',
    {
      config: { roles: 'public' },
      schema: {
        tags: ['auth'],
        operationId: 'getAuthConfig',
        summary: 'Which identity provider the apps should use',
        response: { 200: AuthClientConfig, ...publicErrorResponses },
      },
    },
    async () => ({
      identityProvider: app.config.cognito ? ('cognito' as const) : ('local' as const),
      cognito: app.config.cognito,
      environmentName: app.config.environmentName,
    }),
  );
}
