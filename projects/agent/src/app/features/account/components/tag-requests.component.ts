import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  ErrorStateComponent,
  LoadingStateComponent,
  TranslatePipe,
  ZonedDatePipe,
} from '@beaus/shared';
import { AccountServiceApi } from '../data/account-service.api';

/**
 * The tags the driver asked for online and no one has sent yet, above the Tags tab's table, so
 * the agent sees what was asked for. Assigning a tag to such a vehicle fulfils its request;
 * the list loads again when `revision` changes (after any write).
 */
@Component({
  selector: 'beaus-tag-requests',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadingStateComponent, ErrorStateComponent, TranslatePipe, ZonedDatePipe],
  template: `
    <section class="requests" aria-labelledby="tag-requests-title">
      <h3 id="tag-requests-title">{{ 'agent.tagRequests.title' | translate }}</h3>
      @if (requests.error()) {
        <beaus-error-state (retry)="requests.reload()" />
      } @else if (requests.hasValue()) {
        @if (requests.value().length > 0) {
          <ul>
            @for (request of requests.value(); track request.id) {
              <li>
                {{
                  'agent.tagRequests.item'
                    | translate
                      : {
                          plate: request.jurisdiction + ' ' + request.plate,
                          date: (request.requestedAt | zonedDate: null : 'date'),
                        }
                }}
              </li>
            }
          </ul>
          <p class="hint">{{ 'agent.tagRequests.hint' | translate }}</p>
        } @else {
          <p class="hint">{{ 'agent.tagRequests.none' | translate }}</p>
        }
      } @else {
        <beaus-loading-state />
      }
    </section>
  `,
  styles: `
    .requests {
      margin: 16px 0;
    }
    h3 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-small);
    }
    ul {
      margin: 0;
      padding-left: 20px;
    }
    .hint {
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class TagRequestsComponent {
  private readonly api = inject(AccountServiceApi);

  readonly accountId = input.required<number>();
  /** Bumped by the page after a write; the list loads again. */
  readonly revision = input(0);

  protected readonly requests = rxResource({
    params: () => ({ accountId: this.accountId(), revision: this.revision() }),
    stream: ({ params }) => this.api.openTagRequests(params.accountId),
  });
}
