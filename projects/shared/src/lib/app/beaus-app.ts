import { InjectionToken } from '@angular/core';
import type { EnvironmentProviders, Provider } from '@angular/core';
import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { provideApiConfiguration } from '../../api/generated/api-configuration';
import { ApiClient } from '../../api/api-client';
import { authInterceptor } from '../auth/auth.interceptor';
import { AuthService } from '../auth/auth.service';

/** Which of the four apps is running. */
export type BeausAppId = 'agent' | 'supervisor' | 'admin' | 'customer';

/** What the shared library needs to know about the app it runs in. */
export interface BeausAppInfo {
  /** The app's id; also its base path (`/agent/`). */
  readonly id: BeausAppId;
  /** The app's name as shown in the toolbar, the login page and the document title. */
  readonly title: string;
}

/** The running app, provided by {@link provideBeausApp}. */
export const BEAUS_APP = new InjectionToken<BeausAppInfo>('BEAUS_APP');

/**
 * Everything an app's pages need from the shared library: who the app is, HttpClient with the
 * auth interceptor, the generated API client pointed at the BFF on the same origin, and the
 * auth service.
 *
 * Provide it in the providers of the app's lazy layout route, NOT in the root
 * `ApplicationConfig`: HttpClient and the auth code then load with the first page instead of
 * before it, which is what keeps each app's initial JavaScript under 300 kB. A consequence:
 * services that call the API (inject {@link ApiClient}) must not be `providedIn: 'root'`;
 * provide them in their feature route (`providers: [MyFeatureApi]`).
 */
export function provideBeausApp(app: BeausAppInfo): (Provider | EnvironmentProviders)[] {
  return [
    { provide: BEAUS_APP, useValue: app },
    provideHttpClient(withFetch(), withInterceptors([authInterceptor])),
    // Paths in the OpenAPI document already start with /api; the apps share the BFF's origin.
    provideApiConfiguration(''),
    ApiClient,
    AuthService,
  ];
}
