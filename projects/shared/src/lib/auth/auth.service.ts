import { HttpContext, HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { ApiClient } from '../../api/api-client';
import type { ResponseOf } from '../../api/api-client';
import { getAuthConfig } from '../../api/generated/fn/auth/get-auth-config';
import { getCurrentUser } from '../../api/generated/fn/auth/get-current-user';
import { login } from '../../api/generated/fn/auth/login';
import type { AuthConfig, Role, SignedInUser, StoredSession } from './auth.models';
import { BEARER_TOKEN } from './bearer-token';
import { clearSession, readSession, writeSession } from './session-store';

/** Why a sign-in failed, as a translation key the login page shows. */
export type SignInFailure = 'auth.invalid' | 'auth.tooMany' | 'auth.unavailable';

/** Maps a failed sign-in to what the person should be told. */
export function signInFailure(error: unknown): SignInFailure {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 401 || error.status === 400) return 'auth.invalid';
    if (error.status === 429) return 'auth.tooMany';
    return 'auth.unavailable';
  }
  // Amplify reports wrong credentials as NotAuthorizedException.
  if (error instanceof Error && error.name === 'NotAuthorizedException') return 'auth.invalid';
  return 'auth.unavailable';
}

function toUser(user: ResponseOf<typeof getCurrentUser>): SignedInUser {
  const { id, username, displayName, roles, accountId } = user;
  // Account ids travel as strings in the apps, whatever the BFF's JSON type.
  return {
    id,
    username,
    displayName,
    roles,
    accountId: accountId === null ? null : String(accountId),
  };
}

/**
 * Who is signed in, and signing in and out. With the local identity provider it posts the
 * credentials to the BFF; with Cognito (when GET /api/auth/config says so) it uses Amplify Auth,
 * loaded on demand. The token and the user are kept per tab and exposed as signals.
 * Provided by `provideBeausApp()` in each app's layout route (not at the root).
 */
@Injectable()
export class AuthService {
  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly session = signal<StoredSession | null>(readSession());
  private readonly loadedConfig = signal<AuthConfig | null>(null);
  private configRequest: Promise<AuthConfig> | null = null;

  /** The signed-in user, or null for a guest. */
  readonly user = computed(() => this.session()?.user ?? null);

  /** Whether someone is signed in. */
  readonly isSignedIn = computed(() => this.session() !== null);

  /** The identity provider configuration, once loaded. */
  readonly config = this.loadedConfig.asReadonly();

  /** The environment name for the shell's badge (empty until the configuration loads). */
  readonly environmentName = computed(() => this.loadedConfig()?.environmentName ?? '');

  /** The bearer token for API calls, or null (also null once it has expired). */
  accessToken(now = Date.now()): string | null {
    const current = this.session();
    if (!current) return null;
    if (current.expiresAt <= now) {
      this.expireSession();
      return null;
    }
    return current.accessToken;
  }

  /** Whether the user holds at least one of `roles`. */
  hasAnyRole(roles: readonly Role[]): boolean {
    const held = this.user()?.roles ?? [];
    return roles.some((role) => held.includes(role));
  }

  /** Loads (once) which identity provider to use. */
  loadConfig(): Promise<AuthConfig> {
    this.configRequest ??= firstValueFrom(this.api.call(getAuthConfig, undefined))
      .then((config) => {
        this.loadedConfig.set(config);
        return config;
      })
      .catch((error: unknown) => {
        this.configRequest = null; // let a later attempt retry
        throw error;
      });
    return this.configRequest;
  }

  /**
   * Signs in with a username and password and keeps the session for this tab.
   * @throws the HTTP or Amplify error; {@link signInFailure} says what to tell the person.
   */
  async signIn(username: string, password: string): Promise<SignedInUser> {
    const config = await this.loadConfig();
    if (config.identityProvider === 'cognito' && config.cognito) {
      const { cognitoSignIn } = await import('./cognito-sign-in');
      const token = await cognitoSignIn(config.cognito, username, password);
      // Not kept yet, so hand the new token to the interceptor for this one request.
      const context = new HttpContext().set(BEARER_TOKEN, token.accessToken);
      const user = await firstValueFrom(this.api.call(getCurrentUser, undefined, context));
      return this.keep({ ...token, user: toUser(user) });
    }
    const response = await firstValueFrom(this.api.call(login, { body: { username, password } }));
    return this.keep({
      accessToken: response.accessToken,
      expiresAt: Date.now() + response.expiresIn * 1000,
      user: toUser(response.user),
    });
  }

  /** Signs out, forgets the session and goes to the login page. */
  async signOut(): Promise<void> {
    const wasCognito = this.loadedConfig()?.identityProvider === 'cognito';
    this.expireSession();
    if (wasCognito) {
      const { cognitoSignOut } = await import('./cognito-sign-in');
      await cognitoSignOut().catch(() => undefined); // the local session is gone either way
    }
    await this.router.navigate(['/login']);
  }

  /** Forgets the session without navigating (e.g. the BFF answered 401). */
  expireSession(): void {
    clearSession();
    this.session.set(null);
  }

  private keep(session: StoredSession): SignedInUser {
    writeSession(session);
    this.session.set(session);
    return session.user;
  }
}
