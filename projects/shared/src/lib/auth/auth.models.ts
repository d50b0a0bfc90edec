/** Roles as issued in the tokens' `cognito:groups` claim. */
export type Role = 'customer' | 'agent' | 'supervisor' | 'admin';

/** The person signed in, as the BFF describes them. */
export interface SignedInUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  /** The customer's own account; null for staff. */
  readonly accountId: string | null;
}

/** Which identity provider the BFF trusts (GET /api/auth/config). */
export interface AuthConfig {
  readonly identityProvider: 'local' | 'cognito';
  readonly cognito: {
    readonly userPoolId: string;
    readonly clientId: string;
    readonly region: string;
  } | null;
  readonly environmentName: string;
}

/** What is kept in sessionStorage between page loads of one tab. */
export interface StoredSession {
  readonly accessToken: string;
  /** Epoch milliseconds after which the token is no longer accepted. */
  readonly expiresAt: number;
  readonly user: SignedInUser;
}
