import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslationService } from '@beaus/shared';
import { of } from 'rxjs';
import { customerTexts } from '../../../customer.texts';
import { CasesApi, type MyCaseDetail } from '../data/cases.api';
import MyCasePage from './my-case.page';

const decided: MyCaseDetail = {
  id: '9',
  kind: 'dispute',
  subject: 'Dispute: invoice INV00000123',
  status: 'resolved',
  outcome: 'upheld',
  openedAt: '2026-11-20T15:00:00Z',
  slaDueAt: '2026-11-30T15:00:00Z',
  closedAt: '2026-11-24T15:00:00Z',
  tripIds: [],
  invoiceNo: 'INV00000123',
  notes: [
    { body: 'The fee was added after I paid.', createdAt: '2026-11-20T15:00:00Z', byMe: true },
    { body: 'Fee waived.', createdAt: '2026-11-24T15:00:00Z', byMe: false },
  ],
};

describe('MyCasePage', () => {
  it('shows the status, outcome and every note, the operator unnamed', async () => {
    const load = jest.fn(() => of(decided));
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: CasesApi, useValue: { load } }],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(customerTexts);
    translations.use('en');
    const fixture = TestBed.createComponent(MyCasePage);
    fixture.componentRef.setInput('caseId', '9');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(load).toHaveBeenCalledWith('9');
    expect(element.querySelector('h1')?.textContent).toBe('Dispute: invoice INV00000123');
    expect(element.querySelector('.status')?.textContent).toBe('Resolved');
    expect(element.querySelector('.outcome')?.textContent).toBe('Upheld: we corrected the charge');
    const notes = [...element.querySelectorAll('.notes li')].map((note) =>
      note.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/^You · .* The fee was added after I paid\.$/);
    expect(notes[1]).toMatch(/^Beaus Tolling · .* Fee waived\.$/);
  });
});
