import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { ToastService, TranslationService } from '@beaus/shared';
import { of, throwError } from 'rxjs';
import type { Observable } from 'rxjs';
import { supervisorTexts } from '../../../supervisor.texts';
import { RefundApprovalsApi } from '../data/refund-approvals.api';
import type { PendingRefund, RefundDecision } from '../data/refund-approvals.api';
import { refundApprovalTexts } from '../refund-approvals.texts';
import { PendingRefundsComponent } from './pending-refunds.component';

const pending = (id: string, amountCents: number): PendingRefund => ({
  id,
  paymentId: `5${id}`,
  amountCents,
  reasonCode: 'DUPLICATE_PAYMENT',
  note: 'Paid twice by mistake',
  requestedBy: 'agent2',
  requestedAt: '2026-11-25T15:00:00Z',
  account: { id: '3', accountNo: 'A-0003', balanceCents: 12_500 },
});

describe('PendingRefundsComponent', () => {
  async function render(decide: () => Observable<RefundDecision>) {
    let list = [pending('7', 7_500), pending('8', 6_000)];
    const api = {
      listPending: jest.fn(() => of(list)),
      decide: jest.fn((id: string) => {
        list = list.filter((r) => r.id !== id);
        return decide();
      }),
    };
    const toast = { info: jest.fn(), error: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        { provide: RefundApprovalsApi, useValue: api },
        { provide: ToastService, useValue: toast },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(supervisorTexts);
    translations.register(refundApprovalTexts);
    translations.use('en');
    const fixture = TestBed.createComponent(PendingRefundsComponent);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const cards = () => [...element.querySelectorAll('article')];
    const write = async (card: Element, note: string) => {
      const area = card.querySelector('textarea')!;
      area.value = note;
      area.dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    return { fixture, element, cards, write, api, toast };
  }

  const button = (card: Element, name: 'approve' | 'reject') =>
    card.querySelector<HTMLButtonElement>(`button.${name}`)!;

  it('shows each refund waiting with its payment, account and the agent’s note', async () => {
    const { cards } = await render(() => of());
    expect(cards()).toHaveLength(2);
    expect(cards()[0].querySelector('h3')!.textContent).toContain(
      '$75.00 refund of payment 57 · DUPLICATE_PAYMENT · A-0003',
    );
    expect(cards()[0].textContent).toContain('Paid twice by mistake');
    expect(cards()[0].textContent).toContain('$125.00');
  });

  it('needs a note before approving, then pays out and drops the refund', async () => {
    const decision: RefundDecision = {
      id: '7',
      status: 'succeeded',
      accountId: '3',
      amountCents: 7_500,
      balanceCents: 5_000,
    };
    const { fixture, cards, write, api, toast } = await render(() => of(decision));
    const [first] = cards();
    expect(button(first, 'approve').disabled).toBe(true);
    await write(first, '  Checked with the bank ');
    button(first, 'approve').click();
    await fixture.whenStable();
    expect(api.decide).toHaveBeenCalledWith('7', 'approve', 'Checked with the bank');
    expect(toast.info).toHaveBeenCalledWith('Refund 7 approved and paid back to the card.');
    expect(cards()).toHaveLength(1);
  });

  it('shows a refusal from the BFF and reloads after a conflict', async () => {
    const conflict = new HttpErrorResponse({
      status: 409,
      error: { code: 'BEAUS_ERR_CONFLICT', message: 'Refund 8 was already decided (rejected).' },
    });
    const { fixture, cards, write, api, toast } = await render(() => throwError(() => conflict));
    const second = cards()[1];
    await write(second, 'No');
    button(second, 'reject').click();
    await fixture.whenStable();
    expect(toast.error).toHaveBeenCalledWith('Refund 8 was already decided (rejected).');
    expect(api.listPending).toHaveBeenCalledTimes(2);
  });
});
