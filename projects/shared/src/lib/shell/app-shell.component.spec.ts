import { ChangeDetectionStrategy, Component } from '@angular/core';
import { provideHttpClientTesting, HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Router, provideRouter } from '@angular/router';
import { AppShellHarness } from '../../testing/app-shell.harness';
import { provideBeausApp } from '../app/beaus-app';
import { TranslationService } from '../i18n/translation.service';
import { AppShellComponent } from './app-shell.component';
import type { NavItem } from './nav-item';

@Component({
  selector: 'beaus-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AppShellComponent],
  template: `<beaus-app-shell [navItems]="nav"><p>page</p></beaus-app-shell>`,
})
class HostComponent {
  readonly nav: readonly NavItem[] = [
    { path: '/accounts', labelKey: 'Account search' },
    { path: '/reviews', labelKey: 'Image review' },
  ];
}

describe('AppShellComponent', () => {
  async function render(signedIn: boolean) {
    sessionStorage.clear();
    localStorage.clear();
    if (signedIn) {
      sessionStorage.setItem(
        'beaus.session',
        JSON.stringify({
          accessToken: 't',
          expiresAt: Date.now() + 60_000,
          user: {
            id: '1',
            username: 'agent1',
            displayName: 'Avery Agent',
            roles: ['agent'],
            accountId: null,
          },
        }),
      );
    }
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideBeausApp({ id: 'agent', title: 'Agent' }),
        provideHttpClientTesting(),
      ],
    });
    TestBed.inject(TranslationService).use('en');
    const fixture = TestBed.createComponent(HostComponent);
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/config')
      .flush({ identityProvider: 'local', cognito: null, environmentName: 'staging' });
    const shell = await TestbedHarnessEnvironment.harnessForFixture(fixture, AppShellHarness);
    return { fixture, shell };
  }

  it('shows the app, the environment and the navigation to a signed-in user', async () => {
    const { shell } = await render(true);
    expect(await shell.getAppName()).toBe('Beaus Agent');
    expect(await shell.getEnvironment()).toBe('staging');
    expect(await shell.getNavLabels()).toEqual(['Account search', 'Image review']);
    expect(await shell.getUserName()).toBe('Avery Agent');
  });

  it('offers a guest the sign-in and no navigation', async () => {
    const { shell } = await render(false);
    expect(await shell.offersSignIn()).toBe(true);
    expect(await shell.getUserName()).toBeNull();
    expect(await shell.getNavLabels()).toEqual([]);
  });

  it('switches the language from the user menu', async () => {
    const { shell } = await render(true);
    await shell.chooseLanguage('Español');
    expect(TestBed.inject(TranslationService).language()).toBe('es');
    expect(document.documentElement.lang).toBe('es');
  });

  it('lets a guest switch the language from the toolbar', async () => {
    const { shell } = await render(false);
    await shell.chooseLanguage('Español');
    expect(TestBed.inject(TranslationService).language()).toBe('es');
  });

  it('signs out from the user menu', async () => {
    const { shell } = await render(true);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await shell.signOut();
    expect(navigate).toHaveBeenCalledWith(['/login']);
    expect(await shell.getUserName()).toBeNull();
  });

  it('has a skip link that moves focus to the main content', async () => {
    const { shell } = await render(true);
    expect(await shell.skipToMain()).toBe(true);
  });
});
