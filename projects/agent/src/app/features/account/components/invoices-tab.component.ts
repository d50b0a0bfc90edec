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
  PlatePipe,
  StatusChipComponent,
  TableCellDirective,
  TranslatePipe,
  TranslationService,
  ZonedDatePipe,
  formatCents,
} from '@beaus/shared';
import type { TableColumn } from '@beaus/shared';
import { MoneyApi } from '../data/money.api';
import type { AccountInvoice, InvoiceFee, MoneyActionOutcome } from '../data/money.api';
import { MoneyActionDialogComponent } from './money-action-dialog.component';
import type { MoneyActionDialogData } from './money-action-dialog.component';

const columns: TableColumn<AccountInvoice>[] = [
  { key: 'invoiceNo', headerKey: 'agent.column.invoiceNo' },
  { key: 'plate', headerKey: 'agent.column.plate' },
  { key: 'stage', headerKey: 'agent.column.stage' },
  { key: 'issuedAt', headerKey: 'agent.column.issued' },
  { key: 'dueAt', headerKey: 'agent.column.due' },
  { key: 'totalCents', headerKey: 'agent.column.total' },
  { key: 'paidCents', headerKey: 'agent.column.paid' },
  { key: 'openCents', headerKey: 'agent.column.open' },
  { key: 'fees', headerKey: 'agent.column.fees' },
];

/**
 * The account's invoices with their stage and what they still ask for; each fee or penalty with
 * the rule that added it and, on an open invoice, a Waive action.
 */
@Component({
  selector: 'beaus-invoices-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    DataTableComponent,
    TableCellDirective,
    StatusChipComponent,
    MoneyPipe,
    PlatePipe,
    ZonedDatePipe,
    TranslatePipe,
  ],
  template: `
    <beaus-data-table labelKey="agent.tab.invoices" [columns]="columns" [loader]="loader()">
      <ng-template beausCell="plate" let-row>{{ row.plate | plate: row.jurisdiction }}</ng-template>
      <ng-template beausCell="stage" let-row>
        <beaus-status-chip [status]="row.status === 'open' ? row.stage : row.status" />
      </ng-template>
      <ng-template beausCell="issuedAt" let-row>{{
        row.issuedAt | zonedDate: null : 'date'
      }}</ng-template>
      <ng-template beausCell="totalCents" let-row>{{ row.totalCents | money }}</ng-template>
      <ng-template beausCell="paidCents" let-row>{{ row.paidCents | money }}</ng-template>
      <ng-template beausCell="openCents" let-row>{{ row.openCents | money }}</ng-template>
      <ng-template beausCell="fees" let-row>
        <ul class="fees">
          @for (fee of row.fees; track fee.id) {
            <li [class.waived]="fee.waivedAt">
              {{ fee.description }}: {{ fee.amountCents | money }}
              @if (fee.ruleRef) {
                <code class="rule">{{ fee.ruleRef }}</code>
              }
              @if (fee.waivedAt) {
                ({{ 'agent.waive.waived' | translate: { who: fee.waivedBy ?? '—' } }})
              } @else if (row.status === 'open') {
                <button
                  mat-button
                  type="button"
                  [attr.aria-label]="
                    'agent.waive.openFor'
                      | translate: { fee: fee.description, invoiceNo: row.invoiceNo }
                  "
                  (click)="openWaiver(row, fee)"
                >
                  {{ 'agent.waive.open' | translate }}
                </button>
              }
            </li>
          } @empty {
            <li>—</li>
          }
        </ul>
      </ng-template>
    </beaus-data-table>
  `,
  styles: `
    .fees {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .waived {
      text-decoration: line-through;
      color: var(--mat-sys-on-surface-variant);
    }
    .rule {
      font-size: 0.85em;
      margin-inline-start: 4px;
    }
  `,
})
export class InvoicesTabComponent {
  private readonly api = inject(MoneyApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly translations = inject(TranslationService);

  readonly accountId = input.required<number>();
  /** Bumped by the page after a write; the table loads again. */
  readonly revision = input(0);
  /** A fee was waived. */
  readonly completed = output<MoneyActionOutcome>();

  protected readonly columns = columns;
  protected readonly loader = computed(() => {
    this.revision();
    return this.api.invoices(this.accountId());
  });

  protected openWaiver(invoice: AccountInvoice, fee: InvoiceFee): void {
    const ref = this.dialog.open<
      MoneyActionDialogComponent,
      MoneyActionDialogData,
      MoneyActionOutcome
    >(MoneyActionDialogComponent, {
      data: {
        action: {
          kind: 'waiveFee',
          accountId: this.accountId(),
          invoiceId: Number(invoice.id),
          feeId: Number(fee.id),
        },
        titleKey: 'agent.waive.title',
        summaryKey: 'agent.waive.summary',
        submitKey: 'agent.waive.submit',
        params: {
          fee: fee.description,
          invoiceNo: invoice.invoiceNo,
          amount: formatCents(fee.amountCents, 'USD', this.translations.locale()),
        },
        askReason: false,
      },
      injector: this.injector,
      autoFocus: 'textarea',
      restoreFocus: true,
      width: 'min(480px, 92vw)',
    });
    ref.afterClosed().subscribe((outcome) => {
      if (outcome) this.completed.emit(outcome);
    });
  }
}
