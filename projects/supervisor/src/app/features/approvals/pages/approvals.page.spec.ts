import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { ToastService, TranslationService } from '@beaus/shared';
import { of, throwError } from 'rxjs';
import type { Observable } from 'rxjs';
import { supervisorTexts } from '../../../supervisor.texts';
import { ApprovalsApi, type ApprovalDecision, type PendingApproval } from '../data/approvals.api';
import { RefundApprovalsApi } from '../data/refund-approvals.api';
import ApprovalsPage from './approvals.page';

const pending = (id: string, amountCents: number): PendingApproval => ({
  id,
  amountCents,
  reasonCode: 'GOODWILL',
  note: 'Above my limit.',
  requestedBy: 'agent2',
  requestedAt: '2026-11-25T15:00:00Z',
  account: {
    id: '3',
    accountNo: `A-000${id}`,
    type: 'prepaid',
    status: 'active',
    holderName: 'Ana Ruiz',
    balanceCents: 1_250,
  },
});

describe('ApprovalsPage', () => {
  async function render(decide: () => Observable<ApprovalDecision>) {
    let list = [pending('7', 7_500), pending('8', -6_000)];
    const api = {
      listPending: jest.fn(() => of(list)),
      decide: jest.fn((id: string) => {
        list = list.filter((a) => a.id !== id);
        return decide();
      }),
    };
    const toast = { info: jest.fn(), error: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        { provide: ApprovalsApi, useValue: api },
        // The refunds section has its own spec; here it lists nothing.
        { provide: RefundApprovalsApi, useValue: { listPending: () => of([]) } },
        { provide: ToastService, useValue: toast },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(supervisorTexts);
    translations.use('en');
    const fixture = TestBed.createComponent(ApprovalsPage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const cards = () => [...element.querySelectorAll('beaus-approval-card')];
    const write = async (card: Element, note: string) => {
      const area = card.querySelector('textarea')!;
      area.value = note;
      area.dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    return { fixture, element, cards, write, api, toast };
  }

  it('shows each pending adjustment with its account', async () => {
    const { cards } = await render(() => of({} as ApprovalDecision));
    expect(cards()).toHaveLength(2);
    expect(cards()[0].textContent).toContain('$75.00');
    expect(cards()[0].textContent).toContain('A-0007');
    expect(cards()[0].textContent).toContain('Ana Ruiz');
    expect(cards()[0].textContent).toContain('agent2');
  });

  it('asks for a note before approving, then approves with it', async () => {
    const decision: ApprovalDecision = {
      id: '7',
      status: 'applied',
      accountId: '3',
      amountCents: 7_500,
      balanceCents: 8_750,
    };
    const { fixture, cards, write, api, toast } = await render(() => of(decision));
    const approve = cards()[0].querySelector<HTMLButtonElement>('button.approve')!;
    expect(approve.disabled).toBe(true);
    await write(cards()[0], '   ');
    expect(approve.disabled).toBe(true);
    await write(cards()[0], ' Checked the trips. ');
    expect(approve.disabled).toBe(false);
    approve.click();
    await fixture.whenStable();
    expect(api.decide).toHaveBeenCalledWith('7', 'approve', 'Checked the trips.');
    expect(toast.info).toHaveBeenCalledWith('Adjustment 7 approved and applied.');
    expect(cards()).toHaveLength(1);
  });

  it('says why a decision was refused', async () => {
    const refusal = new HttpErrorResponse({
      status: 403,
      error: {
        code: 'BEAUS_ERR_FORBIDDEN',
        message: 'You cannot decide an adjustment you requested',
      },
    });
    const { fixture, cards, write, toast } = await render(() => throwError(() => refusal));
    await write(cards()[1], 'No.');
    cards()[1].querySelector<HTMLButtonElement>('button.reject')!.click();
    await fixture.whenStable();
    expect(toast.error).toHaveBeenCalledWith('You cannot decide an adjustment you requested');
  });

  it('says so when nothing waits', async () => {
    const { fixture, element, api } = await render(() => of({} as ApprovalDecision));
    api.listPending.mockReturnValue(of([]));
    fixture.componentInstance['pending'].reload();
    await fixture.whenStable();
    expect(element.textContent).toContain('Nothing waits for approval.');
  });
});
