import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { TranslationService } from '@beaus/shared';
import { of } from 'rxjs';
import { agentTexts } from '../../../agent.texts';
import { accountTexts } from '../account.texts';
import { MoneyApi } from '../data/money.api';
import type { AccountPayment, MoneyActionOutcome } from '../data/money.api';
import { moneyTexts } from '../money.texts';
import { PaymentsTabComponent } from './payments-tab.component';
import { RefundDialogComponent } from './refund-dialog.component';

const payment = (overrides: Partial<AccountPayment>): AccountPayment => ({
  id: '41',
  kind: 'payment',
  amountCents: 8000,
  status: 'succeeded',
  last4: '4242',
  brand: 'visa',
  createdAt: '2026-11-20T10:00:00Z',
  refundedCents: 0,
  refundableCents: 8000,
  awaitingApprovalCents: 0,
  ...overrides,
});

describe('PaymentsTabComponent', () => {
  let fixture: ComponentFixture<PaymentsTabComponent>;
  let element: HTMLElement;
  let loader: jest.Mock;
  let dialog: { open: jest.Mock };

  async function render(items: AccountPayment[]) {
    loader = jest.fn((_query: unknown) => of({ items, total: items.length }));
    dialog = {
      open: jest.fn(() => ({
        afterClosed: () =>
          of({
            refundId: '9',
            amountCents: 6000,
            awaitingApproval: true,
            status: 'awaiting_approval',
          }),
      })),
    };
    TestBed.configureTestingModule({
      providers: [
        // A new loader per call, as the real service makes one.
        {
          provide: MoneyApi,
          useValue: { payments: jest.fn(() => (query: unknown) => loader(query)) },
        },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    TestBed.overrideProvider(MatDialog, { useValue: dialog });
    const translations = TestBed.inject(TranslationService);
    for (const texts of [agentTexts, accountTexts, moneyTexts]) translations.register(texts);
    translations.use('en');
    fixture = TestBed.createComponent(PaymentsTabComponent);
    fixture.componentRef.setInput('accountId', 5);
    fixture.componentRef.setInput('agentLimitCents', 5000);
    await fixture.whenStable();
    element = fixture.nativeElement as HTMLElement;
  }

  const refundButtons = () =>
    [...element.querySelectorAll('button')].filter((b) => b.textContent?.includes('Refund'));

  it('shows each payment with its card, refunded amount and what awaits approval', async () => {
    await render([
      payment({ refundedCents: 1000, refundableCents: 1000, awaitingApprovalCents: 6000 }),
    ]);
    const text = element.textContent ?? '';
    expect(text).toContain('visa •••• 4242');
    expect(text).toContain('Payment (agent)');
    expect(text).toContain('$10.00');
    expect(text).toContain('$60.00 awaiting approval');
  });

  it('names a card by last four alone when its brand is unknown, and no card with a dash', async () => {
    await render([
      payment({ id: '1', brand: null, last4: '0005' }),
      payment({ id: '2', brand: null, last4: null }),
    ]);
    const text = element.textContent ?? '';
    expect(text).toContain('•••• 0005');
    expect(text).not.toContain('null');
    expect(text).toContain('—');
  });

  it('offers a refund only where something is left to refund', async () => {
    await render([
      payment({ id: '1' }),
      payment({ id: '2', refundableCents: 0, refundedCents: 8000 }),
      payment({ id: '3', kind: 'invoice', refundableCents: 0, last4: null }),
    ]);
    expect(refundButtons()).toHaveLength(1);
    expect(refundButtons()[0].getAttribute('aria-label')).toBe('Refund payment of $80.00');
  });

  it('opens the refund dialog and reports the outcome, then reloads on a new revision', async () => {
    await render([payment({})]);
    const completed: MoneyActionOutcome[] = [];
    fixture.componentInstance.completed.subscribe((outcome) => completed.push(outcome));
    refundButtons()[0].click();
    expect(dialog.open).toHaveBeenCalledWith(
      RefundDialogComponent,
      expect.objectContaining({
        data: expect.objectContaining({ accountId: 5, agentLimitCents: 5000 }),
      }),
    );
    expect(completed).toEqual([{ messageKey: 'agent.refund.pending', amountCents: 6000 }]);
    const calls = loader.mock.calls.length;
    fixture.componentRef.setInput('revision', 1);
    await fixture.whenStable();
    expect(loader.mock.calls.length).toBe(calls + 1);
  });
});
