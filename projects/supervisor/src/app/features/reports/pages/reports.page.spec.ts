import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ToastService, TranslationService } from '@beaus/shared';
import { of } from 'rxjs';
import { supervisorTexts } from '../../../supervisor.texts';
import {
  ReportsApi,
  type ReconciliationReport,
  type RevenueReport,
  type TrafficReport,
} from '../data/reports.api';
import ReportsPage from './reports.page';

const revenue: RevenueReport = {
  from: '2026-11-19',
  to: '2026-11-25',
  rows: [
    {
      day: '2026-11-25',
      plazaCode: 'N1',
      plazaName: 'North',
      trips: 40,
      revenueCents: 12_345,
      tagReads: 30,
      plateReads: 8,
      reviewReads: 2,
    },
  ],
};

const traffic: TrafficReport = {
  from: '2026-11-19',
  to: '2026-11-25',
  plaza: null,
  rows: [
    {
      hour: 7,
      vehicleClass: 2,
      trips: 900,
      revenueCents: 180_000,
      tagReads: 800,
      plateReads: 90,
      reviewReads: 10,
    },
    {
      hour: 7,
      vehicleClass: 5,
      trips: 12,
      revenueCents: 9_600,
      tagReads: 10,
      plateReads: 2,
      reviewReads: 0,
    },
  ],
};

const reconciliation = (difference: number): ReconciliationReport => ({
  from: '2026-11-19',
  to: '2026-11-25',
  rows: [
    {
      day: '2026-11-25',
      plazaCode: 'N1',
      received: 50 + difference,
      posted: 40,
      inReview: 2,
      deadLetters: 1,
      duplicates: 7,
      difference,
      postedCents: 12_345,
    },
  ],
});

describe('ReportsPage', () => {
  async function render(url: string, difference = 0) {
    const api = {
      revenue: jest.fn(() => of(revenue)),
      traffic: jest.fn(() => of(traffic)),
      reconciliation: jest.fn(() => of(reconciliation(difference))),
      aging: jest.fn(() => of({ asOf: '2026-11-25', rows: [] })),
      slaBreaches: jest.fn(() =>
        of({
          from: '2026-11-19',
          to: '2026-11-25',
          rows: [
            {
              caseId: '12',
              kind: 'dispute',
              status: 'open',
              owner: 'agent1',
              openedAt: '2026-11-10T10:00:00Z',
              slaDueAt: '2026-11-20T10:00:00Z',
              closedAt: null,
              daysLate: 5,
            },
          ],
        }),
      ),
      csv: jest.fn(() => of(new Blob(['day\r\n']))),
    };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'reports', component: ReportsPage }]),
        { provide: ReportsApi, useValue: api },
        { provide: ToastService, useValue: { info: jest.fn(), error: jest.fn() } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(supervisorTexts);
    translations.use('en');
    const harness = await RouterTestingHarness.create(url);
    await harness.fixture.whenStable();
    return { harness, element: harness.routeNativeElement as HTMLElement, api };
  }

  it('shows revenue by plaza and day for the filter in the URL', async () => {
    const { element, api } = await render('/reports?from=2026-11-19&to=2026-11-25&plaza=N1');
    expect(api.revenue).toHaveBeenCalledWith({ from: '2026-11-19', to: '2026-11-25', plaza: 'N1' });
    const cells = [...element.querySelectorAll('tbody td')].map((c) => c.textContent?.trim());
    expect(cells).toEqual(['2026-11-25', 'N1', '40', '$123.45', '30', '8', '2']);
  });

  it('shows traffic by local hour and vehicle class, and says what the export holds', async () => {
    const { element, api } = await render('/reports?report=traffic&from=2026-11-19&to=2026-11-25');
    expect(api.traffic).toHaveBeenCalledWith({ from: '2026-11-19', to: '2026-11-25', plaza: null });
    const rows = [...element.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((c) => c.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['07:00', '2', '900', '$1,800.00', '800', '90', '10'],
      ['07:00', '5', '12', '$96.00', '10', '2', '0'],
    ]);
    expect(element.querySelector('.summary')?.textContent).toContain('the CSV has every plaza');
  });

  it('says a balanced reconciliation is balanced', async () => {
    const { element } = await render('/reports?report=reconciliation');
    expect(element.querySelector('.summary')?.textContent).toContain(
      'Every received read is accounted for.',
    );
    expect(element.querySelector('tr.flagged')).toBeNull();
  });

  it('flags a plaza-day with an unexplained difference, in words and in red', async () => {
    const { element } = await render('/reports?report=reconciliation', 3);
    expect(element.querySelector('.summary')?.textContent).toContain(
      '1 plaza-days have an unexplained difference',
    );
    expect(element.querySelectorAll('tr.flagged')).toHaveLength(1);
  });

  it('lists cases past their deadline', async () => {
    const { element } = await render('/reports?report=slaBreaches');
    const cells = [...element.querySelectorAll('tbody td')].map((c) => c.textContent?.trim());
    expect(cells).toEqual(['12', 'dispute', 'open', 'agent1', '2026-11-20', '5']);
  });

  it('says so when a report has no rows', async () => {
    const { element } = await render('/reports?report=aging');
    expect(element.textContent).toContain('No data for this filter.');
  });

  it('exports the report shown as CSV with the same filter', async () => {
    URL.createObjectURL = jest.fn(() => 'blob:report');
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    const { harness, element, api } = await render(
      '/reports?report=reconciliation&from=2026-11-20&to=2026-11-21',
    );
    element.querySelector<HTMLButtonElement>('button.download')!.click();
    await harness.fixture.whenStable();
    expect(api.csv).toHaveBeenCalledWith('reconciliation', {
      from: '2026-11-20',
      to: '2026-11-21',
      plaza: null,
    });
    expect(click).toHaveBeenCalled();
  });
});
