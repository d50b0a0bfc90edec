import { Injectable, inject } from '@angular/core';
import {
  ApiClient,
  findGuestInvoice,
  payGuestInvoice,
  tokenizeSandboxCard,
  type ResponseOf,
} from '@beaus/shared';
import type { Observable } from 'rxjs';

/** An invoice as a guest sees it: every line, the amount due and the next fee ahead. */
export type GuestInvoice = ResponseOf<typeof findGuestInvoice>;
export type GuestInvoiceLine = GuestInvoice['lines'][number];
export type PaymentReceipt = ResponseOf<typeof payGuestInvoice>;
export type CardToken = ResponseOf<typeof tokenizeSandboxCard>;

/** What the card fields collect; it goes to the processor's tokenizer, never to our API. */
export interface CardEntry {
  number: string;
  expMonth: number;
  expYear: number;
  cvc: string;
}

export interface GuestPayment {
  invoiceNo: string;
  plate: string;
  cardToken: string;
  amountCents: number;
  email?: string;
  idempotencyKey: string;
}

/** Guest pay over the generated client (provided by the feature's routes). */
@Injectable()
export class GuestPayApi {
  private readonly api = inject(ApiClient);

  findInvoice(invoiceNo: string, plate: string): Observable<GuestInvoice> {
    return this.api.call(findGuestInvoice, { body: { invoiceNo, plate } });
  }

  /** The sandbox processor's hosted-fields stand-in: card in, token out. */
  tokenizeCard(card: CardEntry): Observable<CardToken> {
    return this.api.call(tokenizeSandboxCard, { body: card });
  }

  pay(payment: GuestPayment): Observable<PaymentReceipt> {
    const { idempotencyKey, ...body } = payment;
    return this.api.call(payGuestInvoice, { 'idempotency-key': idempotencyKey, body });
  }
}
