import { HttpContextToken } from '@angular/common/http';

/**
 * A bearer token for one request that overrides the session's (used right after a Cognito
 * sign-in, before the session is kept).
 */
export const BEARER_TOKEN = new HttpContextToken<string | null>(() => null);
