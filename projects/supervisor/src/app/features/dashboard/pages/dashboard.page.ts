import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { ActivatedRoute, Router } from '@angular/router';
import {
  ChartComponent,
  LoadingStateComponent,
  MoneyPipe,
  TranslatePipe,
  TranslationService,
  ZonedDatePipe,
} from '@beaus/shared';
import type { ChartData, ChartOptions } from 'chart.js';
import { switchMap } from 'rxjs';
import { MetricCardComponent } from '../../overview/components/metric-card.component';
import { PlazaTableComponent } from '../components/plaza-table.component';
import {
  DashboardStream,
  type DashboardView,
  type OperationsDashboard,
  type StreamStatus,
} from '../data/dashboard.api';

/** The ranges offered, in minutes of a rolling window ending now. */
export const dashboardRanges = [15, 60, 360, 1440] as const;
const defaultMinutes = 60;

/**
 * The live operations dashboard: trips per minute by plaza, revenue, read mix, review backlog,
 * pipeline lag and ingest rejects, pushed by the BFF every few seconds. The view (range, plaza,
 * wall screen) lives in the URL, so a wall screen is a bookmark: `?wall=1&minutes=60`.
 */
@Component({
  selector: 'beaus-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ChartComponent,
    LoadingStateComponent,
    MatButton,
    MetricCardComponent,
    MoneyPipe,
    PlazaTableComponent,
    TranslatePipe,
    ZonedDatePipe,
  ],
  templateUrl: './dashboard.page.html',
  styleUrl: './dashboard.page.scss',
  host: { '[class.wall]': 'wall()' },
})
export default class DashboardPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly stream = inject(DashboardStream);
  private readonly translations = inject(TranslationService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly ranges = dashboardRanges;
  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });

  protected readonly view = computed<DashboardView>(
    () => {
      const minutes = Number(this.params().get('minutes'));
      return {
        minutes: (dashboardRanges as readonly number[]).includes(minutes)
          ? minutes
          : defaultMinutes,
        plaza: this.params().get('plaza'),
      };
    },
    { equal: (a, b) => a.minutes === b.minutes && a.plaza === b.plaza },
  );
  protected readonly wall = computed(() => this.params().get('wall') === '1');
  protected readonly status = signal<StreamStatus>('connecting');

  protected readonly dashboard = toSignal<OperationsDashboard | null, null>(
    toObservable(this.view).pipe(
      switchMap((view) => this.stream.watch(view, (status) => this.status.set(status))),
    ),
    { initialValue: null },
  );

  protected readonly tripsChart = computed<ChartData>(() => {
    const series = this.dashboard()?.series ?? [];
    const format = new Intl.DateTimeFormat(this.translations.locale(), {
      hour: '2-digit',
      minute: '2-digit',
    });
    return {
      labels: (series[0]?.points ?? []).map((p) => format.format(new Date(p.minute))),
      datasets: series.map((s) => ({
        label: s.plazaCode,
        data: s.points.map((p) => p.trips),
        pointRadius: 0,
        borderWidth: 2,
        tension: 0.2,
      })),
    };
  });

  protected readonly tripsChartOptions: ChartOptions = {
    scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
    plugins: { legend: { position: 'bottom' } },
  };

  protected readonly readMix = computed(() => {
    const totals = this.dashboard()?.totals;
    if (!totals) return [];
    const all = totals.tagReads + totals.plateReads + totals.reviewReads;
    const share = (n: number) => (all === 0 ? 0 : Math.round((n * 100) / all));
    return [
      {
        key: 'supervisor.overview.readTag',
        count: totals.tagReads,
        percent: share(totals.tagReads),
      },
      {
        key: 'supervisor.overview.readPlate',
        count: totals.plateReads,
        percent: share(totals.plateReads),
      },
      {
        key: 'supervisor.overview.readReview',
        count: totals.reviewReads,
        percent: share(totals.reviewReads),
      },
    ];
  });

  protected readonly readMixChart = computed<ChartData>(() => ({
    labels: this.readMix().map((slice) => this.translations.translate(slice.key)),
    datasets: [{ data: this.readMix().map((slice) => slice.count) }],
  }));

  protected count(value: number): string {
    return new Intl.NumberFormat(this.translations.locale()).format(value);
  }

  /** Milliseconds as seconds with one decimal, for the pipeline lag. */
  protected seconds(ms: number): string {
    return new Intl.NumberFormat(this.translations.locale(), {
      maximumFractionDigits: 1,
    }).format(ms / 1000);
  }

  protected chooseRange(minutes: number): void {
    this.setParams({ minutes });
  }

  protected drillTo(plaza: string | null): void {
    this.setParams({ plaza });
  }

  /** Wall screen: the page over the whole screen with large type and no navigation. */
  protected toggleWall(): void {
    const entering = !this.wall();
    this.setParams({ wall: entering ? 1 : null });
    if (entering) void this.host.nativeElement.requestFullscreen?.().catch(() => undefined);
    else if (document.fullscreenElement) void document.exitFullscreen();
  }

  private setParams(queryParams: Record<string, string | number | null>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams,
      queryParamsHandling: 'merge',
    });
  }
}
