import { TestBed } from '@angular/core/testing';
import { TranslationService } from '@beaus/shared';
import { of, throwError } from 'rxjs';
import type { Observable } from 'rxjs';
import { ProfileApi, type MyProfile } from '../data/profile.api';
import { myProfileTexts } from '../my-profile.texts';
import { profile } from '../testing/customer-account.fixture';
import { MyProfileComponent } from './my-profile.component';

const stored = profile;

describe('MyProfileComponent', () => {
  async function render(load: () => Observable<MyProfile>, save = jest.fn(() => of(stored))) {
    TestBed.configureTestingModule({
      providers: [{ provide: ProfileApi, useValue: { load: jest.fn(load), save } }],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(myProfileTexts);
    translations.use('en');
    const fixture = TestBed.createComponent(MyProfileComponent);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const input = (selector: string) => element.querySelector<HTMLInputElement>(selector)!;
    return { fixture, element, input, save };
  }

  it('shows the stored phone and choices, and saves what the driver changes', async () => {
    const saved: MyProfile = {
      phone: '+19195550142',
      mailingPreference: 'paper',
      notifications: { receiptEmails: false, lowBalanceEmails: true },
    };
    const { fixture, element, input, save } = await render(
      () => of(stored),
      jest.fn(() => of(saved)),
    );
    expect(input('input[type=tel]').value).toBe('+19195550100');
    const [byEmail, onPaper] = element.querySelectorAll<HTMLInputElement>('input[type=radio]');
    expect(byEmail!.checked).toBe(true);
    const phone = input('input[type=tel]');
    phone.value = '919 555 0142';
    phone.dispatchEvent(new Event('input'));
    onPaper!.click();
    input('input[formcontrolname=receiptEmails]').click();
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(save).toHaveBeenCalledWith({
      phone: '919 555 0142',
      mailingPreference: 'paper',
      notifications: { receiptEmails: false, lowBalanceEmails: true },
    });
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Profile saved.');
    expect(input('input[type=tel]').value).toBe('+19195550142');
  });

  it('does not send a malformed phone', async () => {
    const { fixture, element, input, save } = await render(() => of(stored));
    const phone = input('input[type=tel]');
    phone.value = 'call me';
    phone.dispatchEvent(new Event('input'));
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(save).not.toHaveBeenCalled();
    expect(element.textContent).toContain('Enter a phone number');
  });

  it('says when saving failed', async () => {
    const { fixture, element } = await render(
      () => of(stored),
      jest.fn(() => throwError(() => new Error('503'))),
    );
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(element.querySelector('[role="status"]')?.textContent).toContain('could not be saved');
  });

  it('offers a retry when the profile does not load', async () => {
    const { element } = await render(() => throwError(() => new Error('503')));
    expect(element.querySelector('[role="alert"]')).not.toBeNull();
  });
});
