import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  input,
  output,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import {
  DataTableComponent,
  MoneyPipe,
  StatusChipComponent,
  TableCellDirective,
  TranslatePipe,
  ZonedDatePipe,
} from '@beaus/shared';
import type { TableColumn } from '@beaus/shared';
import { MoneyApi } from '../data/money.api';
import type { AccountPayment, MoneyActionOutcome, RefundResult } from '../data/money.api';
import { RefundDialogComponent } from './refund-dialog.component';
import type { RefundDialogData } from './refund-dialog.component';

const columns: TableColumn<AccountPayment>[] = [
  { key: 'createdAt', headerKey: 'agent.column.time' },
  { key: 'kind', headerKey: 'agent.column.kind' },
  { key: 'amountCents', headerKey: 'agent.column.amount' },
  { key: 'last4', headerKey: 'agent.column.last4' },
  { key: 'status', headerKey: 'agent.column.status' },
  { key: 'refundedCents', headerKey: 'agent.column.refunded' },
  { key: 'refundableCents', headerKey: 'agent.column.refundable' },
  { key: 'actions', headerKey: 'agent.column.actions' },
];

/**
 * The account's card payments and top-ups, with what was refunded and what still can be; a
 * Refund action per refundable payment. Reloads when `revision` changes (after any write).
 */
@Component({
  selector: 'beaus-payments-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    DataTableComponent,
    TableCellDirective,
    StatusChipComponent,
    MoneyPipe,
    ZonedDatePipe,
    TranslatePipe,
  ],
  template: `
    <beaus-data-table labelKey="agent.tab.payments" [columns]="columns" [loader]="loader()">
      <ng-template beausCell="createdAt" let-row>{{ row.createdAt | zonedDate }}</ng-template>
      <ng-template beausCell="kind" let-row>{{
        'agent.paymentKind.' + row.kind | translate
      }}</ng-template>
      <ng-template beausCell="amountCents" let-row>{{ row.amountCents | money }}</ng-template>
      <ng-template beausCell="last4" let-row>{{ cardLabel(row) }}</ng-template>
      <ng-template beausCell="status" let-row
        ><beaus-status-chip [status]="row.status"
      /></ng-template>
      <ng-template beausCell="refundedCents" let-row>
        {{ row.refundedCents | money }}
        @if (row.awaitingApprovalCents > 0) {
          <div class="awaiting">
            {{
              'agent.payments.awaiting' | translate: { amount: (row.awaitingApprovalCents | money) }
            }}
          </div>
        }
      </ng-template>
      <ng-template beausCell="refundableCents" let-row>{{
        row.refundableCents | money
      }}</ng-template>
      <ng-template beausCell="actions" let-row>
        @if (row.refundableCents > 0) {
          <button
            mat-button
            type="button"
            [attr.aria-label]="
              'agent.refund.openFor' | translate: { amount: (row.amountCents | money) }
            "
            (click)="openRefund(row)"
          >
            {{ 'agent.refund.open' | translate }}
          </button>
        }
      </ng-template>
    </beaus-data-table>
  `,
  styles: `
    .awaiting {
      color: var(--mat-sys-tertiary);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class PaymentsTabComponent {
  private readonly api = inject(MoneyApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);

  readonly accountId = input.required<number>();
  readonly agentLimitCents = input.required<number>();
  /** Bumped by the page after a write; the table loads again. */
  readonly revision = input(0);
  /** A refund was paid out or is now awaiting approval. */
  readonly completed = output<MoneyActionOutcome>();

  protected readonly columns = columns;
  protected readonly loader = computed(() => {
    this.revision();
    return this.api.payments(this.accountId());
  });

  /** "visa •••• 4242": brand and last four are all that is ever known of a card. */
  protected cardLabel(payment: AccountPayment): string {
    if (!payment.last4) return '—';
    return [payment.brand, '••••', payment.last4].filter(Boolean).join(' ');
  }

  protected openRefund(payment: AccountPayment): void {
    const ref = this.dialog.open<RefundDialogComponent, RefundDialogData, RefundResult>(
      RefundDialogComponent,
      {
        data: {
          accountId: this.accountId(),
          payment,
          agentLimitCents: this.agentLimitCents(),
        },
        // The dialog calls the feature's MoneyApi, provided by the route, not the root.
        injector: this.injector,
        autoFocus: 'input[name="amount"]',
        restoreFocus: true,
        width: 'min(520px, 92vw)',
      },
    );
    ref.afterClosed().subscribe((result) => {
      if (!result) return;
      this.completed.emit({
        messageKey: result.awaitingApproval ? 'agent.refund.pending' : 'agent.refund.done',
        amountCents: result.amountCents,
      });
    });
  }
}
