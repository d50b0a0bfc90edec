import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  TranslatePipe,
  ZonedDatePipe,
} from '@beaus/shared';
import { map } from 'rxjs';
import { DisputeFormComponent } from '../components/dispute-form.component';
import { CasesApi, type OpenDispute } from '../data/cases.api';

/**
 * The driver's disputes: open one on a trip or an invoice, and see each with its status and the
 * date an answer is due. `?tripId=` (the dashboard's Dispute link) preselects the trip.
 */
@Component({
  selector: 'beaus-my-cases-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    TranslatePipe,
    ZonedDatePipe,
    DisputeFormComponent,
  ],
  template: `
    <div class="beaus-page">
      <p>
        <a routerLink="/account">{{ 'customer.cases.backToAccount' | translate }}</a>
      </p>
      <h1 class="beaus-page-title">{{ 'customer.cases.title' | translate }}</h1>

      <section class="block" aria-labelledby="open-title">
        <h2 id="open-title" class="block-title">{{ 'customer.cases.open' | translate }}</h2>
        <beaus-dispute-form
          [trips]="trips.value() ?? []"
          [tripId]="tripId() ?? null"
          [busy]="busy()"
          (dispute)="open($event)"
        />
        <p class="problem" role="alert">
          @if (problem(); as key) {
            {{ key | translate }}
          }
        </p>
      </section>

      <section class="block" aria-labelledby="list-title">
        <h2 id="list-title" class="block-title">{{ 'customer.cases.list' | translate }}</h2>
        @if (cases.hasValue()) {
          @if (cases.value().length === 0) {
            <beaus-empty-state messageKey="customer.cases.none" />
          } @else {
            <ul class="cases">
              @for (item of cases.value(); track item.id) {
                <li>
                  <a [routerLink]="[item.id]" class="subject">{{ item.subject }}</a>
                  <span class="status">{{
                    'customer.cases.status.' + item.status | translate
                  }}</span>
                  @if (item.outcome) {
                    <span>{{ 'customer.cases.outcome.' + item.outcome | translate }}</span>
                  } @else {
                    <span>
                      {{
                        'customer.cases.answerBy'
                          | translate: { date: (item.slaDueAt | zonedDate: null : 'date') }
                      }}
                    </span>
                  }
                </li>
              }
            </ul>
          }
        } @else if (cases.error()) {
          <beaus-error-state (retry)="cases.reload()" />
        } @else {
          <beaus-loading-state />
        }
      </section>
    </div>
  `,
  styles: `
    .block {
      margin-top: 24px;
    }
    .block-title {
      font: var(--mat-sys-title-large);
      margin: 0 0 12px;
    }
    .cases {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .cases li {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      padding: 12px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .subject {
      flex: 1 1 240px;
      min-height: 24px;
    }
    .status {
      font-weight: 600;
    }
    .problem:not(:empty) {
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export default class MyCasesPage {
  private readonly api = inject(CasesApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly cases = rxResource({ stream: () => this.api.list() });
  protected readonly trips = rxResource({ stream: () => this.api.recentTrips() });
  protected readonly tripId = toSignal(
    this.route.queryParamMap.pipe(map((params) => params.get('tripId'))),
  );
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected open(dispute: OpenDispute): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    this.api.open(dispute).subscribe({
      next: (opened) => {
        this.busy.set(false);
        void this.router.navigate([opened.id], { relativeTo: this.route });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(problemKeyOf(error));
      },
    });
  }
}

function problemKeyOf(error: unknown): string {
  if (!(error instanceof HttpErrorResponse)) return 'customer.topUp.failed';
  if (error.status === 404) return 'customer.cases.notFound';
  if (error.status === 409) return 'customer.cases.alreadyOpen';
  if (error.status === 400) return 'customer.cases.reasonHint';
  return 'customer.topUp.failed';
}
