import { provideHttpClientTesting, HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { Router, provideRouter } from '@angular/router';
import { provideBeausApp } from '../app/beaus-app';
import { TranslationService } from '../i18n/translation.service';
import { LoginPageComponent } from './login-page.component';

describe('LoginPageComponent', () => {
  async function render(returnUrl?: string) {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideBeausApp({ id: 'agent', title: 'Agent' }),
        provideHttpClientTesting(),
      ],
    });
    TestBed.inject(TranslationService).use('en');
    const fixture = TestBed.createComponent(LoginPageComponent);
    if (returnUrl) fixture.componentRef.setInput('returnUrl', returnUrl);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const http = TestBed.inject(HttpTestingController);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const fill = async (username: string, password: string) => {
      const [user, pass] = await loader.getAllHarnesses(MatInputHarness);
      await user!.setValue(username);
      await pass!.setValue(password);
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Sign in' }))).click();
    };
    const answer = async (status: number) => {
      await new Promise((resolve) => setTimeout(resolve));
      http
        .expectOne('/api/auth/config')
        .flush({ identityProvider: 'local', cognito: null, environmentName: 'local' });
      await new Promise((resolve) => setTimeout(resolve));
      const login = http.expectOne('/api/auth/login');
      if (status === 200) {
        login.flush({
          accessToken: 'tok',
          tokenType: 'Bearer',
          expiresIn: 60,
          user: {
            id: '1',
            username: 'agent1',
            displayName: 'A',
            roles: ['agent'],
            accountId: null,
          },
        });
      } else {
        login.flush({ code: 'x', message: 'x' }, { status, statusText: 'error' });
      }
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    return { fixture, fill, answer, navigate };
  }

  it('asks for both fields before calling the BFF', async () => {
    const { fixture, fill } = await render();
    await fill('', '');
    TestBed.inject(HttpTestingController).expectNone('/api/auth/config');
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Enter your Username.');
  });

  it('signs in and returns to the page the user wanted', async () => {
    const { fill, answer, navigate } = await render('/accounts?q=smith');
    await fill('agent1', 'beaus-demo');
    await answer(200);
    expect(navigate).toHaveBeenCalledWith('/accounts?q=smith');
  });

  it('never follows a return URL to another site', async () => {
    const { fill, answer, navigate } = await render('//evil.example.com');
    await fill('agent1', 'beaus-demo');
    await answer(200);
    expect(navigate).toHaveBeenCalledWith('/');
  });

  it('says when the credentials are wrong', async () => {
    const { fixture, fill, answer } = await render();
    await fill('agent1', 'nope');
    await answer(401);
    const alert = (fixture.nativeElement as HTMLElement).querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('The username or password is not correct.');
  });
});
