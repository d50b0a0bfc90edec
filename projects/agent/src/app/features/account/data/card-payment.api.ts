import { Injectable, inject } from '@angular/core';
import { ApiClient, takeAgentCardPayment, tokenizeSandboxCard } from '@beaus/shared';
import type { ParamsOf, ResponseOf } from '@beaus/shared';
import type { Observable } from 'rxjs';

export type CardDetails = ParamsOf<typeof tokenizeSandboxCard>['body'];
export type CardToken = ResponseOf<typeof tokenizeSandboxCard>;
export type CardPaymentRequest = ParamsOf<typeof takeAgentCardPayment>['body'];
export type CardPaymentReceipt = ResponseOf<typeof takeAgentCardPayment>;

/**
 * Taking a card payment in two steps, as with a real processor: the card details go only to the
 * processor's card fields (here the sandbox gateway's tokenize route) and come back as a token;
 * our BFF then charges the token, never seeing the number.
 */
@Injectable()
export class CardPaymentApi {
  private readonly api = inject(ApiClient);

  tokenize(card: CardDetails): Observable<CardToken> {
    return this.api.call(tokenizeSandboxCard, { body: card });
  }

  /** Charges once per `idempotencyKey`: sending it again returns the first payment. */
  take(
    accountId: number,
    idempotencyKey: string,
    body: CardPaymentRequest,
  ): Observable<CardPaymentReceipt> {
    return this.api.call(takeAgentCardPayment, {
      accountId,
      'idempotency-key': idempotencyKey,
      body,
    });
  }
}
