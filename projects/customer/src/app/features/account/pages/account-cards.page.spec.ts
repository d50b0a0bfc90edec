import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ConfirmService, TranslationService } from '@beaus/shared';
import { of } from 'rxjs';
import { customerTexts } from '../../../customer.texts';
import { CustomerAccountApi } from '../data/customer-account.api';
import type { CustomerAccount } from '../data/customer-account.api';
import { ProfileApi } from '../data/profile.api';
import { SelfServiceApi } from '../data/self-service.api';
import { account, profile } from '../testing/customer-account.fixture';
import AccountDashboardPage from './account-dashboard.page';

const token = {
  token: 'tok_sbx_ok_mastercard_4444_0123456789abcdef',
  brand: 'mastercard',
  last4: '4444',
  expMonth: 3,
  expYear: 2030,
};

/** The dashboard's cards: expiry alerts, the default and backup cards, adding a backup. */
describe('AccountDashboardPage cards', () => {
  async function render(data: CustomerAccount) {
    const load = jest.fn(() => of(data));
    const tokenizeCard = jest.fn(() => of(token));
    const setBackupCard = jest.fn(() => of({}));
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: CustomerAccountApi, useValue: { load, tokenizeCard } },
        { provide: SelfServiceApi, useValue: { setBackupCard } },
        { provide: ProfileApi, useValue: { load: () => of(profile) } },
        { provide: ConfirmService, useValue: { confirm: () => Promise.resolve(true) } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(customerTexts);
    translations.use('en');
    const fixture = TestBed.createComponent(AccountDashboardPage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, element, load, tokenizeCard, setBackupCard };
  }

  it('warns ahead of the default card expiring, and more sharply once expired', async () => {
    const { element } = await render({
      ...account,
      cardAlerts: [
        {
          kind: 'card_expiring',
          role: 'primary',
          last4: '4242',
          expMonth: 12,
          expYear: 2026,
          validThrough: '2026-12-31',
          daysLeft: 20,
        },
        {
          kind: 'card_expired',
          role: 'backup',
          last4: '0005',
          expMonth: 10,
          expYear: 2026,
          validThrough: '2026-10-31',
          daysLeft: -41,
        },
      ],
    });
    const alerts = [...element.querySelectorAll('.card-alert')];
    expect(alerts.map((alert) => alert.textContent?.trim())).toEqual([
      'Your card ending 4242 expires on 2026-12-31, in 20 days. Add a backup card so auto top-up keeps your tags working.',
      'Your backup card ending 0005 expired on 2026-10-31. Replace it to keep a fallback.',
    ]);
    expect(alerts[1]!.classList).toContain('expired');
  });

  it('shows no alert while the cards are far from expiry', async () => {
    const { element } = await render(account);
    expect(element.querySelector('.alerts')).toBeNull();
    expect(element.querySelector('.default-card')?.textContent?.trim()).toBe(
      'visa •••• 4242 · 12/2030',
    );
    expect(element.querySelector('.backup-card')?.textContent?.trim()).toContain('None.');
  });

  it('adds a backup card by its processor token and shows the account again', async () => {
    const { fixture, element, load, tokenizeCard, setBackupCard } = await render(account);
    element.querySelector<HTMLButtonElement>('button.edit-backup')!.click();
    await fixture.whenStable();
    const type = (name: string, value: string) => {
      const field = element.querySelector<HTMLInputElement>(
        `.card-form [formControlName="${name}"]`,
      )!;
      field.value = value;
      field.dispatchEvent(new Event('input'));
    };
    type('number', '5555 5555 5555 4444');
    type('expMonth', '3');
    type('expYear', '2030');
    type('cvc', '123');
    element.querySelector('form.card-form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(tokenizeCard).toHaveBeenCalledWith({
      number: '5555555555554444',
      expMonth: 3,
      expYear: 2030,
      cvc: '123',
    });
    expect(setBackupCard).toHaveBeenCalledWith(token);
    expect(load).toHaveBeenCalledTimes(2);
    expect(element.querySelector('.card-outcome')?.textContent?.trim()).toBe('Backup card saved.');
    expect(element.querySelector('form.card-form')).toBeNull();
  });
});
