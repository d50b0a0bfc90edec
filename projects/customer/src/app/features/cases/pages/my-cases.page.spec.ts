import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter, Router } from '@angular/router';
import { TranslationService } from '@beaus/shared';
import { BehaviorSubject, of, throwError } from 'rxjs';
import { customerTexts } from '../../../customer.texts';
import { CasesApi, type MyCase, type RecentTrip } from '../data/cases.api';
import MyCasesPage from './my-cases.page';

const trip: RecentTrip = {
  id: '31',
  occurredAt: '2026-11-24T13:05:00Z',
  plazaName: 'Northbridge Main',
  plazaCode: 'NB01',
  timeZone: 'America/Chicago',
  plate: 'ABC123',
  readType: 'tag',
  amountCents: 275,
  status: 'posted',
  rate: null,
  hasPhoto: false,
};
const opened: MyCase = {
  id: '9',
  kind: 'dispute',
  subject: 'Dispute: trip at Northbridge Main on 2026-11-24',
  status: 'open',
  outcome: null,
  openedAt: '2026-11-25T10:00:00Z',
  slaDueAt: '2026-12-05T10:00:00Z',
  closedAt: null,
  tripIds: ['31'],
  invoiceNo: null,
};

describe('MyCasesPage', () => {
  async function render(api: Partial<Record<keyof CasesApi, jest.Mock>>, tripId?: string) {
    const queryParamMap = new BehaviorSubject(convertToParamMap(tripId ? { tripId } : {}));
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        {
          provide: CasesApi,
          useValue: {
            list: jest.fn(() => of([opened])),
            recentTrips: jest.fn(() => of([trip])),
            ...api,
          },
        },
        { provide: ActivatedRoute, useValue: { queryParamMap } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(customerTexts);
    translations.use('en');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const fixture = TestBed.createComponent(MyCasesPage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, element, navigate };
  }

  it('lists my disputes with their status and the date an answer is due', async () => {
    const { element } = await render({});
    const item = element.querySelector('.cases li')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(item).toContain('Dispute: trip at Northbridge Main on 2026-11-24');
    expect(item).toContain('Open');
    expect(item).toContain('Answer by Dec 5, 2026');
  });

  it('disputes the trip chosen on the dashboard and shows the new case', async () => {
    const open = jest.fn(() => of(opened));
    const { fixture, element, navigate } = await render({ open }, '31');
    expect(element.querySelector<HTMLSelectElement>('select')!.value).toBe('31');
    const reason = element.querySelector<HTMLTextAreaElement>('textarea')!;
    reason.value = 'I was at home all day, not on this road.';
    reason.dispatchEvent(new Event('input'));
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(open).toHaveBeenCalledWith({
      tripId: 31,
      reason: 'I was at home all day, not on this road.',
    });
    expect(navigate).toHaveBeenCalledWith(['9'], expect.anything());
  });

  it('sends nothing without a reason, and says when the charge is already disputed', async () => {
    const open = jest.fn(() => throwError(() => new HttpErrorResponse({ status: 409 })));
    const { fixture, element } = await render({ open }, '31');
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    expect(open).not.toHaveBeenCalled();
    const reason = element.querySelector<HTMLTextAreaElement>('textarea')!;
    reason.value = 'Charged twice for the same passage.';
    reason.dispatchEvent(new Event('input'));
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'You already have an open dispute about this.',
    );
  });

  it('disputes an invoice by its number', async () => {
    const open = jest.fn(() => of(opened));
    const { fixture, element } = await render({ open });
    element.querySelector<HTMLInputElement>('input[value="invoice"]')!.click();
    await fixture.whenStable();
    const invoiceNo = element.querySelector<HTMLInputElement>('[formControlName="invoiceNo"]')!;
    invoiceNo.value = 'inv00000123';
    invoiceNo.dispatchEvent(new Event('input'));
    const reason = element.querySelector<HTMLTextAreaElement>('textarea')!;
    reason.value = 'The fee was added after I paid.';
    reason.dispatchEvent(new Event('input'));
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    expect(open).toHaveBeenCalledWith({
      invoiceNo: 'INV00000123',
      reason: 'The fee was added after I paid.',
    });
  });
});
