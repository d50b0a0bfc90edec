import type { AuthConfig } from './auth.models';

/** A Cognito access token and when it expires (epoch ms). */
export interface CognitoToken {
  readonly accessToken: string;
  readonly expiresAt: number;
}

/**
 * Signs in to the Cognito user pool with Amplify Auth. Amplify is imported here, dynamically,
 * so it is a lazy chunk fetched only when the BFF says Cognito is the identity provider.
 */
export async function cognitoSignIn(
  cognito: NonNullable<AuthConfig['cognito']>,
  username: string,
  password: string,
): Promise<CognitoToken> {
  const [{ Amplify }, auth] = await Promise.all([
    import('aws-amplify'),
    import('aws-amplify/auth'),
  ]);
  Amplify.configure({
    Auth: { Cognito: { userPoolId: cognito.userPoolId, userPoolClientId: cognito.clientId } },
  });
  const result = await auth.signIn({ username, password });
  if (!result.isSignedIn) {
    // New-password and MFA challenges are handled by a later issue; refuse clearly for now.
    throw new Error(`Cognito sign-in needs step ${result.nextStep.signInStep}`);
  }
  const session = await auth.fetchAuthSession();
  const token = session.tokens?.accessToken;
  if (!token) throw new Error('Cognito returned no access token');
  return { accessToken: token.toString(), expiresAt: (token.payload.exp ?? 0) * 1000 };
}

/** Ends the Cognito session (only called after a Cognito sign-in loaded Amplify). */
export async function cognitoSignOut(): Promise<void> {
  const auth = await import('aws-amplify/auth');
  await auth.signOut();
}
