import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  input,
  output,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import type { MatDialogRef } from '@angular/material/dialog';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  StatusChipComponent,
  TranslatePipe,
  ZonedDatePipe,
} from '@beaus/shared';
import { AccountServiceApi, caseOutcomes } from '../data/account-service.api';
import type { AccountCase, ServiceOutcome } from '../data/account-service.api';
import { OpenCaseDialogComponent } from './open-case-dialog.component';
import type { OpenCaseDialogData } from './open-case-dialog.component';
import { ServiceActionDialogComponent } from './service-action-dialog.component';
import type { ServiceActionDialogData } from './service-action-dialog.component';

/**
 * The account's cases: open ones first, soonest due first, overdue ones flagged; open a case,
 * take it, add a note, close it with an outcome. Each action is a dialog asking for the note;
 * the list loads again after each, and `changed` tells the page (the header's alerts change).
 */
@Component({
  selector: 'beaus-cases-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    StatusChipComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    TranslatePipe,
    ZonedDatePipe,
  ],
  template: `
    <div class="toolbar">
      <button mat-flat-button type="button" (click)="openCase()">
        {{ 'agent.case.openButton' | translate }}
      </button>
      @if (overdueCount() > 0) {
        <p class="overdue-summary" role="status">
          {{ 'agent.case.overdueCount' | translate: { count: overdueCount() } }}
        </p>
      }
    </div>
    @if (cases.error()) {
      <beaus-error-state (retry)="cases.reload()" />
    } @else if (cases.hasValue()) {
      <ul class="cases" [attr.aria-label]="'agent.tab.cases' | translate">
        @for (item of cases.value().items; track item.id) {
          <li class="case" [class.overdue]="item.overdue">
            <div class="title">
              <h3>{{ item.subject }}</h3>
              <beaus-status-chip [status]="item.status" />
              @if (item.overdue) {
                <beaus-status-chip status="overdue" />
              }
            </div>
            <dl>
              <dt>{{ 'agent.case.kind' | translate }}</dt>
              <dd>{{ 'agent.case.kind.' + item.kind | translate }}</dd>
              <dt>{{ 'agent.case.due' | translate }}</dt>
              <dd>{{ item.slaDueAt | zonedDate }}</dd>
              <dt>{{ 'agent.case.owner' | translate }}</dt>
              <dd>{{ item.ownerName ?? ('agent.case.unassigned' | translate) }}</dd>
              @if (item.tripIds.length > 0) {
                <dt>{{ 'agent.case.trips' | translate }}</dt>
                <dd>{{ item.tripIds.join(', ') }}</dd>
              }
              @if (item.invoiceNo) {
                <dt>{{ 'agent.case.invoice' | translate }}</dt>
                <dd>{{ item.invoiceNo }}</dd>
              }
              @if (item.outcome) {
                <dt>{{ 'agent.case.outcome' | translate }}</dt>
                <dd>{{ 'agent.case.outcome.' + item.outcome | translate }}</dd>
              }
            </dl>
            @if (item.status === 'open' || item.status === 'in_progress') {
              <div class="case-actions">
                @if (!item.ownedByMe) {
                  <button mat-button type="button" (click)="take(item)">
                    {{ 'agent.case.take' | translate }}
                  </button>
                }
                <button mat-button type="button" (click)="addNote(item)">
                  {{ 'agent.case.addNote' | translate }}
                </button>
                <button mat-button type="button" (click)="close(item)">
                  {{ 'agent.case.close' | translate }}
                </button>
              </div>
            }
            @if (item.notes.length > 0) {
              <details>
                <summary>
                  {{ 'agent.case.notes' | translate: { count: item.notes.length } }}
                </summary>
                <ul class="notes">
                  @for (note of item.notes; track note.id) {
                    <li>
                      <span class="meta"
                        >{{ note.createdAt | zonedDate }} · {{ note.authorName }}</span
                      >
                      {{ note.body }}
                    </li>
                  }
                </ul>
              </details>
            }
          </li>
        } @empty {
          <li class="empty"><beaus-empty-state messageKey="agent.case.none" /></li>
        }
      </ul>
    } @else {
      <beaus-loading-state />
    }
  `,
  styles: `
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 16px;
      margin: 16px 0;
    }
    .overdue-summary {
      color: var(--mat-sys-error);
      margin: 0;
      font-weight: 500;
    }
    .cases {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 12px;
    }
    .case {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 12px 16px;
    }
    .case.overdue {
      border-color: var(--mat-sys-error);
      border-left-width: 4px;
    }
    .title {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    h3 {
      margin: 0;
      font-size: 1rem;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 2px 12px;
      margin: 8px 0;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
    }
    .notes {
      padding-left: 16px;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
      margin-right: 8px;
    }
  `,
})
export class CasesTabComponent {
  private readonly api = inject(AccountServiceApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);

  readonly accountId = input.required<number>();
  /** Bumped by the page after any write; the list loads again. */
  readonly revision = input(0);
  /** A case was opened or worked: the page shows the outcome and reloads the header. */
  readonly changed = output<ServiceOutcome>();

  protected readonly cases = rxResource({
    params: () => ({ accountId: this.accountId(), revision: this.revision() }),
    stream: ({ params }) => this.api.cases(params.accountId, 1, 100),
  });
  protected readonly overdueCount = computed(() =>
    this.cases.hasValue() ? this.cases.value().overdueCount : 0,
  );

  protected openCase(): void {
    this.afterClosed(
      this.dialog.open<OpenCaseDialogComponent, OpenCaseDialogData, ServiceOutcome>(
        OpenCaseDialogComponent,
        this.options({ accountId: this.accountId() }, 'select[name="kind"]'),
      ),
    );
  }

  protected take(item: AccountCase): void {
    this.action(item, {
      titleKey: 'agent.case.takeTitle',
      submitKey: 'agent.case.take',
      run: ({ note }) => this.api.takeCase(this.accountId(), Number(item.id), note),
    });
  }

  protected addNote(item: AccountCase): void {
    this.action(item, {
      titleKey: 'agent.case.noteTitle',
      submitKey: 'agent.case.addNote',
      run: ({ note }) => this.api.addCaseNote(this.accountId(), Number(item.id), note),
    });
  }

  protected close(item: AccountCase): void {
    this.action(item, {
      titleKey: 'agent.case.closeTitle',
      introKey: 'agent.case.closeIntro',
      submitKey: 'agent.case.close',
      outcomes: caseOutcomes,
      run: ({ note, outcome }) =>
        this.api.closeCase(this.accountId(), Number(item.id), outcome ?? 'withdrawn', note),
    });
  }

  private action(item: AccountCase, data: Omit<ServiceActionDialogData, 'titleParams'>): void {
    this.afterClosed(
      this.dialog.open<ServiceActionDialogComponent, ServiceActionDialogData, ServiceOutcome>(
        ServiceActionDialogComponent,
        this.options({ ...data, titleParams: { subject: item.subject } }, 'textarea'),
      ),
    );
  }

  private options<D>(data: D, autoFocus: string) {
    // The dialogs call the feature's AccountServiceApi, provided by the route, not the root.
    return {
      data,
      injector: this.injector,
      autoFocus,
      restoreFocus: true,
      width: 'min(520px, 92vw)',
    };
  }

  private afterClosed(ref: MatDialogRef<unknown, ServiceOutcome>): void {
    ref.afterClosed().subscribe((outcome) => {
      // The page bumps its revision on this, which loads the list again.
      if (outcome) this.changed.emit(outcome);
    });
  }
}
