import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CHART_LOADER, TranslationService, type ChartInstance } from '@beaus/shared';
import { Subject } from 'rxjs';
import { supervisorTexts } from '../../../supervisor.texts';
import {
  DashboardStream,
  type DashboardView,
  type OperationsDashboard,
  type StreamStatus,
} from '../data/dashboard.api';
import DashboardPage from './dashboard.page';

/** jsdom has no canvas: a chart that only remembers its data. */
class FakeChart implements ChartInstance {
  data;
  options = {};
  constructor(_canvas: HTMLCanvasElement, config: { data: ChartInstance['data'] }) {
    this.data = config.data;
  }
  readonly update = jest.fn();
  readonly destroy = jest.fn();
}

function dashboardWith(trips: number, plaza: string | null = null): OperationsDashboard {
  const row = (plazaCode: string, n: number) => ({
    plazaCode,
    trips: n,
    revenueCents: n * 250,
    tagReads: n - 2,
    plateReads: 1,
    reviewReads: 1,
    reviewBacklog: 4,
  });
  const plazas = plaza ? [row(plaza, trips)] : [row('N1', trips - 10), row('S2', 10)];
  return {
    asOf: '2026-11-25T15:00:00Z',
    from: '2026-11-25T14:00:00Z',
    to: '2026-11-25T15:00:00Z',
    plaza,
    bucketMinutes: 1,
    totals: {
      trips,
      revenueCents: trips * 250,
      tagReads: plazas.reduce((s, p) => s + p.tagReads, 0),
      plateReads: plazas.length,
      reviewReads: plazas.length,
    },
    plazas,
    series: plazas.map((p) => ({
      plazaCode: p.plazaCode,
      points: [{ minute: '2026-11-25T14:59:00Z', trips: p.trips, revenueCents: p.revenueCents }],
    })),
    reviewBacklog: 8,
    oldestReviewAt: '2026-11-25T13:30:00Z',
    pipelineLag: { occurredMs: 2_400, receivedMs: 850, at: '2026-11-25T15:00:00Z' },
    ingestRejects: 3,
  };
}

describe('DashboardPage', () => {
  async function render(url = '/dashboard') {
    const updates = new Subject<OperationsDashboard>();
    const views: DashboardView[] = [];
    const watch = jest.fn((view: DashboardView, status: (s: StreamStatus) => void) => {
      views.push(view);
      status('live');
      return updates.asObservable();
    });
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'dashboard', component: DashboardPage }]),
        { provide: DashboardStream, useValue: { watch } },
        { provide: CHART_LOADER, useValue: () => Promise.resolve(FakeChart) },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(supervisorTexts);
    translations.use('en');
    const harness = await RouterTestingHarness.create(url);
    const element = harness.routeNativeElement as HTMLElement;
    const card = (name: string) =>
      element.querySelector(`beaus-metric-card.${name} .value`)?.textContent?.trim();
    const push = async (dashboard: OperationsDashboard) => {
      updates.next(dashboard);
      await harness.fixture.whenStable();
    };
    return { harness, element, card, push, views };
  }

  it('shows each figure the stream pushes, and the next push replaces it', async () => {
    const { element, card, push } = await render();
    expect(element.querySelector('beaus-loading-state')).not.toBeNull();
    await push(dashboardWith(120));
    expect(card('trips')).toBe('120');
    expect(card('revenue')).toBe('$300.00');
    expect(card('backlog')).toBe('8');
    expect(card('lag')).toBe('0.9 s');
    expect(card('rejects')).toBe('3');
    expect(element.querySelector('.status')?.textContent).toContain('Live');
    await push(dashboardWith(135));
    expect(card('trips')).toBe('135');
  });

  it('gives the charts a table of the same figures per plaza', async () => {
    const { element, push } = await render();
    await push(dashboardWith(120));
    const rows = [...element.querySelectorAll('beaus-plaza-table tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].slice(0, 2).map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['N1', '110'],
      ['S2', '10'],
    ]);
    expect(element.querySelector('beaus-chart canvas')?.getAttribute('aria-label')).toBe(
      'Trips per 1 min by plaza',
    );
  });

  it('drills down to a plaza and follows the range picked', async () => {
    const { harness, element, push, views } = await render();
    await push(dashboardWith(120));
    element.querySelector<HTMLButtonElement>('beaus-plaza-table tbody button')!.click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/dashboard?plaza=N1');
    expect(views.at(-1)).toEqual({ minutes: 60, plaza: 'N1' });
    const sixHours = [...element.querySelectorAll<HTMLButtonElement>('.ranges button')].find((b) =>
      b.textContent?.includes('Last 6 hours'),
    )!;
    sixHours.click();
    await harness.fixture.whenStable();
    expect(views.at(-1)).toEqual({ minutes: 360, plaza: 'N1' });
  });

  it('opens as a wall screen from its URL', async () => {
    const { harness, element, push } = await render('/dashboard?wall=1');
    await push(dashboardWith(120));
    expect(harness.routeDebugElement?.nativeElement.classList).toContain('wall');
    expect(element.querySelector('.wall-toggle')?.textContent).toContain('Leave wall screen');
  });
});
