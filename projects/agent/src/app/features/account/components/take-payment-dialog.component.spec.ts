import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { TranslationService } from '@beaus/shared';
import { Subject, of, throwError } from 'rxjs';
import { agentTexts } from '../../../agent.texts';
import { accountTexts } from '../account.texts';
import { CardPaymentApi } from '../data/card-payment.api';
import type { CardPaymentReceipt } from '../data/card-payment.api';
import { paymentTexts } from '../payment.texts';
import { TakePaymentDialogComponent } from './take-payment-dialog.component';

const receipt: CardPaymentReceipt = {
  paymentId: '77',
  status: 'succeeded',
  amountCents: 2550,
  paidAt: '2026-11-25T13:00:00Z',
  message: 'Payment taken and added to the balance.',
};

const declined = new HttpErrorResponse({
  status: 402,
  error: { code: 'BEAUS_ERR_PAYMENT_DECLINED', message: 'The card was declined.' },
});

describe('TakePaymentDialogComponent', () => {
  let fixture: ComponentFixture<TakePaymentDialogComponent>;
  let element: HTMLElement;
  let api: { tokenize: jest.Mock; take: jest.Mock };
  let close: jest.Mock;

  async function render() {
    api = {
      tokenize: jest.fn(() => of({ token: 'tok_sbx_ok_visa_4242_0123456789abcdef' })),
      take: jest.fn(() => of(receipt)),
    };
    close = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        { provide: CardPaymentApi, useValue: api },
        { provide: MatDialogRef, useValue: { close } },
        { provide: MAT_DIALOG_DATA, useValue: { accountId: 5 } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    for (const texts of [agentTexts, accountTexts, paymentTexts]) translations.register(texts);
    translations.use('en');
    fixture = TestBed.createComponent(TakePaymentDialogComponent);
    await fixture.whenStable();
    element = fixture.nativeElement as HTMLElement;
  }

  const field = (name: string) =>
    element.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;

  function fill(values: Record<string, string>) {
    for (const [name, value] of Object.entries(values)) {
      field(name).value = value;
      field(name).dispatchEvent(new Event('input'));
    }
  }

  const card = { cardNumber: '4242 4242 4242 4242', expiry: '12/29', cvc: '123' };
  const submit = async () => {
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  const alerts = () => [...element.querySelectorAll('[role="alert"]')].map((a) => a.textContent);

  it('sends the card only to the tokenizer and the token with the note to the BFF', async () => {
    await render();
    fill({ amount: '25.50', ...card, note: 'Paid by phone' });
    await submit();
    expect(api.tokenize).toHaveBeenCalledWith({
      number: '4242424242424242',
      expMonth: 12,
      expYear: 2029,
      cvc: '123',
    });
    const [accountId, key, body] = api.take.mock.calls[0];
    expect(accountId).toBe(5);
    expect(key).toMatch(/^agent-[A-Za-z0-9-]+$/);
    expect(body).toEqual({
      amountCents: 2550,
      note: 'Paid by phone',
      cardToken: 'tok_sbx_ok_visa_4242_0123456789abcdef',
    });
    expect(close).toHaveBeenCalledWith(receipt);
  });

  it('sends one payment however often the agent clicks while it is on its way', async () => {
    await render();
    const answer = new Subject<CardPaymentReceipt>();
    api.take.mockReturnValue(answer);
    fill({ amount: '10', ...card, note: 'Paid by phone' });
    await submit();
    await submit();
    expect(api.tokenize).toHaveBeenCalledTimes(1);
    expect(api.take).toHaveBeenCalledTimes(1);
    answer.next(receipt);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('retries a lost answer with the same key and token, so it cannot charge twice', async () => {
    await render();
    api.take.mockReturnValueOnce(throwError(() => new HttpErrorResponse({ status: 0 })));
    fill({ amount: '10', ...card, note: 'Paid by phone' });
    await submit();
    expect(alerts()).toContain('That did not work. Try again in a moment.');
    await submit();
    expect(api.tokenize).toHaveBeenCalledTimes(1);
    expect(api.take.mock.calls[1]).toEqual(api.take.mock.calls[0]);
    expect(close).toHaveBeenCalledWith(receipt);
  });

  it('shows a decline and makes the next attempt a new payment', async () => {
    await render();
    api.take.mockReturnValueOnce(throwError(() => declined));
    fill({ amount: '10', ...card, note: 'Paid by phone' });
    await submit();
    expect(alerts()).toContain('The card was declined.');
    expect(close).not.toHaveBeenCalled();
    fill({ cardNumber: '5555 5555 5555 4444' });
    await submit();
    expect(api.take.mock.calls[1][1]).not.toBe(api.take.mock.calls[0][1]);
    expect(api.tokenize).toHaveBeenCalledTimes(2);
  });

  it('requires an amount, a card and a note before sending anything', async () => {
    await render();
    await submit();
    expect(alerts()).toEqual([
      'Enter an amount such as 25 or 25.50.',
      'Enter the card number, its expiry as MM/YY and the CVC.',
      'A note saying why is required.',
    ]);
    expect(api.tokenize).not.toHaveBeenCalled();
    expect(api.take).not.toHaveBeenCalled();
  });

  it('charges the card on file without asking for card details', async () => {
    await render();
    const onFile = field('useCardOnFile') as HTMLInputElement;
    onFile.checked = true;
    onFile.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(element.querySelector('[name="cardNumber"]')).toBeNull();
    fill({ amount: '40', note: 'Monthly payment' });
    await submit();
    expect(api.tokenize).not.toHaveBeenCalled();
    expect(api.take.mock.calls[0][2]).toEqual({
      amountCents: 4000,
      note: 'Monthly payment',
      useCardOnFile: true,
    });
  });
});
