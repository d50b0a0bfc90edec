import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  ErrorStateComponent,
  LoadingStateComponent,
  TranslatePipe,
  ZonedDatePipe,
} from '@beaus/shared';
import { CasesApi } from '../data/cases.api';

/** One dispute: its status, the date an answer is due, the notes so far and the outcome. */
@Component({
  selector: 'beaus-my-case-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ErrorStateComponent, LoadingStateComponent, RouterLink, TranslatePipe, ZonedDatePipe],
  template: `
    <div class="beaus-page">
      <p>
        <a routerLink="..">{{ 'customer.cases.backToList' | translate }}</a>
      </p>
      @if (detail.hasValue()) {
        @let item = detail.value();
        <h1 class="beaus-page-title">{{ item.subject }}</h1>
        <dl class="facts">
          <dt>{{ 'customer.column.status' | translate }}</dt>
          <dd class="status">{{ 'customer.cases.status.' + item.status | translate }}</dd>
          <dt>{{ 'customer.cases.opened' | translate }}</dt>
          <dd>{{ item.openedAt | zonedDate }}</dd>
          <dt>{{ 'customer.cases.answerDue' | translate }}</dt>
          <dd>{{ item.slaDueAt | zonedDate }}</dd>
          @if (item.outcome) {
            <dt>{{ 'customer.cases.outcome' | translate }}</dt>
            <dd class="outcome">{{ 'customer.cases.outcome.' + item.outcome | translate }}</dd>
          }
        </dl>
        <h2 class="block-title">{{ 'customer.cases.notes' | translate }}</h2>
        <ol class="notes">
          @for (note of item.notes; track $index) {
            <li [class.mine]="note.byMe">
              <p class="who">
                {{ (note.byMe ? 'customer.cases.you' : 'customer.cases.operator') | translate }} ·
                {{ note.createdAt | zonedDate }}
              </p>
              <p class="body">{{ note.body }}</p>
            </li>
          }
        </ol>
      } @else if (detail.error()) {
        <beaus-error-state (retry)="detail.reload()" />
      } @else {
        <beaus-loading-state />
      }
    </div>
  `,
  styles: `
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    .block-title {
      font: var(--mat-sys-title-large);
      margin: 24px 0 8px;
    }
    .notes {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .notes li {
      margin-bottom: 12px;
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    .notes li.mine {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .who {
      margin: 0 0 4px;
      font: var(--mat-sys-label-large);
    }
    .body {
      margin: 0;
      white-space: pre-line;
    }
  `,
})
export default class MyCasePage {
  private readonly api = inject(CasesApi);
  /** The :caseId route parameter (the router binds it: `withComponentInputBinding`). */
  readonly caseId = input.required<string>();

  protected readonly detail = rxResource({
    params: () => this.caseId(),
    stream: ({ params }) => this.api.load(params),
  });
}
