import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { ActivatedRoute, Router } from '@angular/router';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  MoneyPipe,
  ToastService,
  TranslatePipe,
  TranslationService,
} from '@beaus/shared';
import { loadReportTable } from '../data/report-tables';
import { ReportsApi, type ReportFilter, type ReportKind } from '../data/reports.api';

const kinds: readonly ReportKind[] = [
  'revenue',
  'traffic',
  'reconciliation',
  'aging',
  'slaBreaches',
  'productivity',
];
const day = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * Reports with filters and CSV export: revenue by plaza and day, traffic by vehicle class and
 * hour, reconciliation (flagging any unexplained difference) and receivables aging. The filter lives in the URL, so a report can
 * be bookmarked or shared.
 */
@Component({
  selector: 'beaus-reports-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    MatButton,
    MoneyPipe,
    TranslatePipe,
  ],
  templateUrl: './reports.page.html',
  styleUrl: './reports.page.scss',
})
export default class ReportsPage {
  private readonly api = inject(ReportsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly toast = inject(ToastService);
  private readonly translations = inject(TranslationService);

  protected readonly kinds = kinds;
  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly kind = computed<ReportKind>(() => {
    const asked = this.params().get('report') as ReportKind | null;
    return asked && kinds.includes(asked) ? asked : 'revenue';
  });
  protected readonly filter = computed<ReportFilter>(
    () => ({
      from: this.params().get('from') ?? day(Date.now() - 6 * 86_400_000),
      to: this.params().get('to') ?? day(Date.now()),
      plaza: this.params().get('plaza') || null,
    }),
    { equal: (a, b) => a.from === b.from && a.to === b.to && a.plaza === b.plaza },
  );
  protected readonly downloading = signal(false);

  protected readonly report = rxResource({
    params: () => ({ kind: this.kind(), filter: this.filter() }),
    stream: ({ params }) => loadReportTable(this.api, params.kind, params.filter),
  });

  protected readonly flaggedCount = computed(() =>
    this.report.hasValue() ? this.report.value().rows.filter((row) => row.flagged).length : 0,
  );

  protected choose(kind: ReportKind): void {
    this.navigate({ report: kind });
  }

  protected apply(event: Event): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const field = (name: string) => String(form.get(name) ?? '').trim() || null;
    this.navigate({
      to: field('to'),
      ...(this.kind() === 'aging' ? {} : { from: field('from'), plaza: field('plaza') }),
    });
  }

  protected download(): void {
    const kind = this.kind();
    const filter = this.filter();
    this.downloading.set(true);
    this.api.csv(kind, filter).subscribe({
      next: (blob) => {
        this.downloading.set(false);
        const link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = `${kind}-${kind === 'aging' ? filter.to : `${filter.from}-${filter.to}`}.csv`;
        link.click();
        setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      },
      error: () => {
        this.downloading.set(false);
        this.toast.error(this.translations.translate('state.error'));
      },
    });
  }

  private navigate(queryParams: Record<string, string | null>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams,
      queryParamsHandling: 'merge',
    });
  }
}
