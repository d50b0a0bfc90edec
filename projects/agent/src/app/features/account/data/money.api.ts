import { Injectable, inject } from '@angular/core';
import {
  ApiClient,
  listAgentAccountInvoices,
  listAgentAccountPayments,
  refundAgentCardPayment,
  reverseAgentAccountTrip,
  waiveAgentInvoiceFee,
} from '@beaus/shared';
import type { ParamsOf, ResponseOf, TableLoader, TablePage } from '@beaus/shared';
import type { Observable } from 'rxjs';
import { map } from 'rxjs';

export type AccountPayment = ResponseOf<typeof listAgentAccountPayments>['items'][number];
export type AccountInvoice = ResponseOf<typeof listAgentAccountInvoices>['items'][number];
export type InvoiceFee = AccountInvoice['fees'][number];
export type RefundRequest = ParamsOf<typeof refundAgentCardPayment>['body'];
export type RefundResult = ResponseOf<typeof refundAgentCardPayment>;
export type RefundReasonCode = RefundRequest['reasonCode'];
export type TripReversalRequest = ParamsOf<typeof reverseAgentAccountTrip>['body'];
export type TripReasonCode = TripReversalRequest['reasonCode'];

/** The reasons the BFF accepts for a refund, in the order agents see them. */
export const refundReasonCodes: readonly RefundReasonCode[] = [
  'CUSTOMER_REQUEST',
  'DUPLICATE_PAYMENT',
  'ACCOUNT_CLOSED',
  'GOODWILL',
];

/** A reversal or fee waiver, as the note-and-confirm dialog sends it. */
export type MoneyAction =
  | { readonly kind: 'reverseTrip'; readonly accountId: number; readonly tripId: number }
  | {
      readonly kind: 'waiveFee';
      readonly accountId: number;
      readonly invoiceId: number;
      readonly feeId: number;
    };

/** What a finished money action tells the page: a text key and the amount it moved. */
export interface MoneyActionOutcome {
  readonly messageKey: string;
  readonly amountCents: number;
}

const pageOf = <T>(page: { items: T[]; total: number }): TablePage<T> => ({
  items: page.items,
  total: page.total,
});

/** Payments, refunds, invoices, reversals and waivers over the generated client. */
@Injectable()
export class MoneyApi {
  private readonly api = inject(ApiClient);

  payments(accountId: number): TableLoader<AccountPayment> {
    return (query) =>
      this.api
        .call(listAgentAccountPayments, {
          accountId,
          page: query.pageIndex + 1,
          pageSize: query.pageSize,
        })
        .pipe(map(pageOf));
  }

  invoices(accountId: number): TableLoader<AccountInvoice> {
    return (query) =>
      this.api
        .call(listAgentAccountInvoices, {
          accountId,
          page: query.pageIndex + 1,
          pageSize: query.pageSize,
        })
        .pipe(map(pageOf));
  }

  /** Refunds once per `idempotencyKey`: sending it again returns the first refund. */
  refund(
    accountId: number,
    paymentId: number,
    idempotencyKey: string,
    body: RefundRequest,
  ): Observable<RefundResult> {
    return this.api.call(refundAgentCardPayment, {
      accountId,
      paymentId,
      'idempotency-key': idempotencyKey,
      body,
    });
  }

  /** Sends a reversal or a waiver with the agent's note (and reason, for a reversal). */
  perform(
    action: MoneyAction,
    input: { note: string; reasonCode: TripReasonCode | null },
  ): Observable<MoneyActionOutcome> {
    if (action.kind === 'reverseTrip') {
      return this.api
        .call(reverseAgentAccountTrip, {
          accountId: action.accountId,
          tripId: action.tripId,
          body: { note: input.note, reasonCode: input.reasonCode ?? 'SYSTEM_ERROR' },
        })
        .pipe(
          map((result) => ({
            messageKey: 'agent.reverse.done',
            amountCents: result.creditedCents,
          })),
        );
    }
    return this.api
      .call(waiveAgentInvoiceFee, {
        accountId: action.accountId,
        invoiceId: action.invoiceId,
        feeId: action.feeId,
        body: { note: input.note },
      })
      .pipe(map((result) => ({ messageKey: 'agent.waive.done', amountCents: result.waivedCents })));
  }
}
