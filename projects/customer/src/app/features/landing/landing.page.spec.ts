import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslationService } from '@beaus/shared';
import { customerTexts } from '../../customer.texts';
import LandingPage from './landing.page';

describe('LandingPage', () => {
  it('explains the account to a guest and links to sign-in, coming back to the account', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const translations = TestBed.inject(TranslationService);
    translations.register(customerTexts);
    translations.use('en');
    const fixture = TestBed.createComponent(LandingPage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelectorAll('li')).toHaveLength(3);
    const signIn = element.querySelector<HTMLAnchorElement>('a.sign-in')!;
    expect(signIn.textContent?.trim()).toBe('Sign in to your account');
    expect(signIn.getAttribute('href')).toBe('/login?returnUrl=%2Faccount');
    const signUp = element.querySelector<HTMLAnchorElement>('a.sign-up')!;
    expect(signUp.textContent?.trim()).toBe('Open an account');
    expect(signUp.getAttribute('href')).toBe('/sign-up');
  });
});
