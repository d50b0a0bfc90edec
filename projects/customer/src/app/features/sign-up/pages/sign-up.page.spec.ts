import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AuthService, TranslationService } from '@beaus/shared';
import { of, Subject, throwError } from 'rxjs';
import { customerTexts } from '../../../customer.texts';
import { SignUpApi, type CardToken, type SignUpResult } from '../data/sign-up.api';
import SignUpPage from './sign-up.page';

const card: CardToken = {
  token: 'tok_sbx_ok_visa_4242_0123456789abcdef',
  brand: 'visa',
  last4: '4242',
  expMonth: 12,
  expYear: 2031,
};
const opened: SignUpResult = {
  accountNo: '100000061',
  username: 'ana@example.com',
  initialTopUp: { status: 'succeeded', amountCents: 4000, declineReason: null },
};

describe('SignUpPage', () => {
  async function render(signUp: jest.Mock) {
    const tokenizeCard = jest.fn(() => of(card));
    const signIn = jest.fn(() => Promise.resolve({}));
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: SignUpApi, useValue: { tokenizeCard, signUp } },
        { provide: AuthService, useValue: { signIn } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(customerTexts);
    translations.use('en');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const fixture = TestBed.createComponent(SignUpPage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const type = (name: string, value: string) => {
      const field = element.querySelector<HTMLInputElement>(`[formControlName="${name}"]`)!;
      field.value = value;
      field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input'));
    };
    const fill = () => {
      type('firstName', 'Ana');
      type('lastName', 'Lopez');
      type('email', 'ana@example.com');
      type('phone', '919 555 0142');
      type('password', 'toll roads 2026!');
      type('plate', 'abc 123');
      type('vehicleClass', '3');
      type('number', '4242 4242 4242 4242');
      type('expMonth', '12');
      type('expYear', '2031');
      type('cvc', '123');
      type('openingDollars', '50');
    };
    const submit = async () => {
      element.querySelector('form')!.dispatchEvent(new Event('submit'));
      await fixture.whenStable();
    };
    return { fixture, element, fill, submit, tokenizeCard, signIn, navigate };
  }

  it('opens the account with a token for the card, signs the driver in and shows the account', async () => {
    const signUp = jest.fn(() => of(opened));
    const { fill, submit, tokenizeCard, signIn, navigate } = await render(signUp);
    fill();
    await submit();
    expect(tokenizeCard).toHaveBeenCalledWith({
      number: '4242424242424242',
      expMonth: 12,
      expYear: 2031,
      cvc: '123',
    });
    expect(signUp).toHaveBeenCalledWith({
      contact: {
        firstName: 'Ana',
        lastName: 'Lopez',
        email: 'ana@example.com',
        phone: '919 555 0142',
      },
      password: 'toll roads 2026!',
      vehicles: [{ plate: 'abc 123', jurisdiction: 'NC', vehicleClass: 3 }],
      card,
      initialTopUpCents: 5000,
      autoTopUp: { thresholdCents: 1000, amountCents: 4000 },
    });
    expect(signIn).toHaveBeenCalledWith('ana@example.com', 'toll roads 2026!');
    expect(navigate).toHaveBeenCalledWith(['/account']);
  });

  it('sends one sign-up for a double click', async () => {
    const pending = new Subject<SignUpResult>();
    const signUp = jest.fn(() => pending);
    const { element, fill, submit } = await render(signUp);
    fill();
    await submit();
    await submit();
    expect(signUp).toHaveBeenCalledTimes(1);
    expect(element.querySelector<HTMLButtonElement>('button.submit')!.disabled).toBe(true);
  });

  it('sends nothing and says so while fields are missing', async () => {
    const signUp = jest.fn();
    const { element, submit, tokenizeCard } = await render(signUp);
    await submit();
    expect(tokenizeCard).not.toHaveBeenCalled();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'Some fields need attention',
    );
  });

  it('refuses a plate longer than 8 letters or digits before sending anything', async () => {
    const signUp = jest.fn();
    const { fixture, element, fill, submit, tokenizeCard } = await render(signUp);
    fill();
    const plate = element.querySelector<HTMLInputElement>('[formControlName="plate"]')!;
    plate.value = 'abcd-12345';
    plate.dispatchEvent(new Event('input'));
    await submit();
    fixture.detectChanges();
    expect(tokenizeCard).not.toHaveBeenCalled();
    expect(element.querySelector('.vehicle mat-error')?.textContent).toContain(
      'Up to 8 letters or digits',
    );
  });

  it('tells the driver an e-mail is already registered', async () => {
    const signUp = jest.fn(() =>
      throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: { code: 'BEAUS_ERR_CONFLICT', message: 'An account with this e-mail address…' },
          }),
      ),
    );
    const { element, fill, submit, signIn } = await render(signUp);
    fill();
    await submit();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'An account with this e-mail already exists. Sign in instead.',
    );
    expect(signIn).not.toHaveBeenCalled();
  });

  it('adds a second vehicle and can remove it again', async () => {
    const { fixture, element } = await render(jest.fn());
    element.querySelector<HTMLButtonElement>('button.add')!.click();
    await fixture.whenStable();
    expect(element.querySelectorAll('.vehicle')).toHaveLength(2);
    element.querySelector<HTMLButtonElement>('button.remove')!.click();
    await fixture.whenStable();
    expect(element.querySelectorAll('.vehicle')).toHaveLength(1);
  });

  it('says when the account opened but the card declined the opening balance', async () => {
    const declined = {
      ...opened,
      initialTopUp: {
        status: 'failed' as const,
        amountCents: 4000,
        declineReason: 'card_declined',
      },
    };
    const { fixture, element, fill, submit, navigate } = await render(jest.fn(() => of(declined)));
    fill();
    await submit();
    await fixture.whenStable();
    expect(element.textContent).toContain('Account 100000061 is open');
    expect(element.textContent).toContain('Your card was declined');
    expect(navigate).not.toHaveBeenCalled();
  });
});
