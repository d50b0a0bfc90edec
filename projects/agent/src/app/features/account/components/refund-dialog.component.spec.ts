import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { TranslationService } from '@beaus/shared';
import { Subject, of, throwError } from 'rxjs';
import { agentTexts } from '../../../agent.texts';
import { accountTexts } from '../account.texts';
import { MoneyApi } from '../data/money.api';
import type { AccountPayment, RefundResult } from '../data/money.api';
import { moneyTexts } from '../money.texts';
import { RefundDialogComponent } from './refund-dialog.component';

const payment: AccountPayment = {
  id: '41',
  kind: 'payment',
  amountCents: 8000,
  status: 'succeeded',
  last4: '4242',
  brand: 'visa',
  createdAt: '2026-11-20T10:00:00Z',
  refundedCents: 1000,
  refundableCents: 7000,
  awaitingApprovalCents: 0,
};

const result = (amountCents: number, awaitingApproval = false): RefundResult => ({
  refundId: '9',
  paymentId: '41',
  status: awaitingApproval ? 'awaiting_approval' : 'succeeded',
  amountCents,
  awaitingApproval,
  agentLimitCents: 5000,
  balanceCents: 12_000,
  message: 'done',
});

describe('RefundDialogComponent', () => {
  let fixture: ComponentFixture<RefundDialogComponent>;
  let element: HTMLElement;
  let api: { refund: jest.Mock };
  let close: jest.Mock;

  async function render() {
    api = { refund: jest.fn(() => of(result(2550))) };
    close = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        { provide: MoneyApi, useValue: api },
        { provide: MatDialogRef, useValue: { close } },
        { provide: MAT_DIALOG_DATA, useValue: { accountId: 5, payment, agentLimitCents: 5000 } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    for (const texts of [agentTexts, accountTexts, moneyTexts]) translations.register(texts);
    translations.use('en');
    fixture = TestBed.createComponent(RefundDialogComponent);
    await fixture.whenStable();
    element = fixture.nativeElement as HTMLElement;
  }

  const field = (name: string) =>
    element.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
      `[name="${name}"]`,
    )!;
  async function fill(values: Record<string, string>) {
    for (const [name, value] of Object.entries(values)) {
      field(name).value = value;
      field(name).dispatchEvent(new Event(name === 'reason' ? 'change' : 'input'));
    }
    await fixture.whenStable();
  }
  const submit = async () => {
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  const alerts = () =>
    [...element.querySelectorAll('[role="alert"]')].map((a) => a.textContent?.trim());
  const statuses = () =>
    [...element.querySelectorAll('[role="status"]')].map((a) => a.textContent?.trim());

  it('offers what is left to refund and sends amount, reason and note with a key', async () => {
    await render();
    expect(field('amount').value).toBe('70.00');
    expect(element.textContent).toContain('up to $70.00 can be refunded');
    await fill({ amount: '25.50', reason: 'DUPLICATE_PAYMENT', note: ' Paid twice ' });
    await submit();
    const [accountId, paymentId, key, body] = api.refund.mock.calls[0];
    expect([accountId, paymentId]).toEqual([5, 41]);
    expect(key).toMatch(/^agent-[A-Za-z0-9-]+$/);
    expect(body).toEqual({
      amountCents: 2550,
      reasonCode: 'DUPLICATE_PAYMENT',
      note: 'Paid twice',
    });
    expect(close).toHaveBeenCalledWith(result(2550));
  });

  it('says before sending that an amount above the limit waits for a supervisor', async () => {
    await render();
    await fill({ amount: '60' });
    expect(statuses()).toContain('Above your limit: it will wait for supervisor approval.');
    await fill({ amount: '40' });
    expect(statuses()).toEqual([]);
  });

  it('requires a note and refuses more than is left, sending nothing', async () => {
    await render();
    await fill({ amount: '70.01' });
    await submit();
    expect(alerts()).toEqual(['At most $70.00 can be refunded.', 'A note saying why is required.']);
    expect(api.refund).not.toHaveBeenCalled();
  });

  it('sends one refund however often the agent clicks, showing progress', async () => {
    await render();
    const answer = new Subject<RefundResult>();
    api.refund.mockReturnValue(answer);
    await fill({ note: 'Closing the account' });
    await submit();
    await submit();
    expect(api.refund).toHaveBeenCalledTimes(1);
    expect(element.querySelector('button[type="submit"]')!.textContent).toContain('Refunding…');
    answer.next(result(7000));
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('retries a lost answer with the same key, so it cannot refund twice', async () => {
    await render();
    api.refund.mockReturnValueOnce(throwError(() => new HttpErrorResponse({ status: 0 })));
    await fill({ note: 'Closing the account' });
    await submit();
    expect(alerts()).toContain('That did not work. Try again in a moment.');
    await submit();
    expect(api.refund.mock.calls[1]).toEqual(api.refund.mock.calls[0]);
    expect(close).toHaveBeenCalled();
  });

  it("shows the BFF's refusal and makes the next attempt a new refund", async () => {
    await render();
    const refused = new HttpErrorResponse({
      status: 402,
      error: { code: 'BEAUS_ERR_PAYMENT_DECLINED', message: 'The card processor refused.' },
    });
    api.refund.mockReturnValueOnce(throwError(() => refused));
    await fill({ note: 'Closing the account' });
    await submit();
    expect(alerts()).toContain('The card processor refused.');
    expect(close).not.toHaveBeenCalled();
    await submit();
    expect(api.refund.mock.calls[1][2]).not.toBe(api.refund.mock.calls[0][2]);
  });
});
