import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { TranslationService } from '@beaus/shared';
import { of } from 'rxjs';
import { agentTexts } from '../../../agent.texts';
import { accountTexts } from '../account.texts';
import { MoneyApi } from '../data/money.api';
import type { AccountInvoice, MoneyActionOutcome } from '../data/money.api';
import { moneyTexts } from '../money.texts';
import { InvoicesTabComponent } from './invoices-tab.component';
import { MoneyActionDialogComponent } from './money-action-dialog.component';

const fee = {
  id: '30',
  kind: 'fee' as const,
  description: 'Second notice fee',
  amountCents: 600,
  ruleRef: 'invoices.escalationLadder',
  addedAt: '2026-10-20T00:00:00Z',
  waivedAt: null,
  waivedBy: null,
};

const invoice = (overrides: Partial<AccountInvoice>): AccountInvoice => ({
  id: '12',
  invoiceNo: 'INV0000012',
  plate: 'ABC1234',
  jurisdiction: 'NC',
  stage: 'second_notice',
  status: 'open',
  issuedAt: '2026-09-16T00:00:00Z',
  dueAt: '2026-10-16',
  totalCents: 1450,
  paidCents: 0,
  openCents: 1450,
  fees: [fee],
  ...overrides,
});

describe('InvoicesTabComponent', () => {
  let fixture: ComponentFixture<InvoicesTabComponent>;
  let element: HTMLElement;
  let dialog: { open: jest.Mock };

  async function render(items: AccountInvoice[]) {
    const outcome: MoneyActionOutcome = { messageKey: 'agent.waive.done', amountCents: 600 };
    dialog = { open: jest.fn(() => ({ afterClosed: () => of(outcome) })) };
    const loader = jest.fn(() => of({ items, total: items.length }));
    TestBed.configureTestingModule({
      providers: [
        { provide: MoneyApi, useValue: { invoices: jest.fn(() => loader) } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    TestBed.overrideProvider(MatDialog, { useValue: dialog });
    const translations = TestBed.inject(TranslationService);
    for (const texts of [agentTexts, accountTexts, moneyTexts]) translations.register(texts);
    translations.use('en');
    fixture = TestBed.createComponent(InvoicesTabComponent);
    fixture.componentRef.setInput('accountId', 5);
    await fixture.whenStable();
    element = fixture.nativeElement as HTMLElement;
  }

  const waiveButtons = () =>
    [...element.querySelectorAll('button')].filter((b) => b.textContent?.trim() === 'Waive');

  it('shows the stage, amounts and each fee with the rule that added it', async () => {
    await render([invoice({})]);
    const text = element.textContent ?? '';
    expect(text).toContain('INV0000012');
    expect(text).toContain('Second notice');
    expect(text).toContain('Second notice fee: $6.00');
    expect(text).toContain('invoices.escalationLadder');
    expect(text).toContain('$14.50');
  });

  it('offers a waiver only for fees not yet waived on open invoices', async () => {
    await render([
      invoice({}),
      invoice({ id: '13', status: 'paid', openCents: 0, fees: [{ ...fee, id: '31' }] }),
      invoice({
        id: '14',
        fees: [{ ...fee, id: '32', waivedAt: '2026-11-01T00:00:00Z', waivedBy: 'agent1' }],
      }),
    ]);
    expect(waiveButtons()).toHaveLength(1);
    expect(waiveButtons()[0].getAttribute('aria-label')).toBe(
      'Waive Second notice fee on invoice INV0000012',
    );
    expect(element.textContent).toContain('waived by agent1');
  });

  it('opens the waiver dialog for that fee and reports the outcome', async () => {
    await render([invoice({})]);
    const completed: MoneyActionOutcome[] = [];
    fixture.componentInstance.completed.subscribe((outcome) => completed.push(outcome));
    waiveButtons()[0].click();
    expect(dialog.open).toHaveBeenCalledWith(
      MoneyActionDialogComponent,
      expect.objectContaining({
        data: expect.objectContaining({
          action: { kind: 'waiveFee', accountId: 5, invoiceId: 12, feeId: 30 },
          askReason: false,
          params: expect.objectContaining({ amount: '$6.00' }),
        }),
      }),
    );
    expect(completed).toEqual([{ messageKey: 'agent.waive.done', amountCents: 600 }]);
  });
});
