import { Injectable, inject } from '@angular/core';
import {
  ApiClient,
  convertInvoiceToAccount,
  findGuestInvoice,
  findPlateTolls,
  payGuestInvoice,
  payPlateTolls,
  previewInvoiceConversion,
  tokenizeSandboxCard,
  type Language,
  type ResponseOf,
} from '@beaus/shared';
import type { Observable } from 'rxjs';
import type { CardEntry } from '../../../shared/card-fields/card-fields';

/** An invoice as a guest sees it: every line, the amount due and the next fee ahead. */
export type GuestInvoice = ResponseOf<typeof findGuestInvoice>;
export type GuestInvoiceLine = GuestInvoice['lines'][number];
export type PaymentReceipt = ResponseOf<typeof payGuestInvoice>;
export type CardToken = ResponseOf<typeof tokenizeSandboxCard>;
/** A plate's tolls in a date range, as a guest sees them (no owner, account or invoice). */
export type PlateTolls = ResponseOf<typeof findPlateTolls>;
export type PlateToll = PlateTolls['tolls'][number];

/** What opening an account from an invoice waives, with the rule that waives it. */
export type ConversionPreview = ResponseOf<typeof previewInvoiceConversion>;
export type ConversionResult = ResponseOf<typeof convertInvoiceToAccount>;
export type ConversionAccount = Parameters<typeof convertInvoiceToAccount>[2]['body']['account'];

export interface TollLookup {
  plate: string;
  jurisdiction: string;
  /** `YYYY-MM-DD`, plaza local days, inclusive. */
  from: string;
  to: string;
}

export interface TollPayment {
  plate: string;
  jurisdiction: string;
  tripIds: string[];
  cardToken: string;
  amountCents: number;
  email?: string;
  language: Language;
  idempotencyKey: string;
}

export type { CardEntry } from '../../../shared/card-fields/card-fields';

export interface GuestPayment {
  invoiceNo: string;
  plate: string;
  cardToken: string;
  amountCents: number;
  email?: string;
  /** The language of the receipt e-mail. */
  language?: Language;
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

  findTolls(lookup: TollLookup): Observable<PlateTolls> {
    return this.api.call(findPlateTolls, { body: lookup });
  }

  previewConversion(invoiceNo: string, plate: string): Observable<ConversionPreview> {
    return this.api.call(previewInvoiceConversion, { body: { invoiceNo, plate } });
  }

  /** Opens a prepaid account from the invoice (number + plate are the proof); e-mails in `language`. */
  convert(
    invoice: { invoiceNo: string; plate: string },
    account: ConversionAccount,
    language: Language,
  ): Observable<ConversionResult> {
    return this.api.call(convertInvoiceToAccount, { body: { invoice, account, language } });
  }

  /** Pays the listed unbilled tolls; they go on one invoice, paid at once (or left open on a decline). */
  payTolls(payment: TollPayment): Observable<PaymentReceipt> {
    const { idempotencyKey, ...body } = payment;
    return this.api.call(payPlateTolls, { 'idempotency-key': idempotencyKey, body });
  }
}
