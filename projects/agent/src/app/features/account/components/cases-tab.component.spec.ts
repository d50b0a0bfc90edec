import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { TranslationService } from '@beaus/shared';
import { of } from 'rxjs';
import { agentTexts } from '../../../agent.texts';
import { accountTexts } from '../account.texts';
import { AccountServiceApi } from '../data/account-service.api';
import type { AccountCase, CasePage, ServiceOutcome } from '../data/account-service.api';
import { serviceTexts } from '../service.texts';
import { CasesTabComponent } from './cases-tab.component';
import type { ServiceActionDialogData } from './service-action-dialog.component';

const aCase = (overrides: Partial<AccountCase>): AccountCase => ({
  id: '1',
  kind: 'dispute',
  subject: 'Charged twice',
  status: 'open',
  outcome: null,
  ownerName: null,
  ownedByMe: false,
  openedByName: 'Alex Agent',
  slaDueAt: '2026-12-05T10:00:00Z',
  overdue: false,
  tripIds: ['101'],
  invoiceNo: null,
  createdAt: '2026-11-25T10:00:00Z',
  closedAt: null,
  notes: [
    {
      id: '5',
      createdAt: '2026-11-25T10:00:00Z',
      authorName: 'Alex Agent',
      body: 'Case opened',
    },
  ],
  ...overrides,
});

describe('CasesTabComponent', () => {
  let fixture: ComponentFixture<CasesTabComponent>;
  let element: HTMLElement;
  let api: Record<string, jest.Mock>;
  let open: jest.Mock;
  let changed: ServiceOutcome[];

  async function render(page: CasePage) {
    api = {
      cases: jest.fn(() => of(page)),
      takeCase: jest.fn(() =>
        of({ id: '1', status: 'in_progress', message: 'The case is yours.' }),
      ),
    };
    open = jest.fn(() => ({ afterClosed: () => of({ message: 'The case is yours.' }) }));
    TestBed.configureTestingModule({
      providers: [
        { provide: AccountServiceApi, useValue: api },
        { provide: MatDialog, useValue: { open } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    for (const texts of [agentTexts, accountTexts, serviceTexts]) translations.register(texts);
    translations.use('en');
    fixture = TestBed.createComponent(CasesTabComponent);
    fixture.componentRef.setInput('accountId', 5);
    changed = [];
    fixture.componentInstance.changed.subscribe((outcome) => changed.push(outcome));
    await fixture.whenStable();
    element = fixture.nativeElement as HTMLElement;
  }

  const page = (items: AccountCase[], overdueCount = 0): CasePage => ({
    items,
    page: 1,
    pageSize: 100,
    total: items.length,
    overdueCount,
  });

  it('lists the cases and flags an overdue one, in the list and above it', async () => {
    await render(
      page(
        [
          aCase({ id: '1', subject: 'Charged twice', overdue: true }),
          aCase({ id: '2', subject: 'Rate question', status: 'closed', outcome: 'denied' }),
        ],
        1,
      ),
    );
    expect(api['cases']).toHaveBeenCalledWith(5, 1, 100);
    const cases = element.querySelectorAll('li.case');
    expect(cases).toHaveLength(2);
    expect(cases[0].classList).toContain('overdue');
    expect(cases[0].textContent).toContain('Overdue');
    expect(cases[1].classList).not.toContain('overdue');
    expect(cases[1].textContent).toContain('Denied');
    // A closed case offers no work.
    expect(cases[1].querySelectorAll('button')).toHaveLength(0);
    expect(element.querySelector('[role="status"]')?.textContent).toContain(
      '1 case(s) past their SLA due date',
    );
  });

  it('says so when the account has no cases', async () => {
    await render(page([]));
    expect(element.textContent).toContain('No cases on this account.');
  });

  it('takes a case through the note dialog and tells the page', async () => {
    await render(page([aCase({})]));
    const take = [...element.querySelectorAll<HTMLButtonElement>('li.case button')].find((b) =>
      b.textContent?.includes('Assign to me'),
    )!;
    take.click();
    await fixture.whenStable();
    const data = open.mock.calls[0][1].data as ServiceActionDialogData;
    expect(data.titleParams).toEqual({ subject: 'Charged twice' });
    data.run({ note: 'Looking into it', tagNo: '', vehicleId: null, outcome: null }).subscribe();
    expect(api['takeCase']).toHaveBeenCalledWith(5, 1, 'Looking into it');
    expect(changed).toEqual([{ message: 'The case is yours.' }]);
  });

  it('does not offer to take a case already mine', async () => {
    await render(page([aCase({ status: 'in_progress', ownedByMe: true, ownerName: 'Me' })]));
    const labels = [...element.querySelectorAll('li.case button')].map((b) =>
      b.textContent?.trim(),
    );
    expect(labels).toEqual(['Add note', 'Close case']);
  });
});
