import { HttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { ActivatedRouteSnapshot, RouterStateSnapshot, UrlTree } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { provideBeausApp } from '../app/beaus-app';
import { requireRoles } from './auth.guard';
import type { SignedInUser } from './auth.models';
import { AuthService, signInFailure } from './auth.service';

jest.mock('./cognito-sign-in', () => ({
  cognitoSignIn: jest.fn(async () => ({
    accessToken: 'cognito-token',
    expiresAt: Date.now() + 60_000,
  })),
  cognitoSignOut: jest.fn(async () => undefined),
}));

const agent: SignedInUser = {
  id: '7',
  username: 'agent1',
  displayName: 'Avery Agent',
  roles: ['agent'],
  accountId: null,
};

function setUp() {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideBeausApp({ id: 'agent', title: 'Agent' }),
      provideHttpClientTesting(),
    ],
  });
  return {
    auth: TestBed.inject(AuthService),
    http: TestBed.inject(HttpTestingController),
    router: TestBed.inject(Router),
  };
}

function answerConfig(http: HttpTestingController, provider: 'local' | 'cognito' = 'local'): void {
  http.expectOne('/api/auth/config').flush({
    identityProvider: provider,
    cognito:
      provider === 'cognito'
        ? { userPoolId: 'pool', clientId: 'client', region: 'us-east-1' }
        : null,
    environmentName: 'local',
  });
}

async function signInLocally(auth: AuthService, http: HttpTestingController): Promise<void> {
  const signedIn = auth.signIn('agent1', 'beaus-demo');
  await Promise.resolve();
  answerConfig(http);
  await new Promise((resolve) => setTimeout(resolve));
  const login = http.expectOne('/api/auth/login');
  expect(login.request.body).toEqual({ username: 'agent1', password: 'beaus-demo' });
  login.flush({ accessToken: 'local-token', tokenType: 'Bearer', expiresIn: 3600, user: agent });
  await signedIn;
}

describe('AuthService (local identity provider)', () => {
  beforeEach(() => sessionStorage.clear());

  it('signs in, exposes the user and keeps the session for the tab', async () => {
    const { auth, http } = setUp();
    await signInLocally(auth, http);
    expect(auth.user()).toEqual(agent);
    expect(auth.isSignedIn()).toBe(true);
    expect(auth.accessToken()).toBe('local-token');
    expect(JSON.parse(sessionStorage.getItem('beaus.session')!).user.username).toBe('agent1');
    const { cognitoSignIn } = jest.requireMock('./cognito-sign-in');
    expect(cognitoSignIn).not.toHaveBeenCalled();
  });

  it('restores an unexpired session and drops an expired one', () => {
    sessionStorage.setItem(
      'beaus.session',
      JSON.stringify({ accessToken: 't', expiresAt: Date.now() + 60_000, user: agent }),
    );
    expect(setUp().auth.user()?.username).toBe('agent1');

    TestBed.resetTestingModule();
    sessionStorage.setItem(
      'beaus.session',
      JSON.stringify({ accessToken: 't', expiresAt: Date.now() - 1, user: agent }),
    );
    expect(setUp().auth.user()).toBeNull();
  });

  it('signs out: forgets the session and goes to the login page', async () => {
    const { auth, http, router } = setUp();
    await signInLocally(auth, http);
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
    await auth.signOut();
    expect(auth.user()).toBeNull();
    expect(sessionStorage.getItem('beaus.session')).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/login']);
  });

  it('uses Amplify (loaded on demand) when the BFF says Cognito', async () => {
    const { auth, http } = setUp();
    const signedIn = auth.signIn('agent1', 'secret');
    await Promise.resolve();
    answerConfig(http, 'cognito');
    await new Promise((resolve) => setTimeout(resolve));
    const me = http.expectOne('/api/auth/me');
    expect(me.request.headers.get('Authorization')).toBe('Bearer cognito-token');
    me.flush(agent);
    await signedIn;
    expect(auth.accessToken()).toBe('cognito-token');
    http.expectNone('/api/auth/login');
  });

  it('tells a wrong password from throttling and an outage', () => {
    const response = (status: number) =>
      new (jest.requireActual('@angular/common/http').HttpErrorResponse)({ status });
    expect(signInFailure(response(401))).toBe('auth.invalid');
    expect(signInFailure(response(429))).toBe('auth.tooMany');
    expect(signInFailure(response(503))).toBe('auth.unavailable');
    expect(signInFailure(new TypeError('offline'))).toBe('auth.unavailable');
  });
});

describe('authInterceptor', () => {
  beforeEach(() => sessionStorage.clear());

  it('adds the bearer token to BFF requests only', async () => {
    const { auth, http } = setUp();
    await signInLocally(auth, http);
    const client = TestBed.inject(HttpClient);
    client.get('/api/agent/accounts').subscribe();
    client.get('https://example.com/api/x').subscribe();
    expect(http.expectOne('/api/agent/accounts').request.headers.get('Authorization')).toBe(
      'Bearer local-token',
    );
    expect(http.expectOne('https://example.com/api/x').request.headers.has('Authorization')).toBe(
      false,
    );
  });

  it('ends the session and sends the user to login when the BFF answers 401', async () => {
    const { auth, http, router } = setUp();
    await signInLocally(auth, http);
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
    const failed = firstValueFrom(TestBed.inject(HttpClient).get('/api/agent/accounts'));
    http.expectOne('/api/agent/accounts').flush(
      { code: 'BEAUS_ERR_UNAUTHENTICATED' },
      {
        status: 401,
        statusText: 'Unauthorized',
      },
    );
    await expect(failed).rejects.toMatchObject({ status: 401 });
    expect(auth.isSignedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/login'], {
      queryParams: { returnUrl: '/', expired: 1 },
    });
  });

  it('leaves a failed sign-in to the login page', async () => {
    const { http, router } = setUp();
    const navigate = jest.spyOn(router, 'navigate');
    const failed = firstValueFrom(TestBed.inject(HttpClient).post('/api/auth/login', {}));
    http.expectOne('/api/auth/login').flush({}, { status: 401, statusText: 'Unauthorized' });
    await expect(failed).rejects.toMatchObject({ status: 401 });
    expect(navigate).not.toHaveBeenCalled();
  });
});

describe('requireRoles', () => {
  beforeEach(() => sessionStorage.clear());

  function run(guardRoles: Parameters<typeof requireRoles>, url = '/accounts'): boolean | UrlTree {
    const guard = requireRoles(...guardRoles);
    return TestBed.runInInjectionContext(
      () =>
        guard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot) as boolean | UrlTree,
    );
  }

  it('sends a guest to login and back afterwards', () => {
    const { router } = setUp();
    const result = run(['agent']);
    expect(router.serializeUrl(result as UrlTree)).toBe('/login?returnUrl=%2Faccounts');
  });

  it('lets in a user with one of the roles and refuses one without', async () => {
    const { auth, http, router } = setUp();
    await signInLocally(auth, http);
    expect(run(['agent', 'supervisor'])).toBe(true);
    expect(router.serializeUrl(run(['admin']) as UrlTree)).toBe('/login?denied=1');
  });
});
