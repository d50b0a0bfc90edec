import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  MoneyPipe,
  TranslatePipe,
  TranslationService,
  ZonedDatePipe,
} from '@beaus/shared';
import { MetricCardComponent } from '../components/metric-card.component';
import { OverviewApi } from '../data/overview.api';

/** One slice of the read mix with its share of today's trips, in whole percent. */
interface ReadShare {
  readonly labelKey: string;
  readonly count: number;
  readonly percent: number;
}

/**
 * The supervisor's first page: today's operations as cards (trips, revenue, read mix, review
 * backlog, approvals waiting). Loaded once on arrival and on "Refresh".
 */
@Component({
  selector: 'beaus-overview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    MetricCardComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    MoneyPipe,
    TranslatePipe,
    ZonedDatePipe,
  ],
  templateUrl: './overview.page.html',
  styleUrl: './overview.page.scss',
})
export default class OverviewPage {
  private readonly api = inject(OverviewApi);
  private readonly translations = inject(TranslationService);

  protected readonly overview = rxResource({ stream: () => this.api.load() });

  protected readonly readShares = computed<readonly ReadShare[]>(() => {
    if (!this.overview.hasValue()) return [];
    const { tag, plate, review } = this.overview.value().readMix;
    const total = tag + plate + review;
    const share = (count: number): number => (total === 0 ? 0 : Math.round((count * 100) / total));
    return [
      { labelKey: 'supervisor.overview.readTag', count: tag, percent: share(tag) },
      { labelKey: 'supervisor.overview.readPlate', count: plate, percent: share(plate) },
      { labelKey: 'supervisor.overview.readReview', count: review, percent: share(review) },
    ];
  });

  protected count(value: number): string {
    return new Intl.NumberFormat(this.translations.locale()).format(value);
  }
}
